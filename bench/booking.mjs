// How long booking a sale's shares adds to a payment capture.
//
//   pnpm bench                       (BENCH_ORDERS=200 by default)
//
// Boots a throw-away PostgreSQL (scripts/lib/postgres.mjs: the test server, port
// TEST_POSTGRES_PORT, or DATABASE_URL / DB_* when set), migrates a fresh database, seeds the
// demo marketplace and runs bench/booking-run.ts inside the Medusa app (`medusa exec`):
// BENCH_ORDERS orders with lines from two lapas are placed, then for each one the payment is
// captured (capturePaymentWorkflow) and its shares are booked (bookPaymentShares from the
// payment's id, what the payment.captured subscriber runs: the order, its snapshots and the
// sale's facts read at once, then one transaction writing the ledger entries and the premi
// allocations, nothing deferred),
// each timed on its own, with each part's time. BENCH_COMPARE_WORKFLOW=true books every other order through bookPaymentSharesWorkflow
// (the same steps in Medusa's workflow engine, what the repair job runs) and prints both.
import { runInMedusa } from "./lib/run-in-medusa.mjs"

await runInMedusa({
  database: process.env.BENCH_DATABASE || "karya_binaan_bench",
  script: "../bench/booking-run.ts",
  env: {
    // The bench times booking itself; the subscriber would book the same orders concurrently.
    PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS: "false",
    BENCH_ORDERS: process.env.BENCH_ORDERS || "200",
  },
})
