// What the selected test stages need from the machine, checked before the first stage runs: a
// missing tool fails at once with one line saying what to install, not half an hour into the run.
// With CI set or KB_INSTALL_MISSING=1 (and apt-get usable: root, or sudo without a password) the
// missing Debian packages are installed instead.
import { accessSync, constants } from "node:fs"
import { spawnSync } from "node:child_process"
import { redisAnswers, redisServerBinary } from "./redis.mjs"

/**
 * Each tool: the stages that need it and the Debian package that provides it.
 * - Chromium: the e2e journeys (e2e/lib/browser.mjs: CHROMIUM_PATH or /usr/bin/chromium); the
 *   storefront and panel unit tests run in jsdom and need no browser.
 * - redis-server: the backend stage starts its own (integration-tests/redis-server.ts: REDIS_SERVER
 *   or /usr/bin/redis-server, for the Redis rate-limit and health specs); the fault stage runs the
 *   multi-process stack on REDIS_URL or on a redis-server it starts.
 */
export const TOOLS = {
  chromium: { label: "Chromium", stages: ["e2e"], package: "chromium", hint: "or set CHROMIUM_PATH" },
  redis: { label: "redis-server", stages: ["backend", "fault"], package: "redis-server", hint: "or set REDIS_SERVER to its path" },
}

/** The tools the stages need, in TOOLS order. */
export function neededTools(stages) {
  return Object.entries(TOOLS)
    .filter(([, tool]) => tool.stages.some((stage) => stages.includes(stage)))
    .map(([name]) => name)
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Which of `tools` this machine lacks for `stages`. Redis: a redis-server binary (REDIS_SERVER or
 * Debian's) serves every stage; a REDIS_URL that answers serves the fault stage only (the backend
 * specs start their own server).
 */
export async function missingTools(tools, stages, { env = process.env, findRedis = redisServerBinary, redisUp = redisAnswers } = {}) {
  const missing = []
  if (tools.includes("chromium") && !executable(env.CHROMIUM_PATH || "/usr/bin/chromium")) missing.push("chromium")
  if (tools.includes("redis")) {
    const binary = env.REDIS_SERVER ? executable(env.REDIS_SERVER) : Boolean(findRedis())
    const onlyNeedsAServer = !stages.includes("backend")
    if (!binary && !(onlyNeedsAServer && env.REDIS_URL && (await redisUp(env.REDIS_URL)))) missing.push("redis")
  }
  return missing
}

export function installCommand(packages, { root }) {
  const sudo = root ? "" : "sudo "
  return `${sudo}apt-get update && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(" ")}`
}

/**
 * What to do about `missing`: `{ action: "ok" }`, `{ action: "install", packages, command }` (CI or
 * KB_INSTALL_MISSING=1 and apt-get usable), or `{ action: "stop", message }` (one line).
 * `system`: `{ apt: boolean, root: boolean, sudo: boolean }` (sudo: without a password).
 */
export function decide(missing, stages, { env = process.env, system }) {
  if (!missing.length) return { action: "ok" }
  const packages = missing.map((name) => TOOLS[name].package)
  const command = installCommand(packages, { root: system.root })
  const wantsInstall = Boolean(env.CI) || env.KB_INSTALL_MISSING === "1"
  if (wantsInstall && system.apt && (system.root || system.sudo)) return { action: "install", packages, command }
  const what = missing
    .map((name) => {
      const tool = TOOLS[name]
      const forStages = tool.stages.filter((stage) => stages.includes(stage)).join(", ")
      return `${tool.label} (for ${forStages}; ${tool.hint})`
    })
    .join(" and ")
  const why = wantsInstall ? " (cannot install it here: apt-get needs root or sudo without a password)" : ""
  return {
    action: "stop",
    message: `Missing ${what}${why}. Install: ${command}, or run with KB_INSTALL_MISSING=1 to have the test command install it.`,
  }
}

/** apt-get present, running as root, sudo usable without a password. */
export function systemInfo() {
  const root = typeof process.getuid === "function" && process.getuid() === 0
  const apt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0
  const sudo = !root && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0
  return { apt, root, sudo }
}

/**
 * The preflight of `pnpm test`: resolves when everything the stages need is there (installing it
 * first when allowed); otherwise prints one line and exits with 1.
 */
export async function preflight(stages, { env = process.env, log = console.log } = {}) {
  const tools = neededTools(stages)
  const missing = await missingTools(tools, stages, { env })
  const decision = decide(missing, stages, { env, system: missing.length ? systemInfo() : { apt: false, root: false, sudo: false } })
  if (decision.action === "ok") return
  if (decision.action === "stop") {
    console.error(decision.message)
    process.exit(1)
  }
  log(`Installing ${decision.packages.join(", ")}: ${decision.command}`)
  const installed = spawnSync("sh", ["-c", decision.command], { stdio: "inherit" })
  const still = await missingTools(tools, stages, { env })
  if (installed.status !== 0 || still.length) {
    console.error(`Installing ${decision.packages.join(" ")} failed (exit ${installed.status}); install it by hand: ${decision.command}`)
    process.exit(1)
  }
}
