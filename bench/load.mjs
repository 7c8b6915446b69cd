// `pnpm bench:load`: the load benchmark against the multi-process stack (PostgreSQL + Redis + 2
// server processes + 1 worker behind one address; scripts/lib/multi-process-stack.mjs). Not a test:
// it prints figures. Steps: a fresh demo database with a few variants cut down to a handful of
// units, Redis, the stack; then LOAD_BUYERS simulated buyers for LOAD_SECONDS browsing (home,
// categories, product pages), searching (Indonesian queries, misspellings too) and a share of them
// checking out by bank transfer (bench/lib/load-buyers.mjs). Prints requests, throughput, p50/p95/p99
// per route, errors (must be 0; lost races for the last units are "sold out", not errors), the
// CPU of the generator and of the stack, and the oversold units counted in the database (must be 0).
//
//   LOAD_BUYERS=50 LOAD_SECONDS=300 LOAD_SEED=23          the defaults
//   LOAD_PORT=9601                                        the stack's public address (127.0.0.1)
//   LOAD_REDIS_PORT=63806                                 Redis started for the run (unless REDIS_URL answers)
//   LOAD_SERVERS=2                                        server processes behind the address
//   LOAD_CHECKOUT_SHARE=0.3  LOAD_SCARCE=6  LOAD_SCARCE_SHARE=0.5  LOAD_THINK_SCALE=1
//   LOAD_TIMEOUT_MS=60000                                 a request unanswered this long is an error
//   TEST_POSTGRES_PORT                                    the throw-away PostgreSQL (scripts/lib/postgres.mjs)
//   LOAD_REUSE_DATABASE=1                                 keep the database after the run and use it again when it is
//                                                         seeded (with a PostgreSQL that stays up, e.g. `pnpm db:start`)
// Exits 1 when a request failed or a unit was oversold.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { monitorEventLoopDelay } from "node:perf_hooks"
import { isSeeded, publishableKey as marketplaceKey } from "../scripts/lib/marketplace.mjs"
import { ensurePostgres, ROOT, TEST_POSTGRES } from "../scripts/lib/postgres.mjs"
import { startMultiProcessStack } from "../scripts/lib/multi-process-stack.mjs"
import { ensureRedis } from "../scripts/lib/redis.mjs"
import { createOutcomes, createShop, runBuyer, seededRandom } from "./lib/load-buyers.mjs"
import { createClient } from "./lib/load-http.mjs"
import { makeScarce, prepareDatabase, scarceOutcome, stockState } from "./lib/load-prepare.mjs"
import { createStats, percentile } from "./lib/load-stats.mjs"
import { cpuReport, cpuSnapshot } from "./lib/load-system.mjs"

