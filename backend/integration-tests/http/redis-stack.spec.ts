import { ACCOUNTS } from "@karya-binaan/shares"
import { Modules, PaymentEvents } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import Redis from "ioredis"
import { randomBytes } from "node:crypto"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { appModule } from "../app"
import { loginAs, placeOrderWithPayment, variantOfProduct, waitFor, type Headers } from "../helpers"
import { spawnSecondContainer, type SecondContainer } from "../helpers/second-container-client"
import { postFrom } from "../request-from"
import { demoSeed, integrationTestRunner } from "../runner"
// @ts-expect-error a plain ES module of the repository's scripts (no types)
import { ensureRedis, TEST_REDIS_PORT } from "../../../scripts/lib/redis.mjs"

/**
 * The app on Medusa's Redis modules, booted with REDIS_URL (ensureRedis: REDIS_URL when it answers,
 * otherwise Debian's redis-server on TEST_REDIS_PORT; without Redis this file fails with
 * REDIS_MISSING, it is never skipped) in MEDUSA_WORKER_MODE=shared, so this process also consumes
 * the events and runs the workflows it starts. REDIS_PREFIX is this run's own: other test files
 * may share the Redis server.
 * - the modules load under the prefix (event bus, workflow engine, locking; no caching module);
 * - a captured payment books its shares through the Redis event bus; a subscriber beside the
 *   booking that throws once is retried alone (Medusa keeps the completed subscribers' ids on
 *   the job), so the booking runs once;
 * - the same event delivered twice, concurrently, books once;
 * - a workflow on the Redis engine: a step retried through its queue, an async step completed later;
 * - a lock is held across two containers (a second process: helpers/second-container.ts);
 * - the search index's writes are serialised across processes by that lock;
 * - the rate limits' counters are shared by two limiter instances, and the order lookup's
 *   failures (LIMITS.lookup) are counted there.
 */

const redis = await ensureRedis({ port: TEST_REDIS_PORT })
const PREFIX = `kbt${randomBytes(4).toString("hex")}`
process.env.REDIS_URL = redis.url
process.env.REDIS_PREFIX = PREFIX
process.env.MEDUSA_WORKER_MODE = "shared"

type RateLimitsModule = typeof import("../../src/lib/security/rate-limits")
type SyncModule = typeof import("../../src/workflows/search/sync-search-index")
const { LIMITS, createRateLimits, rateLimits } = appModule<RateLimitsModule>("src/lib/security/rate-limits")
const { workerModeFromEnv, redisNamespaces } = appModule<typeof import("../../src/lib/redis/settings")>("src/lib/redis/settings")
const { queueSearchIndexSync, reindexAllProducts, SEARCH_INDEX_LOCK } = appModule<SyncModule>("src/workflows/search/sync-search-index")
const { SEARCH_MODULE } = appModule<typeof import("../../src/modules/search")>("src/modules/search")

const NAMES = redisNamespaces(PREFIX)
const BOOKING_SUBSCRIBER = "profit-share-book-on-capture"
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const admin = new Redis(redis.url)
/** Keys of this run matching `pattern` (SCAN, not KEYS: the server may be shared). */
async function keys(pattern: string): Promise<string[]> {
  const found: string[] = []
  let cursor = "0"
  do {
    const [next, batch] = await admin.scan(cursor, "MATCH", pattern, "COUNT", 1000)
    cursor = next
    found.push(...batch)
  } while (cursor !== "0")
  return found
}

// After the runner has shut the app down (file-level hooks run last): this run's keys go, and
// the Redis server too when this file started it.
afterAll(async () => {
  await rateLimits().close()
  const own = [...(await keys(`${PREFIX}:*`)), ...(await keys(`${PREFIX}-rl:*`))]
  if (own.length) await admin.del(...own)
  admin.disconnect()
  await redis.stop()
})

