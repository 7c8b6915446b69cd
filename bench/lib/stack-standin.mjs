// A stand-in for startMultiProcessStack (scripts/lib/multi-process-stack.mjs, the TOPOLOGY
// engineer's, interface in the issue-23 brief §1) until that lands on main: ONE `medusa start` in
// shared mode (serves HTTP, consumes events, runs jobs) on the public port itself, with Redis for
// the event bus, workflow engine, cache and locks. Same arguments and the same answer, so
// bench/load.mjs switches by its import only; the kill/restart methods are not supported here.
import { BACKEND_DIR } from "../../scripts/lib/marketplace.mjs"
import { startService, waitForHttp } from "../../scripts/lib/process.mjs"
import { freshSecrets } from "../../scripts/lib/secrets.mjs"

/**
 * @param {{ databaseUrl: string, redisUrl: string, port: number, servers?: number,
 *   env?: Record<string, string>, log?: (message: string) => void }} options
 */
export async function startMultiProcessStack({ databaseUrl, redisUrl, port, servers = 2, env = {}, log = () => {} }) {
  const url = `http://127.0.0.1:${port}`
  log(`stand-in stack: one shared-mode backend on ${url} (asked for ${servers} servers + 1 worker)`)
  const service = startService("pnpm", ["exec", "medusa", "start", "--port", String(port)], {
    cwd: BACKEND_DIR,
    label: "shared",
    quiet: true,
    env: {
      NODE_ENV: "production",
      ...freshSecrets(),
      TRUSTED_PROXIES: "loopback",
      MEDUSA_WORKER_MODE: "shared",
      REDIS_URL: redisUrl,
      DATABASE_URL: databaseUrl,
      DISABLE_MEDUSA_ADMIN: "true",
      MEDUSA_BACKEND_URL: url,
      ...env,
    },
  })
  const unsupported = (what) => async () => {
    throw new Error(`${what} is not supported by the stand-in stack (bench/lib/stack-standin.mjs)`)
  }
  try {
    const since = Date.now()
    await waitForHttp(`${url}/health`, { service })
    log(`stand-in stack up in ${((Date.now() - since) / 1000).toFixed(1)} s`)
  } catch (error) {
    await service.stop()
    throw error
  }
  const member = { label: "shared", port, service }
  return {
    url,
    servers: [member],
    worker: member,
    killWorker: unsupported("killWorker"),
    startWorker: unsupported("startWorker"),
    killServer: unsupported("killServer"),
    startServer: unsupported("startServer"),
    processes: () => [{ label: "shared", pid: service.child.pid, exited: service.exited }],
    stop: () => service.stop(),
  }
}
