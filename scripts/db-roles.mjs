// Creates (or updates) the two database roles on a real PostgreSQL server and hands the database to
// the owner (README "Database roles"):
//   DATABASE_ADMIN_URL=postgres://admin:…@host/karyabinaan \
//   DATABASE_OWNER_URL=postgres://karya_binaan_owner:…@host/karyabinaan \
//   DATABASE_URL=postgres://karya_binaan_app:…@host/karyabinaan  node scripts/db-roles.mjs
// The role names and passwords are taken from the two URLs; the admin is a superuser or, on a
// managed server, a role with CREATEROLE that owns the database. Run it again after migrating to
// reapply the grants (the migrations keep the append-only revokes themselves).
import { roleOfUrl, setupDatabaseRoles } from "./lib/db-roles.mjs"

const missing = ["DATABASE_ADMIN_URL", "DATABASE_OWNER_URL", "DATABASE_URL"].filter((name) => !process.env[name])
if (missing.length) {
  console.error(`Set ${missing.join(", ")}: see README, "Database roles".`)
  process.exit(2)
}
const owner = roleOfUrl(process.env.DATABASE_OWNER_URL)
const app = roleOfUrl(process.env.DATABASE_URL)
const database = decodeURIComponent(new URL(process.env.DATABASE_URL).pathname.slice(1))
for (const [name, role] of [["DATABASE_OWNER_URL", owner], ["DATABASE_URL", app]]) {
  if (!role.name || !role.password) {
    console.error(`${name} must carry a role name and a password (postgres://name:password@host/${database}).`)
    process.exit(2)
  }
}
await setupDatabaseRoles({ connectionString: process.env.DATABASE_ADMIN_URL }, { database, roles: { owner, app } })
console.log(`${owner.name} owns ${database}; ${app.name} may read and write, and only append to the ledger's tables.`)
