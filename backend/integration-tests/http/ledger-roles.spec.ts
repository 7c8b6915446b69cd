import { randomBytes } from "node:crypto"
import { Client } from "@medusajs/framework/pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
// The role setup `pnpm dev` and the production-like stack run (scripts/lib/db-roles.mjs).
import { APPEND_ONLY_TABLES_SQL, grantAppRole, setupDatabaseRoles } from "../../../scripts/lib/db-roles.mjs"
import { Migration20261125100000 } from "../../src/modules/profit-share/migrations/Migration20261125100000"
import { Migration20261215091107 } from "../../src/modules/profit-share/migrations/Migration20261215091107"
import { Migration20261215091113 } from "../../src/modules/production/migrations/Migration20261215091113"
import { Migration20261215091119 } from "../../src/modules/premi/migrations/Migration20261215091119"
import { copyDatabase, dropDatabases } from "../databases"

/**
 * Issue 18: the app connects as a role that cannot lift the ledger's append-only rule. On a copy of
 * the demo database, the role setup hands everything to an owner role and grants an app role its
 * rights; then, connected as the app role, every append-only table (read from the catalogue: the
 * tables carrying an `*_append_only` trigger) refuses UPDATE, DELETE and TRUNCATE, also after the
 * old escape hatches (session_replication_role, karya_binaan.allow_ledger_truncate), and its
 * triggers can be neither disabled, dropped nor replaced; SELECT and INSERT work, ordinary tables
 * stay writable, and tables a later migration creates are usable through default privileges.
 * No Medusa app is booted: this is about the database alone.
 */

// Throw-away role names, so this file never meets the roles of a stack running on the same server.
const tag = randomBytes(3).toString("hex")
const roles = {
  owner: { name: `kb_test_owner_${tag}`, password: randomBytes(12).toString("hex") },
  app: { name: `kb_test_app_${tag}`, password: randomBytes(12).toString("hex") },
}
/** Tables that must be among the catalogue's list (a floor against a catalogue query gone wrong). */
const KNOWN_APPEND_ONLY = [
  "closed_period",
  "pnbp_deposit",
  "premi_allocation",
  "premi_payout",
  "production_line_batch",
  "share_ledger_entry",
]

const server = {
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
}
const admin = { ...server, user: process.env.DB_USERNAME ?? "postgres", password: process.env.DB_PASSWORD || undefined }
const database = `ledger-roles-${tag}`
const q = (name: string) => `"${name.replace(/"/g, '""')}"`

let asAdmin: Client
let asOwner: Client
let asApp: Client
let tables: string[] = []
let triggers: { table: string; trigger: string; fn: string }[] = []

async function connect(config: Record<string, unknown>) {
  const client = new Client({ ...config, database })
  await client.connect()
  return client
}

/** The SQLSTATE a statement ends with, or "ok". */
async function outcome(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql)
    return "ok"
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  }
}

/** The SQL a migration's up() queues (Medusa's Migration only collects statements there). */
async function sqlOf(MigrationClass: new (...args: any[]) => any): Promise<string[]> {
  const migration = new MigrationClass(undefined, undefined)
  await migration.up()
  return migration.getQueries().map((query: unknown) => (typeof query === "string" ? query : String(query)))
}

