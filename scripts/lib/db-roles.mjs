// The marketplace's two database roles (README "Database roles"):
// - the OWNER owns the schema and every table; migrations (`medusa db:migrate`) connect as it;
//   NOSUPERUSER, NOCREATEROLE, NOCREATEDB;
// - the APP role is what the server, the worker, the seed and `medusa exec` scripts connect as:
//   NOSUPERUSER, NOBYPASSRLS, not a member of the owner. It reads and writes ordinary tables, but on
//   append-only tables (the ledger, PNBP deposits, closed periods, premi, production_line_batch) it may
//   only SELECT and INSERT. Not owning them, it cannot disable or drop their triggers, and not being a
//   superuser it cannot set session_replication_role = replica to skip them.
// Every function here is idempotent: `pnpm dev` and the production-like stack run them on every start.
import { randomBytes } from "node:crypto"
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"

/** Role names `pnpm dev` and the test stacks create on the embedded server. */
export const DEV_ROLE_NAMES = { owner: "karya_binaan_owner", app: "karya_binaan_app" }

const ident = (name) => `"${String(name).replace(/"/g, '""')}"`
const literal = (value) => `'${String(value).replace(/'/g, "''")}'`

/**
 * Append-only tables, read from the catalogue rather than kept by hand: the tables of `schema`
 * carrying a trigger whose function is named `<something>_append_only` (the convention of every
 * append-only migration). Shared with the ledger-roles spec.
 */
export const APPEND_ONLY_TABLES_SQL = `
  SELECT DISTINCT c.relname AS table_name
    FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_proc p ON p.oid = t.tgfoid
   WHERE NOT t.tgisinternal AND n.nspname = $1 AND p.proname LIKE '%\\_append\\_only'
   ORDER BY 1`

export async function appendOnlyTables(client, schema = "public") {
  return (await client.query(APPEND_ONLY_TABLES_SQL, [schema])).rows.map((r) => r.table_name)
}

/**
 * The roles of this checkout: the dev names with random passwords generated once and kept in
 * `file` (under .data/, ignored by git, readable only by its owner).
 */
export function checkoutRoles(file) {
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8"))
    if (saved?.owner?.name && saved?.owner?.password && saved?.app?.name && saved?.app?.password) return saved
  }
  const roles = {
    owner: { name: DEV_ROLE_NAMES.owner, password: randomBytes(18).toString("base64url") },
    app: { name: DEV_ROLE_NAMES.app, password: randomBytes(18).toString("base64url") },
  }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(roles, null, 2)}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return roles
}

/** The role name and password a postgres:// URL carries. */
export function roleOfUrl(url) {
  const parsed = new URL(url)
  return { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) }
}

/** `url` with another role and password. */
export function urlAs(url, role) {
  const parsed = new URL(url)
  parsed.username = encodeURIComponent(role.name)
  parsed.password = encodeURIComponent(role.password)
  return parsed.toString()
}

/** `connection` (a pg config, with or without connectionString) pointed at `database`. */
function connectionTo(connection, database) {
  if (!connection.connectionString) return { ...connection, database }
  const url = new URL(connection.connectionString)
  url.pathname = `/${encodeURIComponent(database)}`
  return { ...connection, connectionString: url.toString() }
}

async function withClient(connection, fn) {
  const client = new pg.Client(connection)
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function ensureRole(client, { name, password }, attributes) {
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name])
  // CREATE/ALTER ROLE take no bind parameters; the password is quoted as a literal.
  const verb = rowCount ? "ALTER" : "CREATE"
  await client.query(`${verb} ROLE ${ident(name)} WITH ${attributes} PASSWORD ${literal(password)}`)
}

/**
 * As a superuser (the embedded server's `postgres`) or an administrator with CREATEROLE:
 * creates (or updates) the two roles, makes the owner own `database`, its schema and every object
 * in it that no extension owns (an existing database migrated as the superuser is handed over),
 * then applies the app role's grants (grantAppRole). `admin` is a pg connection config for any
 * database on the server; `roles` = { owner: { name, password }, app: { name, password } }.
 */
export async function setupDatabaseRoles(admin, { database, roles, schema = "public" }) {
  const { owner, app } = roles
  if (owner.name === app.name) throw new Error("The owner and the app role must be two different roles")
  await withClient(connectionTo(admin, "postgres"), async (client) => {
    await ensureRole(client, owner, "LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS INHERIT")
    await ensureRole(client, app, "LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS INHERIT")
    // The app role must not reach the owner's rights through membership (in either direction).
    await client.query(`REVOKE ${ident(owner.name)} FROM ${ident(app.name)}`)
    await client.query(`REVOKE ${ident(app.name)} FROM ${ident(owner.name)}`)
    const { rows } = await client.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    // An administrator who is not a superuser (managed PostgreSQL) may hand objects only to a
    // role it is a member of.
    if (!rows[0].rolsuper) await client.query(`GRANT ${ident(owner.name)} TO current_user`)
    await client.query(`ALTER DATABASE ${ident(database)} OWNER TO ${ident(owner.name)}`)
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${ident(app.name)}`)
  })
  await withClient(connectionTo(admin, database), async (client) => {
    await client.query("BEGIN")
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`)
      await client.query(`ALTER SCHEMA ${ident(schema)} OWNER TO ${ident(owner.name)}`)
      await handOver(client, schema, owner.name)
      await grantAppRole(client, { owner: owner.name, app: app.name, schema })
      await client.query("COMMIT")
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {})
      throw error
    }
  })
}

