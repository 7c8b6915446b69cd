// Redis for the multi-process stack and the tests that need it: the server REDIS_URL names when it
// answers, otherwise Debian's `redis-server` started on a loopback port for this run (nothing
// saved to disk), stopped again by `stop()`.
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import Redis from "ioredis"

/** The port test runs start their Redis on (TEST_REDIS_PORT). */
export const TEST_REDIS_PORT = Number(process.env.TEST_REDIS_PORT || 63790)
/** The port `pnpm stack:prod` starts its Redis on when REDIS_URL is unset. */
export const DEV_REDIS_PORT = Number(process.env.DEV_REDIS_PORT || 63799)

export const REDIS_MISSING =
  "Redis is not installed: install Debian's redis-server (sudo apt-get install -y redis-server) or set REDIS_URL to a running Redis."

/** The redis-server binary (REDIS_SERVER when set), or null when none is installed. */
export function redisServerBinary() {
  for (const candidate of [process.env.REDIS_SERVER, "/usr/bin/redis-server", "/usr/local/bin/redis-server"].filter(Boolean)) {
    const found = spawnSync(candidate, ["--version"], { stdio: "ignore" })
    if (found.status === 0) return candidate
  }
  const onPath = spawnSync("redis-server", ["--version"], { stdio: "ignore" })
  return onPath.status === 0 ? "redis-server" : null
}

/**
 * Runs `work(client)` on a short-lived ioredis connection to `url` (its database index included)
 * and closes it: no retries, no offline queue, so a Redis that is down fails at once.
 */
export async function withRedis(url, work, { timeoutMs = 5000 } = {}) {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  })
  client.on("error", () => {})
  try {
    await client.connect()
    return await work(client)
  } finally {
    client.disconnect()
  }
}

export async function redisAnswers(url) {
  try {
    return (await withRedis(url, (redis) => redis.ping(), { timeoutMs: 2000 })) === "PONG"
  } catch {
    return false
  }
}

/**
 * `{ url, started, stop }`: REDIS_URL (or `url`) when it answers PING; otherwise a fresh
 * redis-server on `port` (127.0.0.1, no persistence, its files in a temporary directory). Throws
 * REDIS_MISSING when no server answers and none is installed.
 */
export async function ensureRedis({ port = TEST_REDIS_PORT, url = process.env.REDIS_URL, log = () => {} } = {}) {
  if (url) {
    if (await redisAnswers(url)) return { url, started: false, stop: async () => {} }
    throw new Error(`REDIS_URL is set to ${url} but no Redis answers there: start it, or unset REDIS_URL to start one for this run.`)
  }
  const ownUrl = `redis://127.0.0.1:${port}`
  if (await redisAnswers(ownUrl)) {
    log(`Redis already running on port ${port}`)
    return { url: ownUrl, started: false, stop: async () => {} }
  }
  const binary = redisServerBinary()
  if (!binary) throw new Error(REDIS_MISSING)
  const dir = mkdtempSync(path.join(os.tmpdir(), "kb-redis-"))
  const child = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no"],
    { stdio: ["ignore", "ignore", "pipe"], detached: true }
  )
  let stderr = ""
  child.stderr.on("data", (chunk) => (stderr += chunk.toString()))
  let exited = false
  const exitedPromise = new Promise((resolve) => child.on("exit", () => ((exited = true), resolve())))
  const started = Date.now()
  while (!(await redisAnswers(ownUrl))) {
    if (exited) throw new Error(`redis-server on port ${port} stopped at start: ${stderr.trim() || "no message"}`)
    if (Date.now() - started > 15_000) throw new Error(`redis-server on port ${port} did not answer within 15 s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  log(`Redis started on port ${port}`)
  return {
    url: ownUrl,
    started: true,
    async stop() {
      if (!exited) {
        try {
          process.kill(-child.pid, "SIGTERM")
        } catch {}
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, "SIGKILL")
          } catch {}
        }, 5000)
        await exitedPromise
        clearTimeout(timer)
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
