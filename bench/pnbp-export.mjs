// How fast the PNBP report exports, and that its memory does not grow with the rows.
//
//   pnpm bench:report        (BENCH_LINES=100000 by default; BENCH_FORMATS=csv,xlsx for some formats only)
//
// Boots a throw-away PostgreSQL (scripts/lib/postgres.mjs, like bench/booking.mjs), migrates a
// scratch database, then runs bench/pnbp-export-run.ts inside the Medusa app (`medusa exec`):
// it seeds ledger lines straight into share_ledger_entry by SQL (one lapas with BENCH_LINES/10
// order lines, one with BENCH_LINES), and exports each lapas's report in json, csv, xlsx and
// pdf to a sink that discards the bytes, printing time, rows/s and peak RSS/heap growth.
import { runInMedusa } from "./lib/run-in-medusa.mjs"

await runInMedusa({
  database: process.env.BENCH_DATABASE || "karya_binaan_bench_report",
  script: "../bench/pnbp-export-run.ts",
  env: {
    BENCH_LINES: process.env.BENCH_LINES || "100000",
    BENCH_FORMATS: process.env.BENCH_FORMATS || "",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim(),
  },
})