/** ALTER … OWNER TO `owner` for every object of `schema` not owned by it and not an extension's. */
async function handOver(client, schema, owner) {
  const notExtension = (catalog, column = "oid") =>
    `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = x.${column} AND d.deptype = 'e')`
  const relations = await client.query(
    `SELECT x.relname AS name, x.relkind AS kind FROM pg_class x
      WHERE x.relnamespace = $1::regnamespace AND x.relkind IN ('r', 'p', 'v', 'm', 'f')
        AND x.relowner <> $2::regrole AND ${notExtension("pg_class")}`,
    [schema, owner]
  )
  const kinds = { r: "TABLE", p: "TABLE", f: "FOREIGN TABLE", v: "VIEW", m: "MATERIALIZED VIEW" }
  for (const r of relations.rows) {
    // A table's indexes and the sequences it owns follow it.
    await client.query(`ALTER ${kinds[r.kind]} ${ident(schema)}.${ident(r.name)} OWNER TO ${ident(owner)}`)
  }
  const sequences = await client.query(
    `SELECT x.relname AS name FROM pg_class x
      WHERE x.relnamespace = $1::regnamespace AND x.relkind = 'S' AND x.relowner <> $2::regrole
        AND ${notExtension("pg_class")}
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = x.oid AND d.deptype IN ('a', 'i'))`,
    [schema, owner]
  )
  for (const s of sequences.rows) {
    await client.query(`ALTER SEQUENCE ${ident(schema)}.${ident(s.name)} OWNER TO ${ident(owner)}`)
  }
  const routines = await client.query(
    `SELECT x.oid::regprocedure::text AS signature, x.prokind AS kind FROM pg_proc x
      WHERE x.pronamespace = $1::regnamespace AND x.proowner <> $2::regrole AND ${notExtension("pg_proc")}`,
    [schema, owner]
  )
  for (const f of routines.rows) {
    const kind = f.kind === "p" ? "PROCEDURE" : f.kind === "a" ? "AGGREGATE" : "FUNCTION"
    await client.query(`ALTER ${kind} ${f.signature} OWNER TO ${ident(owner)}`)
  }
  // Enums, domains, composite and range types of their own (a table's row type follows the table).
  const types = await client.query(
    `SELECT format('%I.%I', $1::text, x.typname) AS name, x.typtype AS kind FROM pg_type x
      WHERE x.typnamespace = $1::regnamespace AND x.typowner <> $2::regrole AND x.typtype IN ('e', 'd', 'r', 'c')
        AND (x.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = x.typrelid) = 'c')
        AND ${notExtension("pg_type")}`,
    [schema, owner]
  )
  for (const t of types.rows) {
    await client.query(`ALTER ${t.kind === "d" ? "DOMAIN" : "TYPE"} ${t.name} OWNER TO ${ident(owner)}`)
  }
}

/**
 * The app role's rights, run by the owner (or an administrator) after every migration:
 * SELECT/INSERT/UPDATE/DELETE on the tables and USAGE/SELECT/UPDATE on the sequences there are,
 * the same by default on those the owner creates later (ALTER DEFAULT PRIVILEGES), and on
 * append-only tables only SELECT and INSERT. No TRUNCATE anywhere, no DDL (the schema is the owner's).
 * The append-only migrations revoke the same from every role but the owner when they run, so a
 * database migrated without this function keeps the rule; this function repeats it for tables
 * created by migrations written later. Returns the append-only tables it found.
 */
export async function grantAppRole(client, { owner, app, schema = "public" }) {
  const s = ident(schema)
  const a = ident(app)
  await client.query(`REVOKE CREATE ON SCHEMA ${s} FROM PUBLIC`)
  await client.query(`REVOKE CREATE ON SCHEMA ${s} FROM ${a}`)
  await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${a}`)
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${a}`)
  await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${s} TO ${a}`)
  await client.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${s} FROM ${a}`)
  await client.query(
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${a}`
  )
  await client.query(
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA ${s} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${a}`
  )
  const tables = await appendOnlyTables(client, schema)
  for (const table of tables) {
    const t = `${s}.${ident(table)}`
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${t} FROM PUBLIC, ${a}`)
    await client.query(`GRANT SELECT, INSERT ON ${t} TO ${a}`)
  }
  return tables
}

/** grantAppRole over a fresh connection (`connection`: the owner's or an administrator's). */
export async function grantAppRoleAt(connection, options) {
  return withClient(connection, (client) => grantAppRole(client, options))
}
