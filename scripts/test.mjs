// `pnpm test`: every suite, in order of cost. The dependency rules (.dependency-cruiser.cjs), unit
// tests of the shared packages, the storefront's
// tests, the backend's integration tests on a real PostgreSQL (embedded unless DATABASE_URL or
// DB_* point elsewhere), then the end-to-end journeys in Debian's Chromium.
import { ensurePostgres, ROOT, TEST_POSTGRES } from "./lib/postgres.mjs"
import { run } from "./lib/process.mjs"
import { buildSharedPackages } from "./lib/marketplace.mjs"

const only = process.argv.slice(2)
const stages = [
  { name: "deps", args: ["check:deps"], needsPostgres: false },
  { name: "unit", args: ["--filter", "./packages/*", "test"], needsPostgres: false },
  { name: "storefront", args: ["--filter", "storefront", "test"], needsPostgres: false },
  { name: "backend", args: ["--filter", "backend", "test:integration"], needsPostgres: true },
  { name: "e2e", args: ["--filter", "e2e", "test"], needsPostgres: true },
].filter((stage) => !only.length || only.includes(stage.name))

const startedAt = Date.now()
await buildSharedPackages()
const postgres = stages.some((s) => s.needsPostgres)
  ? await ensurePostgres({ ...TEST_POSTGRES, durable: false, log: (m) => console.log(m) })
  : null

const results = []
try {
  for (const stage of stages) {
    console.log(`\n=== ${stage.name} tests ===`)
    const since = Date.now()
    const code = await run("pnpm", stage.args, {
      cwd: ROOT,
      env: stage.needsPostgres ? postgres.testEnv : {},
      label: stage.name,
    })
    results.push({ ...stage, code, seconds: Math.round((Date.now() - since) / 1000) })
  }
} finally {
  await postgres?.stop()
}

// Each stage's own report (test counts, failures) is printed above; this is the overview.
const failed = results.filter((r) => r.code !== 0)
console.log("\n=== summary ===")
for (const r of results) {
  console.log(`${r.code === 0 ? "ok  " : "FAIL"} ${r.name.padEnd(11)} ${String(r.seconds).padStart(4)} s`)
}
console.log(
  `${results.length - failed.length} stages passed, ${failed.length} failed; ` +
    `total ${Math.round((Date.now() - startedAt) / 1000)} s (shared packages build and PostgreSQL start included)`
)
process.exit(failed.length === 0 ? 0 : 1)
