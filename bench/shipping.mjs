// What delivery per lapas costs a buyer's checkout: listing a cart's options (our rules' context
// hook), pricing them (the courier-rates provider), the storefront's per-lapas groups and adding
// one method per lapas.
//
//   pnpm bench:shipping              (BENCH_CARTS=200 by default)
//
// Boots a throw-away PostgreSQL like the other benchmarks (bench/lib/run-in-medusa.mjs), seeds the
// demo marketplace and runs bench/shipping-run.ts inside the Medusa app.
import { runInMedusa } from "./lib/run-in-medusa.mjs"

await runInMedusa({
  database: process.env.BENCH_DATABASE || "karya_binaan_bench_shipping",
  script: "../bench/shipping-run.ts",
  env: { BENCH_CARTS: process.env.BENCH_CARTS || "200" },
})
