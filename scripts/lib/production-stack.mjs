// A fresh database with the demo data, the backend (`medusa start`) and production builds of the
// storefront and (with `panelPort`) the members' panel on their own ports. Used by the end-to-end journeys and the Lighthouse bench.
// The admin dashboard is off unless `admin: true` builds it (the staff journeys need it).
import { existsSync, readFileSync, renameSync, rmSync, mkdirSync, readdirSync, rmdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { randomBytes } from "node:crypto"
import { ensurePostgres, TEST_POSTGRES } from "./postgres.mjs"
import { runOrThrow, startService, waitForHttp } from "./process.mjs"
import { freshSecrets } from "./secrets.mjs"
import { BACKEND_DIR, PANEL_DIR, STOREFRONT_DIR, buildSharedPackages, migrate, publishableKey, seed } from "./marketplace.mjs"
import { WEBHOOK_PATH, simulatorBackendEnv, simulatorSecrets, startXenditSimulator } from "../xendit-simulator.mjs"

const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/**
 * `medusa start` in backend/ serves the dashboard from backend/public/admin (Medusa's
 * ADMIN_RELATIVE_OUTPUT_DIR under the project root); `medusa build --admin-only` writes it to
 * backend/.medusa/admin, so the build is moved there. The backend URL is baked into the bundle.
 */
const ADMIN_BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "admin")
const ADMIN_SERVED_DIR = path.join(BACKEND_DIR, "public", "admin")

async function buildAdmin(backendUrl) {
  await runOrThrow("pnpm", ["exec", "medusa", "build", "--admin-only"], {
    cwd: BACKEND_DIR,
    // The admin stays disabled for the build itself: --admin-only then builds without a warning.
    env: { MEDUSA_BACKEND_URL: backendUrl, DISABLE_MEDUSA_ADMIN: "true" },
    label: "admin build",
  })
  removeServedAdmin()
  mkdirSync(path.dirname(ADMIN_SERVED_DIR), { recursive: true })
  renameSync(ADMIN_BUILD_DIR, ADMIN_SERVED_DIR)
}

/** Removes the built dashboard from backend/public (and backend/public when nothing else is in it). */
function removeServedAdmin() {
  rmSync(ADMIN_SERVED_DIR, { recursive: true, force: true })
  const publicDir = path.dirname(ADMIN_SERVED_DIR)
  if (existsSync(publicDir) && readdirSync(publicDir).length === 0) rmdirSync(publicDir)
}

/**
 * The slow half of the stack, which needs no running server: the admin dashboard build (when
 * `admin`), a fresh demo database and, with `storefrontPort` and `distDir`, the production builds
 * of the storefront and (with `panelPort`) the panel; the shared packages must be built already
 * (rebuilding them here would rewrite files the backend tests running beside it are reading).
 * `pnpm test` runs it while the backend tests run; startProductionStack({ prepared: true }) then
 * only starts the services (it builds the frontends itself when their builds are missing or were
 * made for other URLs or another key).
 * Returns the storefront's publishable key.
 */
export async function prepareProductionStack({ database, backendPort, storefrontPort = null, panelPort = null, distDir = null, admin = false, xenditSimulatorPort = null, log }) {
  const postgres = await ensurePostgres({ ...TEST_POSTGRES, log })
  const backendUrl = `http://localhost:${backendPort}`
  try {
    const key = await prepare(postgres, { database, backendUrl, admin, seedEnv: seedXenditEnv(xenditSimulatorPort), log })
    if (storefrontPort && distDir) {
      const since = Date.now()
      const stack = frontendStack({ backendUrl, storefrontPort, panelPort, publishableKey: key, revalidateSecret: randomBytes(24).toString("hex") })
      rmSync(builtStackFile(distDir), { force: true })
      // Without Turbopack's build cache: each of these builds bakes in a new key (a fresh database),
      // and CI starts from a clean clone, so the cache would be written and never read.
      await buildFrontends({ ...stack, distDir }, { cache: false })
      writeFileSync(builtStackFile(distDir), JSON.stringify(stack))
      log(`storefront${panelPort ? " and panel" : ""} built in ${elapsed(since)}`)
    }
    return key
  } catch (error) {
    if (admin) removeServedAdmin()
    throw error
  } finally {
    await postgres.stop()
  }
}