describe("ledger-roles", () => {
  beforeAll(async () => {
    await copyDatabase(inject("databaseTemplates").demo, database)
    await setupDatabaseRoles(admin, { database, roles })
    asAdmin = await connect(admin)
    asOwner = await connect({ ...server, user: roles.owner.name, password: roles.owner.password })
    asApp = await connect({ ...server, user: roles.app.name, password: roles.app.password })
    tables = (await asAdmin.query(APPEND_ONLY_TABLES_SQL, ["public"])).rows.map((r) => r.table_name)
    triggers = (
      await asAdmin.query(
        `SELECT c.relname AS table, t.tgname AS trigger, p.proname AS fn
           FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
          WHERE NOT t.tgisinternal AND c.relname = ANY($1) ORDER BY 1, 2`,
        [tables]
      )
    ).rows
  })

  afterAll(async () => {
    await Promise.all([asApp, asOwner, asAdmin].map((c) => c?.end().catch(() => {})))
    await dropDatabases([database])
    const client = new Client({ ...admin, database: "postgres" })
    await client.connect()
    try {
      for (const role of [roles.app.name, roles.owner.name]) await client.query(`DROP ROLE IF EXISTS ${q(role)}`)
    } finally {
      await client.end()
    }
  })

  it("finds the append-only tables in the catalogue, each with its statement triggers", async () => {
    expect(tables).toEqual(expect.arrayContaining(KNOWN_APPEND_ONLY))
    // Every table with a trigger that fires on TRUNCATE (bit 32 of tgtype) is on the list, and back.
    const truncateGuarded = (
      await asAdmin.query(
        `SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace AND (t.tgtype & 32) <> 0 ORDER BY 1`
      )
    ).rows.map((r) => r.relname)
    expect(truncateGuarded).toEqual(tables)
    for (const table of tables) expect(triggers.filter((t) => t.table === table).length).toBeGreaterThanOrEqual(2)
  })

  it("runs the app as a role that is no superuser, cannot bypass RLS and is no member of the owner", async () => {
    const { rows } = await asApp.query(
      `SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
              pg_has_role(current_user, $1, 'MEMBER') AS member_of_owner,
              (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = $1) AS owner_privileged
         FROM pg_roles r WHERE r.rolname = current_user`,
      [roles.owner.name]
    )
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      member_of_owner: false,
      owner_privileged: false,
    })
    // The owner owns every table of the schema (the setup handed over what the superuser had migrated).
    const notOwned = await asAdmin.query(
      `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'S', 'v', 'm')
          AND relowner <> $1::regrole`,
      [roles.owner.name]
    )
    expect(notOwned.rows).toEqual([])
  })

  it("refuses session_replication_role = replica to the app role, for the session and for a transaction", async () => {
    expect(await outcome(asApp, `SET session_replication_role = replica`)).toBe("42501")
    await asApp.query("BEGIN")
    expect(await outcome(asApp, `SET LOCAL session_replication_role = replica`)).toBe("42501")
    await asApp.query("ROLLBACK")
    expect((await asApp.query(`SHOW session_replication_role`)).rows[0].session_replication_role).toBe("origin")
  })

  it("refuses UPDATE, DELETE and TRUNCATE on every append-only table, also after the old escape hatches", async () => {
    const results: { table: string; statement: string; sqlstate: string }[] = []
    for (const table of tables) {
      const t = q(table)
      const statements = [
        `UPDATE ${t} SET id = id`,
        `DELETE FROM ${t}`,
        `TRUNCATE ${t}`,
        `SET karya_binaan.allow_ledger_truncate = 'on'; TRUNCATE ${t}`,
        `SET karya_binaan.allow_line_batch_delete = 'on'; DELETE FROM ${t}`,
        `SET session_replication_role = replica; UPDATE ${t} SET id = id`,
      ]
      for (const statement of statements) {
        results.push({ table, statement, sqlstate: await outcome(asApp, statement) })
        await asApp.query(`RESET ALL`)
      }
    }
    expect(results.length).toBe(tables.length * 6)
    expect(results).toEqual(results.map((r) => ({ ...r, sqlstate: "42501" })))
  })

  it("lets the app role neither disable, drop nor replace an append-only table's triggers", async () => {
    const results: { statement: string; sqlstate: string }[] = []
    for (const { table, trigger, fn } of triggers) {
      for (const statement of [
        `ALTER TABLE ${q(table)} DISABLE TRIGGER ${q(trigger)}`,
        `ALTER TABLE ${q(table)} DISABLE TRIGGER ALL`,
        `DROP TRIGGER ${q(trigger)} ON ${q(table)}`,
        `CREATE OR REPLACE FUNCTION ${q(fn)}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
        `DROP FUNCTION ${q(fn)}() CASCADE`,
        `ALTER TABLE ${q(table)} OWNER TO ${q(roles.app.name)}`,
      ]) {
        results.push({ statement, sqlstate: await outcome(asApp, statement) })
      }
    }
    expect(results.length).toBeGreaterThanOrEqual(tables.length * 2 * 6)
    expect(results).toEqual(results.map((r) => ({ ...r, sqlstate: "42501" })))
    const enabled = await asAdmin.query(
      `SELECT count(*)::int AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE NOT t.tgisinternal AND c.relname = ANY($1) AND t.tgenabled = 'O'`,
      [tables]
    )
    expect(enabled.rows[0].n).toBe(triggers.length)
  })

  it("lets the app role SELECT and INSERT on every append-only table", async () => {
    for (const table of tables) {
      const privileges = await asApp.query(
        `SELECT has_table_privilege($1, 'SELECT') AS s, has_table_privilege($1, 'INSERT') AS i`,
        [q(table)]
      )
      expect({ table, ...privileges.rows[0] }).toEqual({ table, s: true, i: true })
      expect(await outcome(asApp, `SELECT count(*) FROM ${q(table)}`)).toBe("ok")
      // Past the privilege check, a row of defaults is stopped by the table's own NOT NULL rules.
      expect({ table, sqlstate: await outcome(asApp, `INSERT INTO ${q(table)} DEFAULT VALUES`) }).toEqual({
        table,
        sqlstate: "23502",
      })
    }
    // A real row: what an order line took from a batch, as the checkout writes it.
    const inserted = await asApp.query(
      `INSERT INTO production_line_batch (id, order_id, line_item_id, variant_id, batch_id, quantity)
       SELECT 'plbatch_roles_test', 'order_roles_test', 'line_roles_test', b.variant_id, b.id, 1
         FROM production_batch b WHERE b.deleted_at IS NULL ORDER BY b.id LIMIT 1
       RETURNING id`
    )
    expect(inserted.rowCount).toBe(1)
  })

  it("lets the compensation of an order not placed remove its line batches only through the owner's function", async () => {
    await asApp.query(
      `INSERT INTO production_line_batch (id, order_id, line_item_id, variant_id, batch_id, quantity)
       SELECT 'plbatch_roles_comp', 'order_roles_comp', 'line_roles_comp', b.variant_id, b.id, 1
         FROM production_batch b WHERE b.deleted_at IS NULL ORDER BY b.id LIMIT 1`
    )
    expect(
      await outcome(
        asApp,
        `SET karya_binaan.allow_line_batch_delete = 'on'; DELETE FROM production_line_batch WHERE line_item_id = 'line_roles_comp'`
      )
    ).toBe("42501")
    await asApp.query(`RESET ALL`)
    const removed = await asApp.query(
      `SELECT production_line_batch_remove_of_lines(ARRAY['line_roles_comp']::text[]) AS n`
    )
    expect(removed.rows[0].n).toBe(1)
    // The flag was the function's alone: the app's session does not keep it.
    expect((await asApp.query(`SELECT current_setting('karya_binaan.allow_line_batch_delete', true) AS v`)).rows[0].v).not.toBe("on")
    expect(await outcome(asApp, `DELETE FROM production_line_batch WHERE line_item_id = 'line_roles_test'`)).toBe("42501")
  })

  it("refuses TRUNCATE even to the owner with the old truncate setting: the escape hatch is gone", async () => {
    for (const table of tables) {
      await asOwner.query("BEGIN")
      await asOwner.query(`SET LOCAL karya_binaan.allow_ledger_truncate = 'on'`)
      await expect(asOwner.query(`TRUNCATE ${q(table)}`), table).rejects.toThrow(/append-only/)
      await asOwner.query("ROLLBACK")
    }
  })

  it("lets the app role write ordinary tables, and nothing more", async () => {
    const updated = await asApp.query(
      `UPDATE product SET updated_at = updated_at WHERE id = (SELECT id FROM product ORDER BY id LIMIT 1)`
    )
    expect(updated.rowCount).toBe(1)
    expect(await outcome(asApp, `TRUNCATE product`)).toBe("42501")
    expect(await outcome(asApp, `CREATE TABLE app_made (id text)`)).toBe("42501")
    expect(await outcome(asApp, `ALTER TABLE product ADD COLUMN x text`)).toBe("42501")
  })

  it("gives the app role a later migration's tables and sequences through default privileges", async () => {
    await asOwner.query(`CREATE TABLE later_feature (id serial PRIMARY KEY, note text NOT NULL)`)
    const inserted = await asApp.query(`INSERT INTO later_feature (note) VALUES ('first') RETURNING id`)
    expect(inserted.rows[0].id).toBe(1)
    expect((await asApp.query(`UPDATE later_feature SET note = 'changed'`)).rowCount).toBe(1)
    expect((await asApp.query(`SELECT note FROM later_feature`)).rows).toEqual([{ note: "changed" }])
    expect((await asApp.query(`DELETE FROM later_feature`)).rowCount).toBe(1)
  })

  it("revokes changes on a later append-only table when the setup runs after its migration", async () => {
    await asOwner.query(`CREATE TABLE later_ledger (id text PRIMARY KEY)`)
    await asOwner.query(
      `CREATE FUNCTION later_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'later_ledger is append-only' USING errcode = 'insufficient_privilege'; END $$`
    )
    await asOwner.query(
      `CREATE TRIGGER later_ledger_no_truncate BEFORE TRUNCATE ON later_ledger FOR EACH STATEMENT EXECUTE FUNCTION later_ledger_append_only()`
    )
    const can = async () =>
      (
        await asApp.query(
          `SELECT has_table_privilege('later_ledger', 'UPDATE') AS u, has_table_privilege('later_ledger', 'DELETE') AS d,
                  has_table_privilege('later_ledger', 'INSERT') AS i`
        )
      ).rows[0]
    expect(await can()).toEqual({ u: true, d: true, i: true })
    const found = await grantAppRole(asOwner, { owner: roles.owner.name, app: roles.app.name })
    expect(found).toContain("later_ledger")
    expect(await can()).toEqual({ u: false, d: false, i: true })
  })

  it("keeps the revokes in the migrations themselves, whatever the app role is called", async () => {
    // As if the tables had been granted to the app role (and PUBLIC) before the migrations ran.
    for (const table of KNOWN_APPEND_ONLY) {
      await asOwner.query(`GRANT UPDATE, DELETE, TRUNCATE ON ${q(table)} TO ${q(roles.app.name)}, PUBLIC`)
    }
    for (const migration of [Migration20261215091107, Migration20261215091113, Migration20261215091119]) {
      for (const sql of await sqlOf(migration)) await asOwner.query(sql)
    }
    const left = await asAdmin.query(
      `SELECT c.relname, a.grantee::regrole::text AS grantee, a.privilege_type FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.relname = ANY($1) AND a.grantee <> c.relowner AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')`,
      [KNOWN_APPEND_ONLY]
    )
    expect(left.rows).toEqual([])
    // The migration that once disabled the ledger's trigger to backfill a column needs the owner:
    // the app role could not have run it.
    const backfill = (await sqlOf(Migration20261125100000)).find((sql) => /disable trigger/i.test(sql))!
    expect(await outcome(asApp, backfill)).toBe("42501")
  })
})
