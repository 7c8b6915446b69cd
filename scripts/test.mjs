// `pnpm test`: every suite. The dependency rules (.dependency-cruiser.cjs), unit tests of the
// shared packages, the storefront's tests, the panel's tests, the backend's integration tests on a real PostgreSQL
// (embedded unless DATABASE_URL or DB_* point elsewhere), then the outside client (a standard Medusa
// store client, @medusajs/js-sdk, placing orders on the backend: e2e/outside-client), then the
// end-to-end journeys in Debian's Chromium and, beside them, the fault suite (two servers and a
// worker on Redis, the worker SIGKILLed while 2,000 orders are paid, refunded, returned and
// canceled; then the repair job and the ledger audit: e2e/fault). While the backend stage runs, the quick stages and
// the end-to-end preparation (a fresh demo database, the storefront's and the panel's production
// builds) run beside it, their output held back and printed when the backend stage is done; the
// fuzz stage runs after the journeys, beside the rest of the fault suite. `node scripts/test.mjs deps unit …` runs only those
// (stages: deps, unit, scripts, storefront, panel, backend, fuzz, outside, fault, e2e; scripts = the local Xendit simulator's spec). The fuzz stage (backend/integration-tests/http/routes.fuzz.ts,
// `pnpm test:fuzz`) sends bounded, seeded fast-check requests to every custom route: no 5xx, nothing half-written.
import { existsSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensurePostgres, ROOT, TEST_POSTGRES } from "./lib/postgres.mjs"
import { run, runCaptured } from "./lib/process.mjs"
import { collectFailures, failureCollector } from "./lib/failures.mjs"
import { buildSharedPackages } from "./lib/marketplace.mjs"
import { preflight } from "./lib/preflight.mjs"
import { copyFaultDatabase } from "../e2e/fault/database.mjs"
import { E2E_STACK } from "../e2e/stack.mjs"

const only = process.argv.slice(2)
const selected = (name) => !only.length || only.includes(name)
const QUICK_STAGES = [
  { name: "deps", args: ["check:deps"] },
  { name: "unit", args: ["--filter", "./packages/*", "test"] },
  { name: "scripts", args: ["test:scripts"] },
  { name: "storefront", args: ["--filter", "storefront", "test"] },
  { name: "panel", args: ["--filter", "panel", "test"] },
].filter((stage) => selected(stage.name))
const backendStage = selected("backend") ? { name: "backend", args: ["--filter", "backend", "test:integration"] } : null
const fuzzStage = selected("fuzz") ? { name: "fuzz", args: ["--filter", "backend", "test:fuzz"] } : null
const e2eStage = selected("e2e") ? { name: "e2e", args: ["--filter", "e2e", "test"] } : null
// Copies the database the e2e preparation built when there is one, else seeds its own.
const outsideStage = selected("outside") ? { name: "outside", args: ["--filter", "e2e", "test:outside"] } : null
// Two servers and a worker on Redis, the worker killed at random while 2,000 orders are paid,
// refunded, returned and cancelled; then the repair and the ledger audit (e2e/fault). Runs beside
// the end-to-end journeys (which leave a core mostly waiting on the browser), its output held back.
const faultStage = selected("fault") ? { name: "fault", args: ["--filter", "e2e", "test:fault"] } : null

/** Every stage name, for the preflight (a stage added here should be added there too). */
const ALL_STAGES = ["deps", "unit", "scripts", "storefront", "panel", "backend", "fuzz", "outside", "e2e", "fault"]

const startedAt = Date.now()
const seconds = (since) => Math.round((Date.now() - since) / 1000)
// Chromium and redis-server, when the selected stages need them: installed (CI, KB_INSTALL_MISSING=1)
// or named in one line before anything runs (scripts/lib/preflight.mjs).
await preflight(ALL_STAGES.filter(selected))
await buildSharedPackages()
const postgres =
  backendStage || fuzzStage || e2eStage || outsideStage || faultStage
    ? await ensurePostgres({ ...TEST_POSTGRES, durable: false, log: (m) => console.log(m) })
    : null
const testEnv = postgres?.testEnv ?? {}
// The backend stage builds the template databases (migrated, demo-seeded) and the fuzz stage
// reuses them through this file (backend/integration-tests/global-setup.ts); dropped at the end.
const templatesFile = path.join(os.tmpdir(), `kb-test-templates-${process.pid}.json`)
const templateEnv = { ...testEnv, KB_TEMPLATES_FILE: templatesFile }

async function dropSharedTemplates() {
  if (!postgres || !existsSync(templatesFile)) return
  const { templates } = JSON.parse(readFileSync(templatesFile, "utf8"))
  for (const name of Object.values(templates)) {
    await postgres.query("postgres", `DROP DATABASE IF EXISTS "${String(name).replace(/"/g, '""')}" WITH (FORCE)`)
  }
  rmSync(templatesFile, { force: true })
}

