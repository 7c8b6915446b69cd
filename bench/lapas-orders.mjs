// The lapas order list (GET /lapas-api/orders) at 10,000 orders of one lapas.
//
//   pnpm bench:lapas-orders          (BENCH_ORDERS=10000, BENCH_BEFORE_ORDERS=1000, BENCH_ROUNDS=30)
//
// Boots a throw-away PostgreSQL (scripts/lib/postgres.mjs: the test server, port
// TEST_POSTGRES_PORT, or DATABASE_URL / DB_* when set), migrates a fresh database, seeds the
// demo marketplace and runs bench/lapas-orders-run.ts inside the Medusa app (`medusa exec`):
// template orders of one lapas in each state are placed through Medusa's workflows and copied in
// SQL to BENCH_ORDERS; the list is timed as the route runs it (first, middle, last page, each tab,
// a state, a search by number, national), p50/p95 per case with PASS/FAIL against 50 ms p95, and
// at BENCH_BEFORE_ORDERS orders against the in-memory list it replaced.
import { runInMedusa } from "./lib/run-in-medusa.mjs"

await runInMedusa({
  database: process.env.BENCH_DATABASE || "karya_binaan_bench_lapas_orders",
  script: "../bench/lapas-orders-run.ts",
  env: {
    // The shares of the template orders' captures are not what this measures.
    PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS: "false",
    BENCH_ORDERS: process.env.BENCH_ORDERS || "10000",
  },
})
