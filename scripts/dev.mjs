// `pnpm dev`: the whole marketplace on one machine. PostgreSQL (embedded unless DATABASE_URL),
// migrations, the demo data on first run, then backend + admin (9000), storefront (8000) and the
// lapas members' panel, Pusat Lapas (7001). With XENDIT_SIMULATOR=1 also the local Xendit
// simulator (9010; scripts/xendit-simulator.mjs, development only), and the backend pays through it.
import { randomBytes } from "node:crypto"
import { DEV_POSTGRES, ensurePostgres } from "./lib/postgres.mjs"
import { startService, waitForHttp } from "./lib/process.mjs"
import {
  BACKEND_DIR,
  PANEL_DIR,
  STOREFRONT_DIR,
  buildSharedPackages,
  isSeeded,
  migrate,
  publishableKey,
  seed,
} from "./lib/marketplace.mjs"
import { WEBHOOK_PATH, simulatorBackendEnv, simulatorSecrets, startXenditSimulator } from "./xendit-simulator.mjs"

const DATABASE = process.env.DB_NAME || "karyabinaan"
const BACKEND_PORT = 9000
const STOREFRONT_PORT = 8000
const PANEL_PORT = 7001
const XENDIT_SIMULATOR_PORT = 9010
const withXenditSimulator = process.env.XENDIT_SIMULATOR === "1"
const log = (message) => console.log(`[karya-binaan] ${message}`)

const startedAt = Date.now()
const postgres = await ensurePostgres({ ...DEV_POSTGRES, log })
const services = []
let xendit = null
let stopping = false
async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  log("stopping…")
  await Promise.all(services.map((s) => s.stop()))
  await xendit?.close()
  await postgres.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  await buildSharedPackages()
  const databaseUrl = process.env.DATABASE_URL || postgres.urlFor(DATABASE)
  if (!process.env.DATABASE_URL && (await postgres.ensureDatabase(DATABASE))) {
    log(`created database ${DATABASE}`)
  }
  const database = new URL(databaseUrl).pathname.slice(1)
  // Migrations as the owner role, everything else as the app role (README "Database roles").
  const { ownerUrl, appUrl, owner, app } = await postgres.databaseRoles(database, { log })
  log(`database roles: ${owner} migrates, ${app} runs the marketplace`)
  await migrate(ownerUrl, { app })
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  // The simulator's key, token and address for the backend (and the seed, which offers Xendit in
  // the region once the provider is registered); fresh each run, like the simulator's memory.
  let xenditEnv = {}
  if (withXenditSimulator) {
    const secrets = simulatorSecrets()
    xendit = await startXenditSimulator({
      port: XENDIT_SIMULATOR_PORT,
      ...secrets,
      webhookUrl: `${backendUrl}${WEBHOOK_PATH}`,
      log: (message) => log(`xendit simulator: ${message}`),
    })
    xenditEnv = simulatorBackendEnv({ url: xendit.url, ...secrets })
  }
  if (await isSeeded(postgres, database)) {
    if (withXenditSimulator) {
      log("XENDIT_SIMULATOR=1: running the demo seed again (safe to repeat) so the region offers Xendit")
      await seed(appUrl, xenditEnv)
    } else {
      log("demo data already there; not seeding again")
    }
  } else {
    log("seeding the demo data (first run)")
    await seed(appUrl, xenditEnv)
  }
  const key = await publishableKey(postgres, database)
  // The backend expires the storefront's catalogue cache tags after a change (README, Catalogue read model).
  const revalidateSecret = process.env.STOREFRONT_REVALIDATE_SECRET || randomBytes(24).toString("hex")

  const backend = startService("pnpm", ["exec", "medusa", "develop"], {
    cwd: BACKEND_DIR,
    label: "backend",
    // The storefront and panel on this machine pass on their visitors' addresses (README, Rate limits).
    env: {
      DATABASE_URL: appUrl,
      PORT: String(BACKEND_PORT),
      TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "loopback",
      STOREFRONT_REVALIDATE_URL: `http://localhost:${STOREFRONT_PORT}/api/revalidate`,
      STOREFRONT_REVALIDATE_SECRET: revalidateSecret,
      ...xenditEnv,
    },
  })
  services.push(backend)
  const storefront = startService("pnpm", ["exec", "next", "dev", "-p", String(STOREFRONT_PORT)], {
    cwd: STOREFRONT_DIR,
    label: "storefront",
    env: {
      MEDUSA_BACKEND_URL: backendUrl,
      NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: key,
      STOREFRONT_REVALIDATE_SECRET: revalidateSecret,
    },
  })
  services.push(storefront)
  const panel = startService("pnpm", ["exec", "next", "dev", "-p", String(PANEL_PORT)], {
    cwd: PANEL_DIR,
    label: "panel",
    env: { MEDUSA_BACKEND_URL: backendUrl },
  })
  services.push(panel)

  await waitForHttp(`${backendUrl}/health`, { service: backend, timeoutMs: 300_000 })
  await waitForHttp(`http://localhost:${STOREFRONT_PORT}/`, { service: storefront, timeoutMs: 300_000 })
  await waitForHttp(`http://localhost:${PANEL_PORT}/masuk`, { service: panel, timeoutMs: 300_000 })
  log(`ready in ${Math.round((Date.now() - startedAt) / 1000)} s`)
  log(`storefront:  http://localhost:${STOREFRONT_PORT}`)
  log(`panel:       http://localhost:${PANEL_PORT}  (staff+lapas-tangerang@karyabinaan.test / karyabinaan)`)
  log(`admin:       ${backendUrl}/app  (admin@karyabinaan.test / karyabinaan unless overridden)`)
  log(`store API:   ${backendUrl}/store/products  (x-publishable-api-key: ${key})`)
  if (xendit) log(`xendit:      ${xendit.url}  (simulator: pay a QRIS, VA or e-wallet order here; development only)`)
  const exited = await Promise.race(services.map((s) => s.exitedPromise.then(() => s)))
  log(`${exited.label} stopped; stopping the rest`)
  await shutdown(1)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await shutdown(1)
}
