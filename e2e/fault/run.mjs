// The fault suite: FAULT_ORDERS (2000) randomised orders on 2 server processes + 1 worker behind
// one address, with the worker SIGKILLed at random, one server killed and restarted, and events
// replayed twice and out of order; then the repair (twice: the second must repair nothing) and
// the ledger audit, which must find no discrepancy. `pnpm --filter e2e test:fault`.
//
//   FAULT_ORDERS=2000        orders: 99.5 % placed in bulk inside Medusa (place-orders.ts), 0.5 % over the
//                            real HTTP checkout (FAULT_HTTP_SHARE), racing for the last units of scarce
//                            variants. Of the bulk orders 15 % are paid and some refunded in bulk
//                            (FAULT_BULK_PAID_SHARE, pay-in-bulk.ts), 5 % are operated over HTTP
//                            (FAULT_HTTP_OPERATED_SHARE: confirmations once, twice and at once,
//                            captures, refunds, cancels, returns, part cancels), the rest stay unpaid; then HPP
//                            corrections of booked lines over HTTP
//   FAULT_SEED=<n>           the seed of every random choice (printed; random when unset)
//   FAULT_WORKER_KILLS=3     worker SIGKILLs while it has work (a restart costs ~15 s of CPU), after
//   FAULT_KILL_GAP_MS=5000-15000  seeded pauses
//   FAULT_PLACED_EVENT_SHARE=0.05 bulk orders announced with order.placed (place-orders.ts)
//   FAULT_PORT=9401          the public address; the processes use the next ports (to 9410)
//   FAULT_CONCURRENCY=8      operations in flight
//   TEST_POSTGRES_PORT, TEST_REDIS_PORT, E2E_PREPARED=1 (copy e2e/prepare.mjs's database)
//
// Exit code 1 on any discrepancy, any 5xx, any oversold unit, a second repair that repaired
// something, or a queue that never drained.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensurePostgres, TEST_POSTGRES } from "../../scripts/lib/postgres.mjs"
import { runCaptured } from "../../scripts/lib/process.mjs"
import { ensureRedis, TEST_REDIS_PORT } from "../../scripts/lib/redis.mjs"
import { freshSecrets } from "../../scripts/lib/secrets.mjs"
import { startMultiProcessStack } from "../../scripts/lib/multi-process-stack.mjs"
import { BACKEND_DIR, dropFaultDatabase, prepareFaultDatabase } from "./database.mjs"
import { raceCheckouts } from "./checkout.mjs"
import { Tally, httpClient } from "./http.mjs"
import { operator, planOperations, pool, sessions, sleep } from "./operations.mjs"
import { eventQueueState, failedJobsByEvent, flushRedisDb } from "./redis-queue.mjs"
import { stockChecks, ledgerFingerprint } from "./checks.mjs"

const log = (message) => console.log(`[fault] ${new Date().toISOString().slice(11, 19)} ${message}`)
const ORDERS = Number(process.env.FAULT_ORDERS || 2000)
const SEED = Number(process.env.FAULT_SEED || Math.floor(Math.random() * 1_000_000) + 1)
const PORT = Number(process.env.FAULT_PORT || 9401)
const CONCURRENCY = Number(process.env.FAULT_CONCURRENCY || 8)
const HTTP_SHARE = Number(process.env.FAULT_HTTP_SHARE || 0.005)
const REDIS_DB = Number(process.env.FAULT_REDIS_DB || 3)
const WORKER_KILLS = Number(process.env.FAULT_WORKER_KILLS || 3)
const [KILL_GAP_MIN, KILL_GAP_MAX_GIVEN] = (process.env.FAULT_KILL_GAP_MS || "5000-15000").split("-").map(Number)
const KILL_GAP_MAX = Number.isFinite(KILL_GAP_MAX_GIVEN) ? KILL_GAP_MAX_GIVEN : KILL_GAP_MIN
const QUIET_MS = Number(process.env.FAULT_QUIET_MS || 5000)
const DRAIN_TIMEOUT_MS = Number(process.env.FAULT_DRAIN_TIMEOUT_MS || 600_000)

