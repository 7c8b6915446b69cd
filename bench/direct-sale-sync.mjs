// How fast a till's offline queue syncs: 1,000 direct sales made without a signal, sent when the
// network returns, as the panel's till sends them (POST /lapas-api/direct-sales, one sale per
// request, each with its device id).
//
//   pnpm bench:direct-sales         (BENCH_SALES=1000 by default; BENCH_BACKEND_PORT=9300)
//
// Boots a throw-away PostgreSQL like the other benchmarks (scripts/lib/postgres.mjs: the test
// server, port TEST_POSTGRES_PORT, or DATABASE_URL / DB_* when set), migrates and seeds the demo
// marketplace, starts the backend (`medusa start`, as in production) and runs
// bench/direct-sale-sync-run.ts inside the Medusa app (`medusa exec`, for the database checks):
// it sends BENCH_SALES queued sales one after another (one device) and another BENCH_SALES with
// four requests at a time (four tills), prints total seconds, sales/s and p50/p95 per request,
// checks in the database that each batch booked exactly its orders and sales, and sends every
// sale again to check that nothing new is booked.
import { ensurePostgres, TEST_POSTGRES } from "../scripts/lib/postgres.mjs"
import { BACKEND_DIR, migrate, seed } from "../scripts/lib/marketplace.mjs"
import { run, startService, waitForHttp } from "../scripts/lib/process.mjs"
import { freshSecrets } from "../scripts/lib/secrets.mjs"

const database = process.env.BENCH_DATABASE || "karya_binaan_bench_direct_sales"
const port = Number(process.env.BENCH_BACKEND_PORT || 9300)
const backendUrl = `http://localhost:${port}`
const log = (m) => console.log(m)

const postgres = await ensurePostgres({ ...TEST_POSTGRES, log })
let backend = null
let code = 1
try {
  await postgres.recreateDatabase(database)
  const databaseUrl = postgres.urlFor(database)
  log(`Migrating and seeding ${database} …`)
  await migrate(databaseUrl)
  await seed(databaseUrl, { MEDUSA_BACKEND_URL: backendUrl })
  const env = {
    DATABASE_URL: databaseUrl,
    MEDUSA_BACKEND_URL: backendUrl,
    DISABLE_MEDUSA_ADMIN: "true",
    // The server runs with NODE_ENV=production, which needs both secrets; the exec below shares them.
    ...freshSecrets(),
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    // No buyer e-mails are sent by the bench's sales; keep any that would be out of the way.
    NOTIFICATION_DIR: process.env.NOTIFICATION_DIR || "/tmp/karya-binaan-bench-notifications",
  }
  backend = startService("pnpm", ["exec", "medusa", "start", "--port", String(port)], {
    cwd: BACKEND_DIR,
    label: "backend",
    quiet: true,
    env: { ...env, NODE_ENV: "production" },
  })
  const upIn = await waitForHttp(`${backendUrl}/health`, { service: backend })
  log(`backend up in ${(upIn / 1000).toFixed(1)} s at ${backendUrl}`)
  code = await run("npx", ["medusa", "exec", "../bench/direct-sale-sync-run.ts"], {
    cwd: BACKEND_DIR,
    env: {
      ...env,
      NODE_ENV: "development",
      BENCH_BACKEND_URL: backendUrl,
      BENCH_SALES: process.env.BENCH_SALES || "1000",
    },
  })
  if (code !== 0) log(`--- last output of the backend ---\n${backend.output().slice(-4000)}`)
} finally {
  if (backend) await backend.stop()
  await postgres.stop()
}
process.exit(code)
