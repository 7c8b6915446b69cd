// How fast the PNBP report exports, and that its memory does not grow with the rows.
//
//   pnpm --filter backend bench:report        (BENCH_LINES=100000 by default)
//
// Boots a throw-away PostgreSQL (scripts/lib/postgres.mjs, like bench/booking.mjs), migrates a
// scratch database, then runs bench/pnbp-export-run.ts inside the Medusa app (`medusa exec`):
// it seeds ledger lines straight into share_ledger_entry by SQL (one lapas with BENCH_LINES/10
// order lines, one with BENCH_LINES), and exports each lapas's report in json, csv, xlsx and
// pdf to a sink that discards the bytes, printing time, rows/s and peak RSS/heap growth.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensurePostgres, TEST_POSTGRES } from "../scripts/lib/postgres.mjs"
import { run } from "../scripts/lib/process.mjs"

const DATABASE = process.env.BENCH_DATABASE || "karya_binaan_bench_report"
const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../backend")

const postgres = await ensurePostgres({ ...TEST_POSTGRES, log: (m) => console.log(m) })
let code = 1
try {
  await postgres.recreateDatabase(DATABASE)
  const env = {
    ...process.env,
    DATABASE_URL: postgres.urlFor(DATABASE),
    NODE_ENV: "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DISABLE_MEDUSA_ADMIN: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    BENCH_LINES: process.env.BENCH_LINES || "100000",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim(),
  }
  console.log(`Migrating ${DATABASE} …`)
  code = await run("npx", ["medusa", "db:migrate"], { cwd: backend, env })
  if (code === 0) {
    code = await run("npx", ["medusa", "exec", "../bench/pnbp-export-run.ts"], { cwd: backend, env })
  }
} finally {
  await postgres.stop()
}
process.exit(code)