const number = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number (got ${process.env[name]})`)
  return value
}
const CONFIG = {
  buyers: number("LOAD_BUYERS", 50),
  seconds: number("LOAD_SECONDS", 300),
  seed: number("LOAD_SEED", 23),
  port: number("LOAD_PORT", 9601),
  redisPort: number("LOAD_REDIS_PORT", 63806),
  servers: number("LOAD_SERVERS", 2),
  checkoutShare: number("LOAD_CHECKOUT_SHARE", 0.3),
  scarce: number("LOAD_SCARCE", 6),
  scarceShare: number("LOAD_SCARCE_SHARE", 0.5),
  thinkScale: number("LOAD_THINK_SCALE", 1),
  timeoutMs: number("LOAD_TIMEOUT_MS", 60_000),
  reuseDatabase: process.env.LOAD_REUSE_DATABASE === "1",
}
const DATABASE = "karyabinaan_load"
/** Buyers arrive over the first RAMP_MS, not all in the same millisecond. */
const RAMP_MS = Math.min(15_000, CONFIG.seconds * 100)
/** How long buyers still busy at the deadline may take to finish their page. */
const DRAIN_MS = 60_000

const log = (message) => console.log(`[load] ${message}`)
const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const ms = (value) => (value === null || value === undefined ? "–" : value < 10 ? value.toFixed(1) : String(Math.round(value)))

/** The embedded server's postmaster, for its CPU; null for a server from DATABASE_URL / DB_*. */
function postmasterPid() {
  const file = path.join(ROOT, ".data", TEST_POSTGRES.name, "postmaster.pid")
  if (process.env.DATABASE_URL || process.env.DB_HOST || !existsSync(file)) return null
  return Number(readFileSync(file, "utf8").split("\n")[0]) || null
}

/** A few requests of each kind before the clock starts: the first answers of a fresh process are compilation, not load. */
async function warmUp(shop) {
  const outcomes = createOutcomes()
  await Promise.all(
    Array.from({ length: 4 }, (_, index) =>
      runBuyer({
        shop,
        outcomes,
        index: 10_000 + index,
        seed: CONFIG.seed,
        deadline: Date.now() + 8_000,
        checkoutShare: 0,
        scarceShare: 0,
        thinkScale: 0.05,
        startDelayMs: 0,
      })
    )
  )
}

function printReport({ stats, outcomes, cpu, measuredSeconds, before, after, scarce, stack, reconnects, loopDelay }) {
  const rows = stats.summary()
  const total = rows.reduce((sum, r) => sum + r.requests, 0)
  const errors = rows.reduce((sum, r) => sum + r.errors, 0)
  const soldOut = rows.reduce((sum, r) => sum + r.soldOut, 0)
  const all = stats.allTimes()
  const ordersInDb = after.orders - before.orders
  const scarceRows = scarceOutcome(scarce, before, after)

  console.log(`\nLoad: ${CONFIG.buyers} buyers for ${CONFIG.seconds} s (seed ${CONFIG.seed}), ${stack}`)
  console.log(`Measured window ${measuredSeconds.toFixed(1)} s; ${cpu.cores} cores; load average at the end ${cpu.loadAverage.join(" / ")}`)
  console.table(
    rows.map((r) => ({
      route: r.route,
      requests: r.requests,
      "p50 ms": ms(r.p50),
      "p95 ms": ms(r.p95),
      "p99 ms": ms(r.p99),
      "max ms": ms(r.max),
      errors: r.errors,
      "sold out": r.soldOut,
    }))
  )
  const failures = stats.failures()
  if (failures.length) {
    console.log("Errors and sold-out answers by route and status:")
    console.table(failures)
  }
  const orderTimes = Float64Array.from(outcomes.orderTimes).sort()
  const summary = {
    requests: total,
    "req/s": Math.round((total / measuredSeconds) * 10) / 10,
    "orders (buyers)": outcomes.orders,
    "orders (database)": ordersInDb,
    "orders/min": Math.round((outcomes.orders / (measuredSeconds / 60)) * 10) / 10,
    "p50 ms (all)": ms(percentile(all, 50)),
    "p95 ms (all)": ms(percentile(all, 95)),
    "p99 ms (all)": ms(percentile(all, 99)),
    "complete p50 ms": ms(percentile(orderTimes, 50)),
    "complete p95 ms": ms(percentile(orderTimes, 95)),
    errors,
    "sold out": soldOut,
    "oversold units": after.oversoldUnits,
    "keep-alive reconnects": reconnects,
  }
  console.log("Summary:")
  console.table([summary])
  console.log("Buyers did:")
  console.table([
    {
      sessions: outcomes.sessions,
      "page views": outcomes.pageViews,
      searches: outcomes.searches,
      "adds to cart": outcomes.addsToCart,
      checkouts: outcomes.checkoutsStarted,
      orders: outcomes.orders,
      "sold out at add": outcomes.soldOutAtAdd,
      "sold out at complete": outcomes.soldOutAtComplete,
      "saw no stock": outcomes.sawNoStock,
      "abandoned (time up)": outcomes.abandoned,
      "failed flows": outcomes.failedFlows,
    },
  ])
  console.log("Scarce variants (units there to sell vs sold in the run):")
  console.table(scarceRows)
  if (after.oversoldLevels.length) {
    console.log("OVERSOLD stock levels:")
    console.table(after.oversoldLevels)
  }
  console.log(`Stock levels whose reserved_quantity differs from their reservations: ${after.mismatchedLevels}`)
  console.log("CPU, % of one core over the measured window (the generator's process also runs the stack's proxy):")
  console.table([
    {
      "generator + proxy": cpu.loadGenerator,
      "generator event-loop delay p99 ms": loopDelay,
      ...cpu.processes,
      postgres: cpu.postgres ?? "–",
      redis: cpu.redis ?? "–",
      "machine busy % (all cores)": cpu.machineBusy,
    },
  ])
  const oversold = after.oversoldUnits + scarceRows.reduce((sum, r) => sum + r.oversold, 0)
  console.log(
    `LOAD_REPORT ${JSON.stringify({ config: CONFIG, summary, routes: rows, failures, outcomes: { ...outcomes, orderTimes: undefined }, scarce: scarceRows, cpu, loopDelay })}`
  )
  return { errors, oversold }
}

const since = Date.now()
const postgres = await ensurePostgres({ ...TEST_POSTGRES, log })
let redis
let stack
let client
let exitCode = 1
const notificationDir = mkdtempSync(path.join(tmpdir(), "kb-load-notifications-"))
try {
  redis = await ensureRedis({ port: CONFIG.redisPort, log })
  const publicUrl = `http://127.0.0.1:${CONFIG.port}`
  const reuse = CONFIG.reuseDatabase && (await isSeeded(postgres, DATABASE).catch(() => false))
  const { appUrl, publishableKey } = reuse
    ? { appUrl: (await postgres.databaseRoles(DATABASE, { log })).appUrl, publishableKey: await marketplaceKey(postgres, DATABASE) }
    : await prepareDatabase(postgres, { database: DATABASE, backendUrl: publicUrl, log })
  if (reuse) log(`reusing the seeded database ${DATABASE}`)
  const scarce = await makeScarce(postgres, DATABASE, { count: CONFIG.scarce, random: seededRandom(CONFIG.seed), log })
  stack = await startMultiProcessStack({
    databaseUrl: appUrl,
    redisUrl: redis.url,
    port: CONFIG.port,
    servers: CONFIG.servers,
    env: { NOTIFICATION_DIR: notificationDir },
    log,
  })
  const processes = stack.processes()
  log(`stack up at ${stack.url} (${processes.map((p) => `${p.label} pid ${p.pid}`).join(", ")}) after ${elapsed(since)}`)

  const stats = createStats()
  client = createClient({
    baseUrl: stack.url,
    publishableKey,
    record: (entry) => stats.record(entry),
    timeoutMs: CONFIG.timeoutMs,
  })
  const shop = createShop({ client, scarce })
  stats.recording = false
  await warmUp(shop)
  log("warm-up done")

  const watch = {
    groups: processes.map((p) => ({ label: p.label, pid: p.pid })),
    postmasterPid: postmasterPid(),
    redisPort: redis.started ? CONFIG.redisPort : null,
  }
  const before = await stockState(postgres, DATABASE)
  const outcomes = createOutcomes()
  stats.recording = true
  const cpuBefore = cpuSnapshot(watch)
  // How late the generator's own timers fire: near 0 means it kept up and did not slow the buyers down.
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const started = Date.now()
  const deadline = started + CONFIG.seconds * 1000
  log(`${CONFIG.buyers} buyers for ${CONFIG.seconds} s …`)
  const progress = setInterval(() => {
    const done = stats.summary().reduce((sum, r) => sum + r.requests, 0)
    log(`${Math.round((Date.now() - started) / 1000)} s: ${done} requests, ${outcomes.orders} orders`)
  }, 30_000)
  const buyers = Array.from({ length: CONFIG.buyers }, (_, index) =>
    runBuyer({
      shop,
      outcomes,
      index,
      seed: CONFIG.seed,
      deadline,
      checkoutShare: CONFIG.checkoutShare,
      scarceShare: CONFIG.scarceShare,
      thinkScale: CONFIG.thinkScale,
      startDelayMs: (index / Math.max(1, CONFIG.buyers)) * RAMP_MS,
    })
  )
  const settled = Promise.allSettled(buyers)
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, CONFIG.seconds * 1000 + DRAIN_MS))])
  clearInterval(progress)
  const measuredSeconds = (Date.now() - started) / 1000
  const cpu = cpuReport(cpuBefore, cpuSnapshot(watch))
  loop.disable()
  const loopDelay = Math.round(loop.percentile(99) / 1e4) / 100
  stats.recording = false
  for (const result of await Promise.race([settled, Promise.resolve([])])) {
    if (result.status === "rejected") log(`a buyer stopped with an exception: ${result.reason?.stack ?? result.reason}`)
  }
  const after = await stockState(postgres, DATABASE)
  const { errors, oversold } = printReport({
    stats,
    outcomes,
    cpu,
    measuredSeconds,
    before,
    after,
    scarce,
    stack: `${processes.map((p) => p.label).join(" + ")} behind ${stack.url}`,
    reconnects: client.reconnects(),
    loopDelay,
  })
  exitCode = errors === 0 && oversold === 0 ? 0 : 1
  if (exitCode) log(`FAILED: ${errors} errors, ${oversold} oversold units`)
} catch (error) {
  console.error(error instanceof Error ? error.stack : error)
  for (const member of stack ? [...stack.servers, stack.worker] : []) {
    console.error(`--- last output of ${member.label} ---\n${member.service.output().slice(-4000)}`)
  }
} finally {
  client?.close()
  await stack?.stop()
  await redis?.stop()
  if (!CONFIG.reuseDatabase) {
    await postgres.query("postgres", `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`).catch(() => {})
  }
  await postgres.stop()
  rmSync(notificationDir, { recursive: true, force: true })
}
process.exit(exitCode)