integrationTestRunner({
  database: "demo",
  testSuite: ({ api, getContainer, dbConnection }) => {
    const seeded = demoSeed()
    let national: Headers
    let variantA: string

    beforeAll(async () => {
      national = await loginAs(api, "admin@karyabinaan.test")
      variantA = await variantOfProduct(api, seeded.publishableKey, PRODUCTS[0].handle)
    })

    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS) as any

    /** Until the event queue has nothing waiting, delayed or running. */
    async function queueDrained() {
      const queue = eventBus().queue_
      await waitFor(
        "the event queue to drain",
        async () => {
          const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children", "paused")
          return Object.values(counts as Record<string, number>).every((n) => n === 0)
        },
        30_000
      )
    }

    /** The booking subscriber as the event bus holds it, wrapped to count its runs (restore() puts it back). */
    function countBookingRuns() {
      const descriptors = eventBus().eventToSubscribersMap.get(PaymentEvents.CAPTURED) as { id: string; subscriber: Function }[]
      const descriptor = descriptors.find((d) => d.id === BOOKING_SUBSCRIBER)
      expect(descriptor, `subscriber ${BOOKING_SUBSCRIBER} on ${PaymentEvents.CAPTURED}`).toBeDefined()
      const original = descriptor!.subscriber
      const counter = { runs: 0, restore: () => void (descriptor!.subscriber = original) }
      descriptor!.subscriber = async (...args: unknown[]) => {
        counter.runs++
        return original(...args)
      }
      return counter
    }

    async function ledgerRows(orderId: string) {
      const { rows } = await dbConnection.raw(
        `SELECT idempotency_key, account, amount::text AS amount FROM share_ledger_entry WHERE order_id = ? ORDER BY idempotency_key`,
        [orderId]
      )
      return rows as { idempotency_key: string; account: string; amount: string }[]
    }

    it("loads Medusa's Redis modules under REDIS_PREFIX, without the caching module", async () => {
      const container = getContainer()
      const bus = eventBus()
      expect(bus.constructor.name).toBe("RedisEventBusService")
      expect(bus.queue_.opts.prefix).toBe(NAMES.eventBus)
      expect((await keys(`${NAMES.eventBus}:events-queue:*`)).length).toBeGreaterThan(0)
      // The workflow engine's queues: this process (shared mode) scheduled the app's jobs there.
      expect((await keys(`${NAMES.workflows}:medusa-workflows-jobs:repeat:*`)).length).toBeGreaterThan(0)
      // Medusa's default prefixes are not used by this app.
      expect(await keys(`RedisEventBusService:*`)).toEqual([])
      // Locks are taken in Redis, under the prefix.
      const locking = container.resolve(Modules.LOCKING)
      const held = await locking.execute("redis-stack:probe", () => keys(`${NAMES.locks}redis-stack:probe`))
      expect(held).toEqual([`${NAMES.locks}redis-stack:probe`])
      expect(await keys(`${NAMES.locks}redis-stack:probe`)).toEqual([])
      // Caching is behind Medusa's feature flag in 2.21: not loaded without MEDUSA_FF_CACHING.
      expect(container.resolve(Modules.CACHING, { allowUnregistered: true })).toBeUndefined()

      // Server and worker processes on the in-memory modules are refused at start, in one line;
      // Medusa's one-shot commands (which set MEDUSA_WORKER_MODE=server themselves) are not.
      // ("" for an unset REDIS_URL: undefined would take this process's REDIS_URL by default.)
      expect(() => workerModeFromEnv("server", "", "start")).toThrow(/^MEDUSA_WORKER_MODE=server needs REDIS_URL/)
      expect(() => workerModeFromEnv("worker", "", "develop")).toThrow(/^MEDUSA_WORKER_MODE=worker needs REDIS_URL/)
      expect(() => workerModeFromEnv("server", "", null)).toThrow(/needs REDIS_URL/)
      expect(workerModeFromEnv("server", "", "exec")).toBe("server")
      expect(workerModeFromEnv("server", "", "db:migrate")).toBe("server")
      expect(workerModeFromEnv("worker", redis.url, "start")).toBe("worker")
      expect(workerModeFromEnv("", "", "start")).toBe("shared")
    })

    it("books a captured payment through the Redis event bus once, while a subscriber beside it fails once and is retried alone", async () => {
      const bus = eventBus()
      const flaky = { calls: 0, effects: 0 }
      const flakySubscriber = async () => {
        flaky.calls++
        if (flaky.calls === 1) throw new Error("redis-stack: failing once on purpose")
        flaky.effects++
      }
      bus.subscribe(PaymentEvents.CAPTURED, flakySubscriber, { subscriberId: "redis-stack-flaky" })
      const booking = countBookingRuns()
      try {
        const order = await placeOrderWithPayment(api, seeded, [{ variant_id: variantA, quantity: 2 }], national)
        expect(await ledgerRows(order.id)).toEqual([])
        await api.post(`/admin/payments/${order.paymentId}/capture`, {}, national)

        const rows = await waitFor("the shares booked", async () => {
          const found = await ledgerRows(order.id)
          return found.length === ACCOUNTS.length && found
        }, 20_000)
        // The retry (after the bus's 2 s backoff) runs the failed subscriber only.
        await waitFor("the failed subscriber retried", async () => flaky.effects === 1, 20_000)
        await queueDrained()
        expect(flaky).toEqual({ calls: 2, effects: 1 })
        expect(booking.runs).toBe(1)
        expect(await ledgerRows(order.id)).toEqual(rows)
      } finally {
        booking.restore()
        bus.unsubscribe(PaymentEvents.CAPTURED, flakySubscriber, { subscriberId: "redis-stack-flaky" })
      }
    })

    it("books once when the same event is delivered twice, concurrently", async () => {
      const booking = countBookingRuns()
      try {
        const order = await placeOrderWithPayment(api, seeded, [{ variant_id: variantA, quantity: 1 }], national)
        // The capture emits payment.captured; two more copies go on the queue at the same moment.
        await api.post(`/admin/payments/${order.paymentId}/capture`, {}, national)
        await Promise.all([
          eventBus().emit({ name: PaymentEvents.CAPTURED, data: { id: order.paymentId } }),
          eventBus().emit({ name: PaymentEvents.CAPTURED, data: { id: order.paymentId } }),
        ])
        await waitFor("three deliveries", async () => booking.runs >= 3, 20_000)
        await queueDrained()
        expect(booking.runs).toBe(3)
        const rows = await ledgerRows(order.id)
        expect(rows).toHaveLength(ACCOUNTS.length)
        expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(rows.length)
        expect(rows.map((r) => r.account).sort()).toEqual([...ACCOUNTS].sort())
      } finally {
        booking.restore()
      }
    })

    it("runs a long workflow on the Redis engine: a step retried through its queue, an async step completed later", async () => {
      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
      const id = `redis-stack-long-${randomBytes(3).toString("hex")}`
      let tries = 0
      const flakyStep = createStep({ name: `${id}-flaky`, maxRetries: 2, retryInterval: 1 }, async () => {
        tries++
        if (tries === 1) throw new Error("first try fails")
        return new StepResponse(tries)
      })
      const waitStep = createStep({ name: `${id}-wait`, async: true }, async () => undefined)
      let finished = ""
      const lastStep = createStep(`${id}-last`, async (input: { tries: number }) => {
        finished = `done after ${input.tries} tries`
        return new StepResponse(finished)
      })
      createWorkflow(id, () => {
        const triesMade = flakyStep()
        waitStep()
        return new WorkflowResponse(lastStep({ tries: triesMade }))
      })

      const transactionId = `trx-${id}`
      await engine.run(id, { input: {}, transactionId, throwOnError: false })
      const executionOf = async () =>
        ((await engine.listWorkflowExecutions({ workflow_id: id, transaction_id: transactionId })) as any[])[0]
      const stepOf = (execution: any, name: string) =>
        Object.values(execution?.execution?.steps ?? {}).find((step: any) => step?.definition?.action === name || step?.id?.endsWith?.(`.${name}`)) as any
      // The first try failed; the retry came back from the engine's queue (under the prefix) a
      // second later, and the workflow now waits for the async step, its checkpoint in Redis.
      await waitFor("the retried step", async () => tries === 2, 20_000)
      await waitFor("the async step waiting", async () => stepOf(await executionOf(), `${id}-wait`)?.invoke?.state === "invoking", 20_000)
      expect(await keys(`dtrx:${id}:${transactionId}`)).toHaveLength(1)
      expect((await executionOf()).state).not.toBe("done")

      await engine.setStepSuccess({
        idempotencyKey: { action: "invoke", transactionId, stepId: `${id}-wait`, workflowId: id },
        stepResponse: new StepResponse("ok"),
      })
      await waitFor("the last step", async () => finished, 20_000)
      expect(finished).toBe("done after 2 tries")
      // Done without a retention time: the engine drops the checkpoint and the execution row.
      await waitFor("the checkpoint dropped", async () => (await keys(`dtrx:${id}:${transactionId}`)).length === 0, 20_000)
      await waitFor("the execution row dropped", async () => (await executionOf()) === undefined, 20_000)
      expect(tries).toBe(2)
    })

    describe("with a second container (another process of the same deployment)", () => {
      let other: SecondContainer
      beforeAll(async () => {
        other = await spawnSecondContainer()
        expect(other.provider).toBe("locking-redis")
      })
      afterAll(() => other?.stop())

      it("holds a lock across the two containers, both ways", async () => {
        const locking = getContainer().resolve(Modules.LOCKING)
        // The other container holds the key: this one waits for it.
        const key = `redis-stack:shared:${randomBytes(3).toString("hex")}`
        other.hold(key, 1500)
        const theirs = await other.next("acquired", key)
        let ourStart = 0
        await locking.execute(key, async () => void (ourStart = Date.now()), { timeout: 10 })
        const theirEnd = await other.next("releasing", key)
        expect(ourStart).toBeGreaterThanOrEqual(theirEnd.at!)
        expect(ourStart - theirs.at!).toBeGreaterThanOrEqual(1400)

        // This container holds a key: the other waits for it.
        const mine = `redis-stack:shared:${randomBytes(3).toString("hex")}`
        let ourEnd = 0
        await locking.execute(
          mine,
          async () => {
            other.hold(mine, 10)
            await sleep(1500)
            ourEnd = Date.now()
          },
          { timeout: 10 }
        )
        const theirStart = await other.next("acquired", mine)
        expect(theirStart.at!).toBeGreaterThanOrEqual(ourEnd)
      })

      it("serialises the search index's writes across processes", async () => {
        const container = getContainer()
        const search = container.resolve(SEARCH_MODULE) as any
        const { data } = await api.get(`/store/products?limit=1&fields=id`, {
          headers: { "x-publishable-api-key": seeded.publishableKey },
        })
        const productId = data.products[0].id as string
        const writes: { method: string; start: number; end?: number }[] = []
        const originals: Record<string, Function> = {}
        for (const method of ["upsertDocuments", "removeDocuments", "replaceAllDocuments"]) {
          originals[method] = search[method]
          search[method] = async (...args: unknown[]) => {
            const write: { method: string; start: number; end?: number } = { method, start: Date.now() }
            writes.push(write)
            // A slow engine: the write takes long enough for another process to try to cut in.
            await sleep(method === "replaceAllDocuments" ? 1500 : 200)
            const result = await originals[method].apply(search, args)
            write.end = Date.now()
            return result
          }
        }
        try {
          // Another process's run holds the index: this process's sync waits until it is done.
          other.hold(SEARCH_INDEX_LOCK, 1500)
          const theirs = await other.next("acquired", SEARCH_INDEX_LOCK)
          // Runs of this process that followed the earlier tests' events have written by now
          // (they held the lock the other process just took); what comes next is this sync.
          writes.length = 0
          await queueSearchIndexSync(container, [{ kind: "product", id: productId }])
          const theirEnd = await other.next("releasing", SEARCH_INDEX_LOCK)
          expect(writes.length).toBeGreaterThan(0)
          expect(Math.min(...writes.map((w) => w.start))).toBeGreaterThanOrEqual(theirEnd.at!)
          expect(theirEnd.at! - theirs.at!).toBeGreaterThanOrEqual(1400)

          // This process's full reindex holds the index: the other process's run waits for its write.
          writes.length = 0
          const reindex = reindexAllProducts(container)
          await waitFor("the reindex writing", async () => writes.some((w) => w.method === "replaceAllDocuments"), 20_000)
          other.hold(SEARCH_INDEX_LOCK, 10)
          const result = await reindex
          const theirStart = await other.next("acquired", SEARCH_INDEX_LOCK)
          const write = writes.find((w) => w.method === "replaceAllDocuments")!
          expect(write).toBeDefined()
          expect(result.indexed).toBeGreaterThan(0)
          expect(theirStart.at!).toBeGreaterThanOrEqual(write.end!)
        } finally {
          Object.assign(search, originals)
        }
      })
    })

    it("shares the rate limits' counts between limiter instances; the order lookup counts there", async () => {
      const one = createRateLimits(redis.url)
      const two = createRateLimits(redis.url)
      try {
        await Promise.all([one.ready(), two.ready()])
        expect([one.store, two.store]).toEqual(["redis", "redis"])
        // One client's failures, alternately counted by the two instances (another email each time,
        // so only the per-client count can refuse): the limit holds for the sum.
        const client = "203.0.113.77"
        for (let i = 0; i < LIMITS.lookup.perClient; i++) {
          const gate = (i % 2 ? two : one).lookup
          expect(await gate.attempt(`tebak${i}@example.com`, client)).toEqual({ allowed: true })
        }
        expect((await one.lookup.attempt("lagi@example.com", client)).allowed).toBe(false)
        expect((await two.lookup.attempt("lagi@example.com", client)).allowed).toBe(false)
        expect((await keys(`${NAMES.rateLimits}lookup:client*`)).length).toBeGreaterThan(0)

        // POST /store/orders/lookup counts its failures in the same Redis counters (LIMITS.lookup):
        // what the server counted, an instance of its own sees.
        const from = "127.0.0.77"
        const lookup = (i: number) =>
          postFrom((api as any).defaults.baseURL, "/store/orders/lookup", { display_id: 990000 + i, email: `cari${i}@example.com` }, {
            from,
            headers: { "x-publishable-api-key": seeded.publishableKey },
          })
        for (let i = 0; i < LIMITS.lookup.perClient - 1; i++) expect((await lookup(i)).status).toBe(404)
        expect(await one.lookup.attempt("terakhir@example.com", from)).toEqual({ allowed: true })
        expect((await two.lookup.attempt("terakhir2@example.com", from)).allowed).toBe(false)
        const refused = await lookup(LIMITS.lookup.perClient)
        expect(refused.status).toBe(429)
      } finally {
        await Promise.all([one.close(), two.close()])
      }
    })
  },
})
