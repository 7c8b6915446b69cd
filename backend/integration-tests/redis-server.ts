import { spawn, type ChildProcess } from "node:child_process"
import { createServer } from "node:net"
import Redis from "ioredis"

/** A free TCP port on 127.0.0.1, as the OS hands it out. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * A throw-away Redis (REDIS_SERVER or /usr/bin/redis-server) on a free port, nothing written to
 * disk. `stop()` ends it; `flush(pattern)` deletes the matching keys (all by default).
 */
export async function startRedis(): Promise<{ url: string; flush(pattern?: string): Promise<void>; stop(): Promise<void> }> {
  const port = await freePort()
  const binary = process.env.REDIS_SERVER || "/usr/bin/redis-server"
  const child: ChildProcess = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"],
    { stdio: "ignore" }
  )
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  child.once("error", () => undefined)
  const url = `redis://127.0.0.1:${port}`
  const admin = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  admin.on("error", () => undefined)
  for (let i = 0; ; i++) {
    try {
      await admin.connect()
      await admin.ping()
      break
    } catch (error) {
      if (child.exitCode !== null || i > 100) {
        child.kill()
        throw new Error(`redis-server (${binary}) did not start on port ${port}: ${(error as Error).message}`)
      }
      admin.disconnect()
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    url,
    async flush(pattern = "*") {
      if (pattern === "*") return void (await admin.flushall())
      const keys = await admin.keys(pattern)
      if (keys.length) await admin.del(...keys)
    },
    async stop() {
      admin.disconnect()
      child.kill("SIGTERM")
      await exited
    },
  }
}
