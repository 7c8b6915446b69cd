import { Client } from "@medusajs/framework/pg"

/** The PostgreSQL server of the test run, as @medusajs/test-utils reads it (DB_* variables). */
async function connect() {
  const client = new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  return client
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** A new database `name` as a copy of `template` (PostgreSQL copies the files: well under a second). */
export async function copyDatabase(template: string, name: string) {
  const client = await connect()
  try {
    await client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`)
  } finally {
    await client.end()
  }
}

export async function dropDatabases(names: string[]) {
  const client = await connect()
  try {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

let restoreClient: Promise<{ client: InstanceType<typeof Client>; strategy: string }> | null = null

/** One connection for the restores of this process; dropped on error, made again on the next. */
async function restoreConnection() {
  const client = await connect()
  client.on("error", () => {
    restoreClient = null
  })
  const { rows } = await client.query(`SELECT current_setting('server_version_num')::int AS version`)
  // STRATEGY came with PostgreSQL 15; an older server (DB_* may name one) copies its own way.
  return { client, strategy: rows[0].version >= 150000 ? " STRATEGY FILE_COPY" : "" }
}

/**
 * What Medusa's runner does before every test (test-utils' restorePostgresDatabaseFromTemplate:
 * `name` dropped and made again as a copy of `template`), copying the files (STRATEGY FILE_COPY)
 * instead of PostgreSQL's default WAL_LOG, which also writes every page to the WAL: about half the
 * CPU per copy on the test server, and it runs about 700 times a run. setup.ts puts it in place.
 */
export async function restoreDatabase({ databaseName, templateName }: { databaseName: string; templateName: string }) {
  if (databaseName === templateName) throw new Error("Template database name must differ from target database")
  restoreClient ??= restoreConnection().catch((error) => {
    restoreClient = null
    throw error
  })
  const { client, strategy } = await restoreClient
  try {
    // No new connection may reach the old copy while it is dropped (the app's pool reconnects).
    await client.query(`ALTER DATABASE ${quote(databaseName)} WITH ALLOW_CONNECTIONS false`).catch(() => undefined)
    await client.query(`DROP DATABASE IF EXISTS ${quote(databaseName)} WITH (FORCE)`)
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [templateName])
    await client.query(`CREATE DATABASE ${quote(databaseName)} TEMPLATE ${quote(templateName)}${strategy}`)
  } catch (error) {
    // A broken connection is made again on the next restore.
    await client.end().catch(() => undefined)
    restoreClient = null
    throw error
  }
}
