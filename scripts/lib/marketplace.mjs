// Steps shared by `pnpm dev` and the end-to-end tests: prepare a database, find the storefront key.
import path from "node:path"
import { grantAppRoleAt, roleOfUrl } from "./db-roles.mjs"
import { ROOT } from "./postgres.mjs"
import { runOrThrow } from "./process.mjs"

export const BACKEND_DIR = path.join(ROOT, "backend")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
export const PANEL_DIR = path.join(ROOT, "panel")
export const PUBLISHABLE_KEY_TITLE = "Karya Binaan Storefront"

export async function buildSharedPackages() {
  await runOrThrow("pnpm", ["--filter", "./packages/*", "build"], { cwd: ROOT, label: "shared packages build" })
}

/**
 * Migrations, links and migration scripts. `--execute-safe-links` creates new link tables but never
 * drops a retired one without asking (it would prompt and hang here): the retired user ↔ lapas
 * link's table is kept, its rows moved to lapas members by src/migration-scripts.
 */
/**
 * `databaseUrl` is the owner role's (postgres.databaseRoles); with `app` (the app role's name) the
 * app role's grants are applied after the migrations (grantAppRole: tables and sequences, default
 * privileges, SELECT and INSERT only on append-only tables).
 */
export async function migrate(databaseUrl, { app } = {}) {
  await runOrThrow("pnpm", ["exec", "medusa", "db:migrate", "--execute-safe-links"], {
    cwd: BACKEND_DIR,
    env: { DATABASE_URL: databaseUrl },
    label: "medusa db:migrate",
  })
  const owner = roleOfUrl(databaseUrl).name
  if (app && app !== owner) await grantAppRoleAt({ connectionString: databaseUrl }, { owner, app })
}

/** `databaseUrl`: the app role's. */
export async function seed(databaseUrl, env = {}) {
  await runOrThrow("pnpm", ["exec", "medusa", "exec", "./src/scripts/seed.ts"], {
    cwd: BACKEND_DIR,
    env: { DATABASE_URL: databaseUrl, ...env },
    label: "demo seed",
  })
}

/** True once the seed has completed: the publishable key is its last-but-one step's product. */
export async function isSeeded(postgres, database) {
  const rows = await postgres.query(
    database,
    `SELECT (SELECT count(*) FROM product WHERE deleted_at IS NULL)::int AS products,
            (SELECT count(*) FROM "user" WHERE deleted_at IS NULL)::int AS users`
  )
  return rows[0].products > 0 && rows[0].users > 0
}

export async function publishableKey(postgres, database) {
  const rows = await postgres.query(
    database,
    `SELECT token FROM api_key
      WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL
      ORDER BY created_at LIMIT 1`,
    [PUBLISHABLE_KEY_TITLE]
  )
  if (!rows.length) {
    throw new Error(`No publishable key titled "${PUBLISHABLE_KEY_TITLE}": has the demo seed run?`)
  }
  return rows[0].token
}
