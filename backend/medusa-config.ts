import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { trustFromEnv } from "./src/lib/security/rate-limits"
import { xenditConfig } from "./src/lib/payments/xendit-config"
import { appSecrets } from "./src/lib/security/secrets"
import { uploadDir } from "./src/lib/security/stored-files"
import { cachingFlagOn, redisNamespaces, redisPrefix, workerModeFromEnv } from "./src/lib/redis/settings"
import { installCatalogFastPath } from "./src/lib/catalog/fast-path"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Catalogue reads answered before Medusa's /store pipeline when already answered once (src/lib/catalog/fast-path.ts).
installCatalogFastPath()

/**
 * JWT_SECRET and COOKIE_SECRET: required (32+ random characters) in production, where a missing
 * or placeholder value stops the start with one line; elsewhere this checkout's random
 * `.data/dev-secrets.json`. See src/lib/security/secrets.ts and the README's Security section.
 */
const { jwtSecret, cookieSecret } = appSecrets()

/**
 * TRUSTED_PROXIES: checked now, so a wrong entry stops the start rather than the first login.
 * Unset in production, the storefront's and panel's visitors all count as one client for the
 * rate limits (README, Security › Rate limits): said once at start.
 */
trustFromEnv()
if (process.env.NODE_ENV === "production" && !process.env.TRUSTED_PROXIES) {
  console.warn(
    "TRUSTED_PROXIES is not set: the rate limits count everyone who comes through the storefront and the panel as one client; list their addresses (README, Security › Rate limits)."
  )
}

const REDIS_URL = process.env.REDIS_URL
const STOREFRONT_URL = process.env.STOREFRONT_URL || "http://localhost:8000"
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const ADMIN_URL = `${BACKEND_URL}`

/**
 * MEDUSA_WORKER_MODE: `shared` (one process: serves HTTP, consumes events, runs jobs), `server`
 * (HTTP only) or `worker` (events and jobs, no HTTP routes). `server` and `worker` need REDIS_URL
 * (the start stops with one line otherwise): on the in-memory modules each process would keep its
 * own events, and a server's would never reach the worker. See src/lib/redis/settings.ts.
 */
const workerMode = workerModeFromEnv(process.env.MEDUSA_WORKER_MODE, REDIS_URL)

/**
 * REDIS_PREFIX (default "kb"): every queue and key of this deployment is under it, so two
 * deployments can share one Redis (what cannot be prefixed in Medusa 2.21: src/lib/redis/settings.ts).
 */
const REDIS_NAMES = redisNamespaces(redisPrefix())

/**
 * With REDIS_URL the infrastructure modules are the Redis ones, so several server and
 * worker processes can share one database; without it Medusa's in-memory defaults apply
 * (one process only).
 * Medusa's caching module is loaded only with MEDUSA_FF_CACHING=true: in 2.21 its core use is
 * behind that feature flag, and loaded without it the module still subscribes to every event ("*"),
 * which turns each event of the app (also those nobody listens to) into a job on the Redis queue.
 */
const redisModules = REDIS_URL
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl: REDIS_URL,
          // The queue's prefix; the worker must use the same one to find its jobs.
          queueOptions: { prefix: REDIS_NAMES.eventBus },
          // A subscriber that fails is run again (only the ones that failed) with growing pauses;
          // a worker killed mid-event leaves its job stalled, and BullMQ hands it to the next worker
          // once the lock lapses. What still fails is completed by the repair job (src/jobs).
          jobOptions: {
            attempts: Number(process.env.EVENT_BUS_ATTEMPTS || 6),
            backoff: { type: "exponential", delay: 2_000 },
            removeOnComplete: true,
            removeOnFail: { age: 7 * 24 * 3600 },
          },
          workerOptions: {
            prefix: REDIS_NAMES.eventBus,
            concurrency: Number(process.env.EVENT_BUS_CONCURRENCY || 8),
            lockDuration: Number(process.env.EVENT_BUS_LOCK_MS || 30_000),
            stalledInterval: Number(process.env.EVENT_BUS_LOCK_MS || 30_000),
            // A job whose worker died is handed on, up to this many times, before BullMQ gives it up as failed
            // (the repair job then completes its money; see README, Repair and ledger audit).
            maxStalledCount: 10,
          },
        },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: {
          redis: {
            redisUrl: REDIS_URL,
            // Shared by its three queues: workflow steps, scheduled jobs, the cleaner.
            queueOptions: { prefix: REDIS_NAMES.workflows },
            workerOptions: { prefix: REDIS_NAMES.workflows },
          },
        },
      },
      ...(cachingFlagOn()
        ? [
            {
              resolve: "@medusajs/medusa/caching",
              options: {
                providers: [
                  {
                    resolve: "@medusajs/medusa/caching-redis",
                    id: "caching-redis",
                    is_default: true,
                    options: { redisUrl: REDIS_URL, prefix: REDIS_NAMES.cache },
                  },
                ],
              },
            },
          ]
        : []),
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: REDIS_URL, namespace: REDIS_NAMES.locks },
            },
          ],
        },
      },
    ]
  : []