const results = []
/** A stage's result with what its output named: its failures (when it failed) and its flaky tests. */
const resultOf = (name, code, secondsTaken, collector) => ({
  name,
  code,
  seconds: secondsTaken,
  failures: code === 0 ? [] : collector.lines(),
  flaky: collector.flaky(),
})

async function stage({ name, args }, env = {}) {
  console.log(`\n=== ${name} tests ===`)
  const since = Date.now()
  const failures = failureCollector()
  const code = await run("pnpm", args, { cwd: ROOT, env, label: name, onOutput: failures.write })
  results.push(resultOf(name, code, seconds(since), failures))
}

/** Stages run beside the backend's: output kept, then printed in one piece. */
async function besideBackend() {
  const held = []
  for (const { name, args } of QUICK_STAGES) {
    const since = Date.now()
    const { code, output } = await runCaptured("pnpm", args, { cwd: ROOT, label: name })
    held.push({ name, code, seconds: seconds(since), output })
  }
  let prepared = false
  if (e2eStage || outsideStage || faultStage) {
    const since = Date.now()
    const { code, output } = await runCaptured("node", ["e2e/prepare.mjs"], { cwd: ROOT, env: testEnv, label: "e2e prep" })
    held.push({ name: "e2e prep", code, seconds: seconds(since), output })
    prepared = code === 0
  }
  return { held, prepared }
}

try {
  let prepared = false
  if (backendStage) {
    const beside = besideBackend()
    await stage(backendStage, templateEnv)
    const { held, prepared: ready } = await beside
    for (const h of held) {
      console.log(`\n=== ${h.name} (ran beside the backend tests) ===\n${h.output}`)
      results.push(resultOf(h.name, h.code, h.seconds, collectFailures(h.output)))
    }
    prepared = ready
  } else {
    for (const quick of QUICK_STAGES) await stage(quick)
  }
  // With the fault suite beside the journeys, the fuzz stage runs after the journeys, on the core
  // they free while the fault suite goes on; otherwise here.
  const fuzzAfterJourneys = !!(fuzzStage && faultStage && e2eStage)
  if (fuzzStage && !fuzzAfterJourneys) await stage(fuzzStage, templateEnv)
  const e2eEnv = { ...testEnv, ...(prepared ? { E2E_PREPARED: "1" } : {}) }
  if (outsideStage) await stage(outsideStage, e2eEnv)
  if (faultStage && e2eStage) {
    // The fault suite's copy of the end-to-end database is made before the journeys connect to it.
    let copied = false
    if (prepared) {
      copied = await copyFaultDatabase(postgres, E2E_STACK.database).then(
        () => true,
        (error) => (console.error(`Copying the end-to-end database for the fault suite failed: ${error.message}`), false)
      )
    }
    console.log("\n=== fault tests (beside the end-to-end tests; output printed when they end) ===")
    const since = Date.now()
    // Without the copy the suite builds its own template: copying the end-to-end database now would
    // cut the journeys' connections to it.
    const faultEnv = copied ? { ...e2eEnv, FAULT_DATABASE_COPIED: "1" } : testEnv
    const fault = runCaptured("pnpm", faultStage.args, { cwd: ROOT, env: faultEnv, label: "fault" })
    await stage(e2eStage, e2eEnv)
    if (fuzzAfterJourneys) await stage(fuzzStage, templateEnv)
    const { code, output } = await fault
    console.log(`\n=== fault (ran beside the end-to-end tests) ===\n${output}`)
    results.push(resultOf("fault", code, seconds(since), collectFailures(output)))
  } else {
    if (faultStage) await stage(faultStage, e2eEnv)
    if (e2eStage) await stage(e2eStage, e2eEnv)
  }
} finally {
  await dropSharedTemplates().catch((error) => console.error(`Dropping the template databases failed: ${error.message}`))
  await postgres?.stop()
}

// Each stage's own report (test counts, failures) is printed above; this is the overview, ending
// with the lines that named each failed stage's failures, for logs that keep only their tail.
const failed = results.filter((r) => r.code !== 0)
console.log("\n=== summary ===")
for (const r of results) {
  console.log(`${r.code === 0 ? "ok  " : "FAIL"} ${r.name.padEnd(11)} ${String(r.seconds).padStart(4)} s`)
}
for (const r of results.filter((r) => r.flaky.length)) {
  console.log(`--- ${r.name}: flaky, passed only when run again:`)
  console.log(r.flaky.map((line) => `  ${line}`).join("\n"))
}
for (const r of failed) {
  console.log(`--- ${r.name} failed on:`)
  console.log(r.failures.length ? r.failures.map((line) => `  ${line}`).join("\n") : "  (no failing test named; see the stage's output above)")
}
console.log(
  `${results.length - failed.length} stages passed, ${failed.length} failed; ` +
    `total ${seconds(startedAt)} s (shared packages build and PostgreSQL start included)`
)
process.exit(failed.length === 0 ? 0 : 1)
