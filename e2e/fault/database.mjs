// The fault suite's database: a copy of the one e2e/prepare.mjs built (E2E_PREPARED=1), else of a
// migrated and seeded template of its own (built once per PostgreSQL server, reused while the
// server lives: `FAULT_FRESH_TEMPLATE=1` rebuilds it). The stack and the scripts run as the app role.
import { BACKEND_DIR, buildSharedPackages, isSeeded, migrate, publishableKey, seed } from "../../scripts/lib/marketplace.mjs"
import { E2E_STACK } from "../stack.mjs"

export const FAULT_DATABASE = "karyabinaan_fault"
const TEMPLATE = "karyabinaan_fault_template"
const quoted = (name) => `"${name.replace(/"/g, '""')}"`

async function exists(postgres, database) {
  const rows = await postgres.query("postgres", "SELECT 1 FROM pg_database WHERE datname = $1", [database])
  return rows.length > 0
}

/** Builds the template (migrate + seed) unless a seeded one is there already. */
async function ensureTemplate(postgres, { backendUrl, log }) {
  if (process.env.FAULT_FRESH_TEMPLATE !== "1" && (await exists(postgres, TEMPLATE)) && (await isSeeded(postgres, TEMPLATE).catch(() => false))) {
    log(`template ${TEMPLATE} reused`)
    return TEMPLATE
  }
  await buildSharedPackages()
  await postgres.recreateDatabase(TEMPLATE)
  const { ownerUrl, appUrl, app } = await postgres.databaseRoles(TEMPLATE, { log })
  await migrate(ownerUrl, { app })
  await seed(appUrl, { MEDUSA_BACKEND_URL: backendUrl })
  log(`template ${TEMPLATE} migrated and seeded`)
  return TEMPLATE
}

/**
 * Copies `source` into the fault database. Nobody may be connected to a template while it is
 * copied, so the test command copies the end-to-end database before the journeys start on it.
 */
export async function copyFaultDatabase(postgres, source, { log = () => {} } = {}) {
  await postgres.query("postgres", `DROP DATABASE IF EXISTS ${quoted(FAULT_DATABASE)} WITH (FORCE)`)
  await postgres.query(
    "postgres",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [source]
  )
  await postgres.query("postgres", `CREATE DATABASE ${quoted(FAULT_DATABASE)} TEMPLATE ${quoted(source)}`)
  log(`database copied from ${source}`)
}

/**
 * `{ database, appUrl, ownerUrl, publishableKey }` of a fresh copy: of the end-to-end database
 * (E2E_PREPARED=1), else of the suite's own template; FAULT_DATABASE_COPIED=1 when the test
 * command made the copy already (copyFaultDatabase).
 */
export async function prepareFaultDatabase(postgres, { backendUrl, log }) {
  if (process.env.FAULT_DATABASE_COPIED === "1" && (await exists(postgres, FAULT_DATABASE))) {
    log(`database ${FAULT_DATABASE} copied by the test command`)
  } else {
    const source = process.env.E2E_PREPARED === "1" ? E2E_STACK.database : await ensureTemplate(postgres, { backendUrl, log })
    await copyFaultDatabase(postgres, source, { log })
  }
  const { appUrl, ownerUrl } = await postgres.databaseRoles(FAULT_DATABASE, { log })
  return { database: FAULT_DATABASE, appUrl, ownerUrl, publishableKey: await publishableKey(postgres, FAULT_DATABASE) }
}

export async function dropFaultDatabase(postgres) {
  await postgres.query("postgres", `DROP DATABASE IF EXISTS ${quoted(FAULT_DATABASE)} WITH (FORCE)`).catch(() => {})
}

export { BACKEND_DIR }