/** What a frontend build bakes in: the URLs, the publishable key and the revalidation secret. */
function frontendStack({ backendUrl, storefrontPort, panelPort, publishableKey: key, revalidateSecret }) {
  return {
    backendUrl,
    storefrontUrl: `http://localhost:${storefrontPort}`,
    panelUrl: panelPort ? `http://localhost:${panelPort}` : null,
    publishableKey: key,
    revalidateSecret,
  }
}

/** Written beside the storefront's build once both builds succeeded (prepareProductionStack). */
const builtStackFile = (distDir) => path.join(STOREFRONT_DIR, distDir, "karya-binaan-stack.json")

/** The stack the builds in `distDir` were made for, when it is the one asked for (its secret included). */
function builtStack(distDir, wanted) {
  const file = builtStackFile(distDir)
  if (!existsSync(file)) return null
  try {
    const built = JSON.parse(readFileSync(file, "utf8"))
    const same = ["backendUrl", "storefrontUrl", "panelUrl", "publishableKey"].every((k) => built[k] === wanted[k])
    return same && typeof built.revalidateSecret === "string" ? built : null
  } catch {
    return null
  }
}

/**
 * With a Xendit simulator the seed runs with the provider registered (a throw-away key; the seed
 * calls no API), so the region offers Xendit as it will when the backend starts with the simulator.
 */
function seedXenditEnv(xenditSimulatorPort) {
  if (!xenditSimulatorPort) return {}
  return simulatorBackendEnv({ url: `http://127.0.0.1:${xenditSimulatorPort}`, ...simulatorSecrets() }, { flag: false })
}

async function prepare(postgres, { database, backendUrl, admin, seedEnv = {}, log }) {
  const since = Date.now()
  const adminBuilt = admin
    ? buildAdmin(backendUrl).then(() => log(`admin dashboard built in ${elapsed(since)}`))
    : null
  const prepared = (async () => {
    await postgres.recreateDatabase(database)
    // Migrations as the owner role, the seed (and later the backend) as the app role.
    const { ownerUrl, appUrl, app } = await postgres.databaseRoles(database, { log })
    await migrate(ownerUrl, { app })
    await seed(appUrl, { MEDUSA_BACKEND_URL: backendUrl, ...seedEnv })
    const token = await publishableKey(postgres, database)
    log(`database ready in ${elapsed(since)}`)
    return token
  })()
  // Both settle before a failure is reported, so a cleanup never races a build still writing.
  const [ready, built] = await Promise.allSettled([prepared, adminBuilt])
  if (ready.status === "rejected") throw ready.reason
  if (built.status === "rejected") throw built.reason
  return ready.value
}

/**
 * Starts everything and returns `{ backendUrl, storefrontUrl, adminUrl, panelUrl, publishableKey, services, stop }`.
 * With `panelPort` the panel is built beside the storefront (same `distDir`) and started there;
 * otherwise `panelUrl` is null.
 * With `admin: true` the dashboard is built (about 30 s, alongside the database preparation) and
 * served at `adminUrl` (`<backendUrl>/app`); otherwise `adminUrl` is null and the admin is off.
 * With `xenditSimulatorPort` the local Xendit simulator (scripts/xendit-simulator.mjs) runs on
 * that port and the backend pays through it (a fresh key and callback token per run); `xendit` is
 * then `{ url, secretKey, callbackToken, simulator }`, else null. XENDIT_SIMULATOR=1 is not passed:
 * the backend runs with NODE_ENV=production, where the simulator flag is refused.
 * With `prepared: true` prepareProductionStack has already built and seeded for the same
 * database, port, admin and simulator setting. `stop()` ends the services, the simulator and the
 * embedded PostgreSQL (when this call started it).
 */
