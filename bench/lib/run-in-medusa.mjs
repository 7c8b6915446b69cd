// What every benchmark does before it measures: boot a throw-away PostgreSQL
// (scripts/lib/postgres.mjs: the test server, port TEST_POSTGRES_PORT, or DATABASE_URL / DB_*
// when set), migrate a fresh database and run one script inside the Medusa app (`medusa exec`,
// from backend/). Exits with the script's exit code.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensurePostgres, TEST_POSTGRES } from "../../scripts/lib/postgres.mjs"
import { run } from "../../scripts/lib/process.mjs"

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../backend")

/**
 * @param {{ database: string, script: string, env?: Record<string, string> }} bench
 *   script: the path from backend/ (e.g. "../bench/search-run.ts"); env: added to the process's.
 */
export async function runInMedusa({ database, script, env: extra = {} }) {
  const postgres = await ensurePostgres({ ...TEST_POSTGRES, log: (m) => console.log(m) })
  let code = 1
  try {
    await postgres.recreateDatabase(database)
    const env = {
      ...process.env,
      DATABASE_URL: postgres.urlFor(database),
      NODE_ENV: "development",
      MEDUSA_DISABLE_TELEMETRY: "true",
      DISABLE_MEDUSA_ADMIN: "true",
      LOG_LEVEL: process.env.LOG_LEVEL || "error",
      ...extra,
    }
    console.log(`Migrating ${database} …`)
    code = await run("npx", ["medusa", "db:migrate"], { cwd: backend, env })
    if (code === 0) {
      code = await run("npx", ["medusa", "exec", script], { cwd: backend, env })
    }
  } finally {
    await postgres.stop()
  }
  process.exit(code)
}
