// Search latency of the PostgreSQL engine over a large catalogue.
//
//   pnpm bench:search              (BENCH_PRODUCTS=10000, BENCH_QUERIES=1000 by default)
//
// Boots a throw-away PostgreSQL (scripts/lib/postgres.mjs: the test server, port
// TEST_POSTGRES_PORT, or DATABASE_URL / DB_* when set), migrates a fresh database and runs
// bench/search-run.ts inside the Medusa app (`medusa exec`): BENCH_PRODUCTS generated products
// are written to the index through the search module, then BENCH_QUERIES mixed queries (exact,
// misspelt, English, prefixes, filtered, browsing, nothing found) are timed one by one through
// the module's searchProducts, the call GET /store/search makes; three rounds (BENCH_ROUNDS), each
// printed, then the medians.
import { runInMedusa } from "./lib/run-in-medusa.mjs"

await runInMedusa({
  database: process.env.BENCH_DATABASE || "karya_binaan_bench_search",
  script: "../bench/search-run.ts",
  env: {
    MEILISEARCH_HOST: "",
    BENCH_PRODUCTS: process.env.BENCH_PRODUCTS || "10000",
    BENCH_QUERIES: process.env.BENCH_QUERIES || "1000",
    BENCH_ROUNDS: process.env.BENCH_ROUNDS || "3",
  },
})