export async function startProductionStack({
  database,
  backendPort,
  storefrontPort,
  panelPort = null,
  distDir,
  log,
  admin = false,
  prepared = false,
  xenditSimulatorPort = null,
}) {
  const postgres = await ensurePostgres({ ...TEST_POSTGRES, log })
  const services = []
  let xendit = null
  const stop = async () => {
    await Promise.all(services.map((s) => s.stop()))
    await xendit?.simulator.close()
    if (admin) removeServedAdmin()
    await postgres.stop()
  }
  try {
    const backendUrl = `http://localhost:${backendPort}`
    const storefrontUrl = `http://localhost:${storefrontPort}`
    if (!prepared) await buildSharedPackages()
    const key = prepared
      ? await publishableKey(postgres, database)
      : await prepare(postgres, { database, backendUrl, admin, seedEnv: seedXenditEnv(xenditSimulatorPort), log })
    // Builds prepareProductionStack made for this very stack are started as they are.
    const built = prepared ? builtStack(distDir, frontendStack({ backendUrl, storefrontPort, panelPort, publishableKey: key })) : null
    if (prepared && !built) log("no frontend builds prepared for this stack: building them now")
    // One secret per stack, shared by the backend (caller) and the storefront (POST /api/revalidate).
    const revalidateSecret = built?.revalidateSecret ?? randomBytes(24).toString("hex")
    // The backend runs as the app role, which cannot lift the ledger's append-only rule.
    const databaseUrl = (await postgres.databaseRoles(database, { log })).appUrl

    const panelUrl = panelPort ? `http://localhost:${panelPort}` : null
    if (xenditSimulatorPort) {
      const secrets = simulatorSecrets()
      const simulator = await startXenditSimulator({
        port: xenditSimulatorPort,
        ...secrets,
        webhookUrl: `${backendUrl}${WEBHOOK_PATH}`,
        log: (message) => log(`xendit simulator: ${message}`),
      })
      xendit = { url: simulator.url, ...secrets, simulator }
    }
    const since = Date.now()
    const backend = startService("pnpm", ["exec", "medusa", "start", "--port", String(backendPort)], {
      cwd: BACKEND_DIR,
      label: "backend",
      quiet: true,
      env: {
        DATABASE_URL: databaseUrl,
        MEDUSA_BACKEND_URL: backendUrl,
        STOREFRONT_URL: storefrontUrl,
        // After a catalogue change the backend expires the storefront's cache tags (README, Catalogue read model).
        STOREFRONT_REVALIDATE_URL: `${storefrontUrl}/api/revalidate`,
        STOREFRONT_REVALIDATE_SECRET: revalidateSecret,
        // Links in members' e-mails (invitations, password resets, new-order notices).
        ...(panelUrl ? { PANEL_URL: panelUrl } : {}),
        DISABLE_MEDUSA_ADMIN: admin ? "false" : "true",
        NODE_ENV: "production",
        ...freshSecrets(),
        ...(xendit ? simulatorBackendEnv(xendit, { flag: false }) : {}),
        // The storefront and panel on this machine pass on their visitors' addresses (README, Rate limits).
        TRUSTED_PROXIES: "loopback",
      },
    })
    services.push(backend)

    await startFrontends({ backendUrl, storefrontPort, panelPort, publishableKey: key, distDir, services, log, revalidateSecret, built: !!built })
    await waitForHttp(`${backendUrl}/health`, { service: backend })
    const adminUrl = admin ? `${backendUrl}/app` : null
    if (adminUrl) await expectAdminServed(adminUrl)
    log(`backend, storefront${panelUrl ? ", panel" : ""}${admin ? " (with the admin dashboard)" : ""} up in ${elapsed(since)}`)
    return { backendUrl, storefrontUrl, adminUrl, panelUrl, publishableKey: key, databaseUrl, xendit, services, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** The environment of the storefront's and the panel's build and start. */
function frontendEnvs({ backendUrl, storefrontUrl, panelUrl, publishableKey: key, revalidateSecret, distDir }) {
  const storefront = {
    MEDUSA_BACKEND_URL: backendUrl,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: key,
    STOREFRONT_URL: storefrontUrl,
    NEXT_DIST_DIR: distDir,
    ...(revalidateSecret ? { STOREFRONT_REVALIDATE_SECRET: revalidateSecret } : {}),
  }
  // STOREFRONT_URL: the panel links buyers to their receipt pages there.
  const panel = panelUrl ? { MEDUSA_BACKEND_URL: backendUrl, STOREFRONT_URL: storefrontUrl, NEXT_DIST_DIR: distDir } : null
  return { storefront, panel }
}

/** Production builds of the storefront and (with `panelUrl`) the panel into `distDir`, side by side. */
async function buildFrontends(stack, { cache = true } = {}) {
  const env = frontendEnvs(stack)
  // Both settle before a failure is reported.
  const noCache = cache ? {} : { KB_NEXT_BUILD_CACHE: "0" }
  const builds = await Promise.allSettled([
    runOrThrow("pnpm", ["exec", "next", "build"], { cwd: STOREFRONT_DIR, env: { ...env.storefront, ...noCache }, label: "storefront build" }),
    env.panel ? runOrThrow("pnpm", ["exec", "next", "build"], { cwd: PANEL_DIR, env: { ...env.panel, ...noCache }, label: "panel build" }) : null,
  ])
  const failedBuild = builds.find((b) => b.status === "rejected")
  if (failedBuild) throw failedBuild.reason
}

/**
 * Production builds of the storefront and (with `panelPort`) the panel against `backendUrl`, built
 * side by side into `distDir` (unless `built`: prepareProductionStack built them for these settings),
 * then started (`next start`) and awaited. Each started service is
 * pushed to `services` at once, so the caller's stop() ends it when a later step fails.
 * Returns `{ storefrontUrl, panelUrl, storefront, panel }` (panelUrl and panel null without a port).
 */
export async function startFrontends({ backendUrl, storefrontPort, panelPort = null, publishableKey: key, distDir, services, log = () => {}, quiet = true, revalidateSecret = null, built = false }) {
  const since = Date.now()
  const stack = { ...frontendStack({ backendUrl, storefrontPort, panelPort, publishableKey: key, revalidateSecret }), distDir }
  const { storefrontUrl, panelUrl } = stack
  const env = frontendEnvs(stack)
  if (!built) {
    await buildFrontends(stack)
    log(`storefront${panelUrl ? " and panel" : ""} built in ${elapsed(since)}`)
  }
  const storefront = startService("pnpm", ["exec", "next", "start", "-p", String(storefrontPort)], {
    cwd: STOREFRONT_DIR,
    label: "storefront",
    quiet,
    env: env.storefront,
  })
  services.push(storefront)
  const panel = panelUrl
    ? startService("pnpm", ["exec", "next", "start", "-p", String(panelPort)], {
        cwd: PANEL_DIR,
        label: "panel",
        quiet,
        env: env.panel,
      })
    : null
  if (panel) services.push(panel)
  await waitForHttp(storefrontUrl, { service: storefront })
  if (panel) await waitForHttp(`${panelUrl}/masuk`, { service: panel })
  return { storefrontUrl, panelUrl, storefront, panel }
}

async function expectAdminServed(adminUrl) {
  const response = await fetch(`${adminUrl}/login`)
  const html = await response.text()
  if (!response.ok || !html.includes('id="medusa"')) {
    throw new Error(`The admin dashboard is not served at ${adminUrl}/login (HTTP ${response.status})`)
  }
}

/** The last output of each service, for a failure report. */
export function serviceOutputs(services) {
  return services.map((s) => `--- last output of ${s.label} ---\n${s.output().slice(-6000)}`).join("\n")
}
