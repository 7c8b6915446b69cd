// Runs a command with a PostgreSQL for tests: `node scripts/with-postgres.mjs <command...>`.
// Exports DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD; `--hold` just keeps the server up.
import { ensurePostgres, ROOT, TEST_POSTGRES } from "./lib/postgres.mjs"
import { run } from "./lib/process.mjs"


const args = process.argv.slice(2)
const postgres = await ensurePostgres({ ...TEST_POSTGRES, durable: false, log: (m) => console.log(m) })
let code = 0
try {
  if (args[0] === "--hold" || args.length === 0) {
    console.log(`PostgreSQL for tests on ${postgres.server.host}:${postgres.server.port}; Ctrl-C stops it.`)
    await new Promise((resolve) => {
      process.once("SIGINT", resolve)
      process.once("SIGTERM", resolve)
    })
  } else {
    code = await run(args[0], args.slice(1), { cwd: process.cwd() || ROOT, env: postgres.testEnv })
  }
} finally {
  await postgres.stop()
}
process.exit(code)
