// End-to-end run: a fresh database with the demo data, the backend and a production build of
// the storefront on their own ports, then the journeys in tests/ (node:test + playwright-core).
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensurePostgres, TEST_POSTGRES } from "../scripts/lib/postgres.mjs"
import { run, runOrThrow, startService, waitForHttp } from "../scripts/lib/process.mjs"
import {
  BACKEND_DIR,
  STOREFRONT_DIR,
  buildSharedPackages,
  migrate,
  publishableKey,
  seed,
} from "../scripts/lib/marketplace.mjs"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const DATABASE = "karyabinaan_e2e"
const BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT || 9100)
const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)
const backendUrl = `http://localhost:${BACKEND_PORT}`
const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
const log = (message) => console.log(`[e2e] ${message}`)
const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

const postgres = await ensurePostgres({ ...TEST_POSTGRES, log })
const services = []
let code = 1
try {
  let since = Date.now()
  await buildSharedPackages()
  await postgres.recreateDatabase(DATABASE)
  const databaseUrl = postgres.urlFor(DATABASE)
  await migrate(databaseUrl)
  await seed(databaseUrl, { MEDUSA_BACKEND_URL: backendUrl })
  const key = await publishableKey(postgres, DATABASE)
  log(`database ready in ${elapsed(since)}`)

  since = Date.now()
  const backend = startService("pnpm", ["exec", "medusa", "start", "--port", String(BACKEND_PORT)], {
    cwd: BACKEND_DIR,
    label: "backend",
    quiet: true,
    env: {
      DATABASE_URL: databaseUrl,
      MEDUSA_BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      DISABLE_MEDUSA_ADMIN: "true",
      NODE_ENV: "production",
    },
  })
  services.push(backend)

  const storefrontEnv = {
    MEDUSA_BACKEND_URL: backendUrl,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: key,
    NEXT_DIST_DIR: ".next-e2e",
  }
  await runOrThrow("pnpm", ["exec", "next", "build"], {
    cwd: STOREFRONT_DIR,
    env: storefrontEnv,
    label: "storefront build",
  })
  log(`storefront built in ${elapsed(since)}`)
  const storefront = startService("pnpm", ["exec", "next", "start", "-p", String(STOREFRONT_PORT)], {
    cwd: STOREFRONT_DIR,
    label: "storefront",
    quiet: true,
    env: storefrontEnv,
  })
  services.push(storefront)
  await waitForHttp(`${backendUrl}/health`, { service: backend })
  await waitForHttp(storefrontUrl, { service: storefront })
  log(`backend and storefront up in ${elapsed(since)}`)

  code = await run(
    process.execPath,
    ["--test", "--test-concurrency=1", "--test-reporter=spec", "tests/"],
    {
      cwd: HERE,
      env: {
        E2E_STOREFRONT_URL: storefrontUrl,
        E2E_BACKEND_URL: backendUrl,
        E2E_PUBLISHABLE_KEY: key,
      },
    }
  )
  if (code !== 0) {
    for (const service of services) {
      console.error(`--- last output of ${service.label} ---\n${service.output().slice(-6000)}`)
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  code = 1
} finally {
  await Promise.all(services.map((s) => s.stop()))
  await postgres.stop()
}
process.exit(code)