/** mulberry32, as in place-orders.ts (a different stream per use). */
function rng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)), pick: (list) => list[Math.floor(next() * list.length)] }
}

const phases = {}
async function phase(name, work) {
  const since = Date.now()
  try {
    return await work()
  } finally {
    phases[name] = (Date.now() - since) / 1000
    log(`${name}: ${phases[name].toFixed(1)} s`)
  }
}

/** `medusa exec <script>` from backend/ with the stack's env; the JSON after `prefix` in its output. */
async function medusaExec(script, env, prefix) {
  const { code, output } = await runCaptured("pnpm", ["exec", "medusa", "exec", script], { cwd: BACKEND_DIR, env })
  appendFileSync(path.join(logDir, "exec.log"), `--- medusa exec ${script} (exit ${code}) ---\n${output}\n`)
  const line = prefix ? output.split("\n").find((l) => l.includes(prefix)) : null
  let report = null
  if (line) report = JSON.parse(line.slice(line.indexOf(prefix) + prefix.length))
  return { code, output, report }
}

const postgres = await ensurePostgres({ ...TEST_POSTGRES, log })
const redis = await ensureRedis({ port: TEST_REDIS_PORT, log })
const redisUrl = (() => {
  const url = new URL(redis.url)
  url.pathname = `/${REDIS_DB}`
  return url.toString()
})()
const notificationDir = mkdtempSync(path.join(os.tmpdir(), "kb-fault-mail-"))
const workDir = mkdtempSync(path.join(os.tmpdir(), "kb-fault-"))
// Every backend process's output, one file per role (kept when the run fails).
const logDir = mkdtempSync(path.join(os.tmpdir(), "kb-fault-logs-"))
const onOutput = (label, text) => appendFileSync(path.join(logDir, `${label}.log`), text)
let stack
let code = 1
let secondFound = 0
const tally = new Tally()
const faults = { worker_sigkill: 0, server_sigkill: 0, events_replayed: 0 }
const summary = { seed: SEED, orders: { bulk: 0, http: 0, http_refused: 0 }, oversold: [], repairs: [], discrepancies: [] }
try {
  log(`seed ${SEED} (FAULT_SEED=${SEED} replays this run), ${ORDERS} orders, the worker killed ${WORKER_KILLS} times`)
  const random = rng(SEED)
  const db = await phase("database", async () => {
    await flushRedisDb(redisUrl)
    return prepareFaultDatabase(postgres, { backendUrl: `http://127.0.0.1:${PORT}`, log })
  })
  const stackEnv = {
    NOTIFICATION_DIR: notificationDir,
    NOTIFICATION_RETRY_DELAYS_MS: "",
    EVENT_BUS_LOCK_MS: process.env.EVENT_BUS_LOCK_MS || "5000",
    BANK_TRANSFER_DUE_HOURS: "8760",
    LOG_LEVEL: process.env.FAULT_LOG_LEVEL || "warn",
  }
  // What `medusa exec` gets: the stack's database, Redis and settings, as a server (emits, never consumes).
  const execEnv = {
    NODE_ENV: "production",
    ...freshSecrets(),
    TRUSTED_PROXIES: "loopback",
    DATABASE_URL: db.appUrl,
    REDIS_URL: redisUrl,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_BACKEND_URL: `http://127.0.0.1:${PORT}`,
    ...stackEnv,
    MEDUSA_WORKER_MODE: "server",
  }

  // Orders in bulk while the stack boots (both are mostly waiting on each other's CPU anyway).
  const bulkCount = ORDERS - Math.round(ORDERS * HTTP_SHARE)
  const placedFile = path.join(workDir, "placed.json")
  const [placement, started] = await Promise.all([
    phase("bulk placement", async () => {
      const result = await medusaExec("../e2e/fault/place-orders.ts", { ...execEnv, FAULT_BULK_ORDERS: String(bulkCount), FAULT_SCARCE_VARIANTS: String(Math.min(3, Math.max(1, Math.round((ORDERS - bulkCount) / 30)))), FAULT_SEED: String(SEED), FAULT_PLACED_FILE: placedFile })
      for (const line of result.output.split("\n")) if (line.includes("[place-orders]")) log(line.trim())
      if (result.code !== 0) throw new Error(`place-orders.ts failed:\n${result.output.slice(-4000)}`)
      return JSON.parse(readFileSync(placedFile, "utf8"))
    }),
    phase("stack start", () => startMultiProcessStack({ databaseUrl: db.appUrl, redisUrl, port: PORT, servers: 2, env: stackEnv, log, onOutput })),
  ])
  stack = started
  summary.orders.bulk = placement.orders.length
  summary.bulk_orders_per_second = Number(placement.orders_per_second.toFixed(1))
  const lapasById = new Map(placement.lapas.map((l) => [l.id, l]))
  const client = httpClient(stack.url, tally)

  // ~5 % through the real checkout, racing for the scarce units.
  const race = await phase("http checkout", () =>
    raceCheckouts({ client, publishableKey: db.publishableKey, placed: placement, count: ORDERS - bulkCount, random, concurrency: CONCURRENCY, log })
  )
  summary.orders.http = race.orders.length
  summary.orders.http_refused = race.refused + race.notBuilt
  for (const s of placement.scarce) {
    const sold = race.orders.flatMap((o) => o.lines).filter((l) => l.variant_id === s.id).reduce((sum, l) => sum + l.quantity, 0)
    if (sold > s.available) summary.oversold.push({ sku: s.sku, available: s.available, sold })
    log(`scarce ${s.sku}: ${s.available} available, ${race.demand[s.id] ?? 0} wanted, ${sold} sold`)
  }

  // Operations, with the faults running beside them.
  const orders = [
    ...placement.orders.map((o) => ({ ...o, lapas_ids: o.parts.map((p) => p.lapas_id) })),
    ...race.orders,
  ]
  const plans = planOperations(orders, random)
  // The first pass goes over the orders operated over HTTP; the corrections over every paid one.
  const httpPlans = plans.filter((p) => p.path !== "bulk" && p.path !== "none")
  // What was planned for each order, kept with the processes' logs when the run fails.
  writeFileSync(
    path.join(logDir, "plans.json"),
    JSON.stringify(plans.map(({ order, ...plan }) => ({ order_id: order.id, display_id: order.display_id, refund_kind: order.refund ?? null, ...plan })))
  )
  const ops = operator({ client, auth: sessions(client), lapasById, log })
  let done = 0
  let opsFinished = false
  const faultLog = []
  const operations = phase("operations", async () => {
    log(`${httpPlans.length} orders operated over HTTP, ${plans.filter((p) => p.path === "bulk").length} paid in bulk, ${plans.filter((p) => p.path === "none").length} left unpaid`)
    await pool(httpPlans, CONCURRENCY, async (plan) => {
      await ops.run(plan)
      done++
      if (done % 100 === 0) log(`${done}/${httpPlans.length} orders operated`)
    })
    // The corrections need the bookings, which the worker makes: a second pass.
    await pool(plans, CONCURRENCY, (plan) => ops.correct(plan))
    opsFinished = true
  })
  const faultRandom = rng(SEED * 31 + 7)
  // The worker is killed WORKER_KILLS times while it has work (the bulk payments' bookings and
  // e-mails, the operations' events), after seeded pauses of KILL_GAP_MS, and started again after
  // up to 3 s; a job it held is handed on when its lock lapses (EVENT_BUS_LOCK_MS).
  const workerKills = (async () => {
    for (let k = 0; k < WORKER_KILLS; k++) {
      await sleep(faultRandom.int(KILL_GAP_MIN, KILL_GAP_MAX))
      if (opsFinished && (await eventQueueState(redisUrl)).pending === 0) break
      await stack.killWorker("SIGKILL")
      faults.worker_sigkill++
      faultLog.push(`worker SIGKILL with ${(await eventQueueState(redisUrl)).pending} event jobs pending, ${done} orders operated`)
      await sleep(faultRandom.int(0, 3000))
      await stack.startWorker()
    }
  })()
  const serverKill = (async () => {
    while (!opsFinished && done < httpPlans.length * 0.3) await sleep(500)
    if (opsFinished) return
    const index = faultRandom.int(0, 1)
    await stack.killServer(index, "SIGKILL")
    faults.server_sigkill++
    faultLog.push(`server ${index + 1} SIGKILL at ${done} orders`)
    await sleep(faultRandom.int(0, 3000))
    await stack.startServer(index)
  })()
  const replay = (async () => {
    while (!opsFinished && done < httpPlans.length * 0.5) await sleep(500)
    const result = await medusaExec("../e2e/fault/replay-events.ts", { ...execEnv, FAULT_SEED: String(SEED), FAULT_REPLAY_ROUND: "1" }, "REPLAY_REPORT ")
    if (result.code !== 0 || !result.report) throw new Error(`replay-events.ts failed:\n${result.output.slice(-4000)}`)
    faults.events_replayed += result.report.emitted
    for (const [name, n] of Object.entries(result.report.by_kind)) faults[`replayed ${name}`] = n
    faultLog.push(`${result.report.emitted} events replayed at ${done} orders`)
  })()
  await Promise.all([operations, workerKills, serverKill, replay])
  for (const line of faultLog) log(line)

  // The end: the worker up, the queue empty and the ledger still for a few seconds.
  if (stack.processes().find((p) => p.label === "worker")?.exited) await stack.startWorker()
  async function waitQuiet(label) {
    return phase(label, async () => {
      const since = Date.now()
      let last = null
      let stillSince = Date.now()
      for (;;) {
        const queue = await eventQueueState(redisUrl)
        const print = `${queue.pending}|${await ledgerFingerprint(postgres, db.database)}`
        if (print !== last) {
          last = print
          stillSince = Date.now()
        }
        if (queue.pending === 0 && Date.now() - stillSince >= QUIET_MS) return queue
        if (Date.now() - since > DRAIN_TIMEOUT_MS) throw new Error(`The event queue did not drain within ${DRAIN_TIMEOUT_MS / 1000} s: ${JSON.stringify(queue)}`)
        await sleep(1000)
      }
    })
  }
  const drained = await waitQuiet("drain")
  summary.failed_jobs = drained.failed ? await failedJobsByEvent(redisUrl) : {}

  // Repair, twice (the second must find nothing), then the audit: the first run through the
  // backend's script, the second with the audit in one process (finish.ts).
  const addRepair = (round, report) => {
    if (!report) throw new Error(`repair ${round} printed no report`)
    summary.repairs.push(report)
    log(`repair ${round}: found ${JSON.stringify(report.found)} repaired ${JSON.stringify(report.repaired)} failed ${JSON.stringify(report.failed)}`)
  }
  // Every process is idle now (the queue drained, the ledger still), so nothing younger is in
  // progress: all work is old enough to repair, an e-mail still pending included.
  const repairEnv = { ...execEnv, REPAIR_OLDER_THAN_MS: "0", NOTIFICATION_PENDING_STALE_MS: "0" }
  const first = await phase("repair 1", () => medusaExec("./src/scripts/repair.ts", repairEnv, "REPAIR_REPORT "))
  addRepair(1, first.report)
  await waitQuiet("drain after repair 1")
  const last = await phase("repair 2 + audit", () => medusaExec("../e2e/fault/finish.ts", repairEnv, "REPAIR_REPORT "))
  addRepair(2, last.report)
  const auditLine = last.output.split("\n").find((l) => l.includes("AUDIT_REPORT "))
  if (!auditLine) throw new Error(`finish.ts printed no AUDIT_REPORT:\n${last.output.slice(-4000)}`)
  const audit = JSON.parse(auditLine.slice(auditLine.indexOf("AUDIT_REPORT ") + "AUDIT_REPORT ".length))
  summary.audit_counts = audit.counts
  summary.discrepancies.push(...audit.discrepancies)
  summary.oversold.push(...(await stockChecks(postgres, db.database)))

  // One summary block.
  const secondRepair = summary.repairs[1]
  const secondRepaired = secondRepair ? Object.values(secondRepair.repaired).reduce((s, n) => s + n, 0) : 0
  // Found again but not repaired (the live workflow declined it): not a wrong rupiah, since the
  // audit decides that, but half-done work nothing completes; the logs and plans are kept for it.
  secondFound = secondRepair ? Object.values(secondRepair.found).reduce((s, n) => s + n, 0) : 0
  if (secondFound) log(`the second repair still found ${secondFound} (${JSON.stringify(secondRepair.items)}): the processes' output and plans.json are kept in ${logDir}`)
  const fives = tally.fiveHundreds
  const lines = [
    "",
    "══════════ fault suite summary ══════════",
    `seed                 ${SEED}`,
    `orders               ${summary.orders.bulk + summary.orders.http} (bulk ${summary.orders.bulk} at ${summary.bulk_orders_per_second} orders/s, http ${summary.orders.http}, http refused ${summary.orders.http_refused})`,
    "operations by kind:",
    ...Object.entries(tally.byKind).sort().map(([kind, row]) => `  ${kind.padEnd(22)} ${Object.entries(row).map(([k, n]) => `${k} ${n}`).join(", ")}`),
    `requests lost with a killed server and retried: ${tally.lost}`,
    "refusals (first message of each):",
    ...Object.entries(tally.samples).sort().map(([k, m]) => `  ${k.padEnd(26)} ${m}`),
    "faults injected:",
    ...Object.entries(faults).map(([k, n]) => `  ${k.padEnd(28)} ${n}`),
    `failed event jobs    ${JSON.stringify(summary.failed_jobs)}`,
    "repairs:",
    ...summary.repairs.map((r, i) => `  run ${i + 1}: found ${JSON.stringify(r.found)} repaired ${JSON.stringify(r.repaired)} failed ${JSON.stringify(r.failed)}`),
    `discrepancies        ${summary.discrepancies.length}`,
    ...summary.discrepancies.slice(0, 20).map((d) => `  ${JSON.stringify(d)}`),
    `oversold             ${summary.oversold.length}${summary.oversold.length ? ` ${JSON.stringify(summary.oversold)}` : ""}`,
    `5xx                  ${fives}`,
    ...tally.failures.slice(0, 20).map((f) => `  ${JSON.stringify(f)}`),
    "seconds per phase:",
    ...Object.entries(phases).map(([name, s]) => `  ${name.padEnd(24)} ${s.toFixed(1)}`),
    "═════════════════════════════════════════",
  ]
  console.log(lines.join("\n"))
  const problems = [
    summary.discrepancies.length && `${summary.discrepancies.length} discrepancies`,
    fives && `${fives} answers 5xx`,
    summary.oversold.length && `${summary.oversold.length} oversold`,
    secondRepaired && `the second repair repaired ${secondRepaired}`,
  ].filter(Boolean)
  if (problems.length) log(`FAILED: ${problems.join(", ")}`)
  else log("passed")
  code = problems.length ? 1 : 0
} catch (error) {
  console.error(error instanceof Error ? error.stack : error)
  if (stack) for (const s of [...stack.servers, stack.worker]) console.error(`--- last output of ${s.label} ---\n${s.service?.output().slice(-3000)}`)
  code = 1
} finally {
  await stack?.stop().catch(() => {})
  if (process.env.FAULT_KEEP_DATABASE !== "1") await dropFaultDatabase(postgres)
  await redis.stop()
  await postgres.stop()
  rmSync(notificationDir, { recursive: true, force: true })
  rmSync(workDir, { recursive: true, force: true })
  if (code === 0 && !secondFound) rmSync(logDir, { recursive: true, force: true })
  else console.error(`the processes' output: ${logDir}`)
}
process.exit(code)
