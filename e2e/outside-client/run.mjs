// The outside-client stage of `pnpm test`: the backend (`medusa start`) on a demo database, then
// checkout.test.mjs, a standard Medusa store client (js-sdk) placing orders. With E2E_PREPARED=1
// the database is a copy of the one e2e/prepare.mjs built (PostgreSQL copies it from that template
// in a second or two); otherwise it migrates and seeds its own.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensurePostgres, TEST_POSTGRES } from "../../scripts/lib/postgres.mjs"
import { BACKEND_DIR, buildSharedPackages, migrate, publishableKey, seed } from "../../scripts/lib/marketplace.mjs"
import { run, startService, waitForHttp } from "../../scripts/lib/process.mjs"
import { freshSecrets } from "../../scripts/lib/secrets.mjs"
import { E2E_STACK } from "../stack.mjs"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const DATABASE = "karyabinaan_outside"
// The e2e stage runs after this one, so its port is free here.
const PORT = Number(process.env.OUTSIDE_CLIENT_PORT || E2E_STACK.backendPort)
const log = (message) => console.log(`[outside-client] ${message}`)
const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

async function prepareDatabase(postgres, backendUrl) {
  const quoted = (name) => `"${name.replace(/"/g, '""')}"`
  await postgres.query("postgres", `DROP DATABASE IF EXISTS ${quoted(DATABASE)} WITH (FORCE)`)
  if (process.env.E2E_PREPARED === "1") {
    await postgres.query("postgres", `CREATE DATABASE ${quoted(DATABASE)} TEMPLATE ${quoted(E2E_STACK.database)}`)
    log(`database copied from ${E2E_STACK.database}`)
    return
  }
  await buildSharedPackages()
  await postgres.query("postgres", `CREATE DATABASE ${quoted(DATABASE)}`)
  const { ownerUrl, appUrl, app } = await postgres.databaseRoles(DATABASE, { log })
  await migrate(ownerUrl, { app })
  await seed(appUrl, { MEDUSA_BACKEND_URL: backendUrl })
}

const postgres = await ensurePostgres({ ...TEST_POSTGRES, log })
let backend
let code = 1
try {
  const since = Date.now()
  const backendUrl = `http://localhost:${PORT}`
  await prepareDatabase(postgres, backendUrl)
  const key = await publishableKey(postgres, DATABASE)
  backend = startService("pnpm", ["exec", "medusa", "start", "--port", String(PORT)], {
    cwd: BACKEND_DIR,
    label: "backend",
    quiet: true,
    env: {
      // The app role (README "Database roles"); databaseRoles also hands a copied database to the owner.
      DATABASE_URL: (await postgres.databaseRoles(DATABASE, { log })).appUrl,
      MEDUSA_BACKEND_URL: backendUrl,
      DISABLE_MEDUSA_ADMIN: "true",
      NODE_ENV: "production",
      ...freshSecrets(),
    },
  })
  await waitForHttp(`${backendUrl}/health`, { service: backend })
  log(`backend up in ${elapsed(since)}`)
  code = await run(process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", "checkout.test.mjs"], {
    cwd: HERE,
    env: { OUTSIDE_BACKEND_URL: backendUrl, OUTSIDE_PUBLISHABLE_KEY: key },
  })
  if (code !== 0) console.error(`--- last output of the backend ---\n${backend.output().slice(-6000)}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  if (backend) console.error(`--- last output of the backend ---\n${backend.output().slice(-6000)}`)
  code = 1
} finally {
  await backend?.stop()
  await postgres.query("postgres", `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`).catch(() => {})
  await postgres.stop()
}
process.exit(code)