/**
 * Payment providers besides the system provider (`pp_system_default`, shown to buyers as bank
 * transfer, always registered): card payments through Stripe when STRIPE_API_KEY is set
 * (`pp_stripe_stripe`); QRIS, virtual accounts and e-wallets through Xendit when XENDIT_SECRET_KEY
 * is set (`pp_xendit_xendit`, src/modules/xendit; settings in src/lib/payments/xendit-config.ts).
 * PAYMENT_WEBHOOK_DELAY_MS: how long Medusa waits before processing a provider's webhook (default 5000).
 */
const STRIPE_API_KEY = process.env.STRIPE_API_KEY
const XENDIT = xenditConfig()
const paymentProviders = [
  ...(STRIPE_API_KEY
    ? [
        {
          resolve: "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: {
            apiKey: STRIPE_API_KEY,
            webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
          },
        },
      ]
    : []),
  ...(XENDIT ? [{ resolve: "./src/modules/xendit", id: "xendit", options: XENDIT }] : []),
]
const webhookDelay = Number(process.env.PAYMENT_WEBHOOK_DELAY_MS ?? 5000)
const paymentModules = paymentProviders.length
  ? [
      {
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: paymentProviders,
          webhook_delay: Number.isFinite(webhookDelay) && webhookDelay >= 0 ? webhookDelay : 5000,
        },
      },
    ]
  : []

/**
 * Search runs on Meilisearch when MEILISEARCH_HOST is set (MEILISEARCH_API_KEY, index
 * MEILISEARCH_INDEX or "products"); otherwise on PostgreSQL full-text search in the same database.
 */
const MEILISEARCH_HOST = process.env.MEILISEARCH_HOST
const searchModule = {
  resolve: "./src/modules/search",
  options: MEILISEARCH_HOST
    ? {
        meilisearch: {
          host: MEILISEARCH_HOST,
          apiKey: process.env.MEILISEARCH_API_KEY,
          indexName: process.env.MEILISEARCH_INDEX || "products",
        },
      }
    : {},
}

/**
 * Buyer emails go through Medusa's Notification Module on the "email" channel: by SMTP when
 * SMTP_URL is set (sender SMTP_FROM, default "Karya Binaan <pesanan@karyabinaan.id>"), otherwise
 * each message is written as an .eml file to NOTIFICATION_DIR (default `.notifications` in the
 * backend folder) for a developer to open. The "feed" provider keeps Medusa's admin feed, which
 * configuring the module ourselves would otherwise drop.
 */
const SMTP_URL = process.env.SMTP_URL
const notificationModule = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local Notification Provider", channels: ["feed"] },
      },
      SMTP_URL
        ? {
            resolve: "./src/modules/smtp-notification",
            id: "smtp",
            options: { channels: ["email"], url: SMTP_URL, from: process.env.SMTP_FROM },
          }
        : {
            resolve: "./src/modules/local-notification",
            id: "local-email",
            options: { channels: ["email"], directory: process.env.NOTIFICATION_DIR },
          },
    ],
  },
}

/**
 * Delivery: pickup at the lapas through the manual provider, couriers through `courier-rates`,
 * which prices each lapas's parcel by weight and destination from the lapas's rate table, or from
 * Biteship when BITESHIP_API_KEY is set (BITESHIP_BASE_URL only for tests).
 */
const BITESHIP_API_KEY = process.env.BITESHIP_API_KEY
const fulfillmentModule = {
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      {
        resolve: "./src/modules/courier-rates",
        id: "courier-rates",
        options: BITESHIP_API_KEY
          ? { biteship: { apiKey: BITESHIP_API_KEY, baseUrl: process.env.BITESHIP_BASE_URL } }
          : {},
      },
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: REDIS_URL,
    // Sessions (the admin's cookie sessions) are kept in Redis with REDIS_URL: "<prefix>:sess:<id>".
    redisPrefix: REDIS_NAMES.sessions,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || STOREFRONT_URL,
      adminCors: process.env.ADMIN_CORS || ADMIN_URL,
      authCors: process.env.AUTH_CORS || `${STOREFRONT_URL},${ADMIN_URL}`,
      jwtSecret,
      cookieSecret,
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
    backendUrl: BACKEND_URL,
    path: "/app",
  },
  modules: [
    ...redisModules,
    ...paymentModules,
    { resolve: "./src/modules/lapas" },
    { resolve: "./src/modules/production" },
    { resolve: "./src/modules/profit-share" },
    { resolve: "./src/modules/premi" },
    { resolve: "./src/modules/bank-transfer" },
    { resolve: "./src/modules/payment-webhook" },
    { resolve: "./src/modules/direct-sale" },
    // The catalogue read model (src/lib/catalog/read-model.ts), derived from Medusa's products.
    { resolve: "./src/modules/catalog" },
    { resolve: "./src/modules/order-part" }, // the lapas order list's part states (src/lib/order-parts/part-states.ts)
    searchModule,
    notificationModule,
    fulfillmentModule,
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            // Stored in UPLOAD_DIR (default backend/uploads), served by GET /static/:file with
            // nosniff and a sandboxing CSP (src/lib/security/stored-files.ts), not by Medusa's raw
            // express.static of backend/static.
            options: {
              upload_dir: uploadDir(),
              private_upload_dir: uploadDir(),
              backend_url: `${BACKEND_URL}/static`,
            },
          },
        ],
      },
    },
  ],
})
