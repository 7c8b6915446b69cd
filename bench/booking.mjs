// How long booking a sale's shares adds to a payment capture.
//
//   pnpm bench                       (BENCH_ORDERS=200 by default)
//
// Boots a throw-away PostgreSQL (scripts/lib/postgres.mjs: the test server, port
// TEST_POSTGRES_PORT, or DATABASE_URL / DB_* when set), migrates a fresh database, seeds the
// demo marketplace and runs bench/booking-run.ts inside the Medusa app (`medusa exec`):
// BENCH_ORDERS orders with lines from two lapas are placed, then for each one the payment is
// captured (capturePaymentWorkflow) and its shares are booked (bookOrderSharesWorkflow, the
// workflow the payment.captured subscriber runs), each timed on its own.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensurePostgres, TEST_POSTGRES } from "../scripts/lib/postgres.mjs"
import { run } from "../scripts/lib/process.mjs"

const DATABASE = process.env.BENCH_DATABASE || "karya_binaan_bench"
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
    // The bench times booking itself; the subscriber would book the same orders concurrently.
    PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS: "false",
    BENCH_ORDERS: process.env.BENCH_ORDERS || "200",
  }
  console.log(`Migrating ${DATABASE} …`)
  code = await run("npx", ["medusa", "db:migrate"], { cwd: backend, env })
  if (code === 0) {
    code = await run("npx", ["medusa", "exec", "../bench/booking-run.ts"], { cwd: backend, env })
  }
} finally {
  await postgres.stop()
}
process.exit(code)
