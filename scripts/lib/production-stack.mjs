// A fresh database with the demo data, the backend (`medusa start`, admin off) and a production
// build of the storefront on their own ports. Used by the end-to-end journeys and the Lighthouse bench.
import { ensurePostgres, TEST_POSTGRES } from "./postgres.mjs"
import { runOrThrow, startService, waitForHttp } from "./process.mjs"
import { BACKEND_DIR, STOREFRONT_DIR, buildSharedPackages, migrate, publishableKey, seed } from "./marketplace.mjs"

const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/**
 * Starts everything and returns `{ backendUrl, storefrontUrl, publishableKey, services, stop }`.
 * `stop()` ends the services and the embedded PostgreSQL (when this call started it).
 */
export async function startProductionStack({ database, backendPort, storefrontPort, distDir, log }) {
  const postgres = await ensurePostgres({ ...TEST_POSTGRES, log })
  const services = []
  const stop = async () => {
    await Promise.all(services.map((s) => s.stop()))
    await postgres.stop()
  }
  try {
    const backendUrl = `http://localhost:${backendPort}`
    const storefrontUrl = `http://localhost:${storefrontPort}`
    let since = Date.now()
    await buildSharedPackages()
    await postgres.recreateDatabase(database)
    const databaseUrl = postgres.urlFor(database)
    await migrate(databaseUrl)
    await seed(databaseUrl, { MEDUSA_BACKEND_URL: backendUrl })
    const key = await publishableKey(postgres, database)
    log(`database ready in ${elapsed(since)}`)

    since = Date.now()
    const backend = startService("pnpm", ["exec", "medusa", "start", "--port", String(backendPort)], {
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
      STOREFRONT_URL: storefrontUrl,
      NEXT_DIST_DIR: distDir,
    }
    await runOrThrow("pnpm", ["exec", "next", "build"], {
      cwd: STOREFRONT_DIR,
      env: storefrontEnv,
      label: "storefront build",
    })
    log(`storefront built in ${elapsed(since)}`)
    const storefront = startService("pnpm", ["exec", "next", "start", "-p", String(storefrontPort)], {
      cwd: STOREFRONT_DIR,
      label: "storefront",
      quiet: true,
      env: storefrontEnv,
    })
    services.push(storefront)
    await waitForHttp(`${backendUrl}/health`, { service: backend })
    await waitForHttp(storefrontUrl, { service: storefront })
    log(`backend and storefront up in ${elapsed(since)}`)
    return { backendUrl, storefrontUrl, publishableKey: key, databaseUrl, services, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** The last output of each service, for a failure report. */
export function serviceOutputs(services) {
  return services.map((s) => `--- last output of ${s.label} ---\n${s.output().slice(-6000)}`).join("\n")
}
