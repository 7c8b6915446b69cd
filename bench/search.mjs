// Search latency of the PostgreSQL engine over a large catalogue.
//
//   pnpm bench:search              (BENCH_PRODUCTS=10000, BENCH_QUERIES=1000 by default)
//
// Boots a throw-away PostgreSQL (scripts/lib/postgres.mjs: the test server, port
// TEST_POSTGRES_PORT, or DATABASE_URL / DB_* when set), migrates a fresh database and runs
// bench/search-run.ts inside the Medusa app (`medusa exec`): BENCH_PRODUCTS generated products
// are written to the index through the search module, then BENCH_QUERIES mixed queries (exact,
// misspelt, English, prefixes, filtered, browsing, nothing found) are timed one by one through
// the module's searchProducts, the call GET /store/search makes.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensurePostgres, TEST_POSTGRES } from "../scripts/lib/postgres.mjs"
import { run } from "../scripts/lib/process.mjs"

const DATABASE = process.env.BENCH_DATABASE || "karya_binaan_bench_search"
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
    MEILISEARCH_HOST: "",
    BENCH_PRODUCTS: process.env.BENCH_PRODUCTS || "10000",
    BENCH_QUERIES: process.env.BENCH_QUERIES || "1000",
  }
  console.log(`Migrating ${DATABASE} …`)
  code = await run("npx", ["medusa", "db:migrate"], { cwd: backend, env })
  if (code === 0) {
    code = await run("npx", ["medusa", "exec", "../bench/search-run.ts"], { cwd: backend, env })
  }
} finally {
  await postgres.stop()
}
process.exit(code)
