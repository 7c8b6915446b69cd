import { createServer } from "node:net"
import Redis from "ioredis"
// The same throw-away Redis the test command and the fault suite start (Debian's redis-server).
import { ensureRedis } from "../../scripts/lib/redis.mjs"

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
 * A Redis of this spec's own (scripts/lib/redis.mjs's ensureRedis on a free port, nothing written
 * to disk; never the developer's REDIS_URL). `stop()` ends it; `flush(pattern)` deletes the
 * matching keys (all by default).
 */
export async function startRedis(): Promise<{ url: string; flush(pattern?: string): Promise<void>; stop(): Promise<void> }> {
  const redis = await ensureRedis({ port: await freePort(), url: null })
  const admin = new Redis(redis.url, { maxRetriesPerRequest: 0, retryStrategy: () => null })
  admin.on("error", () => undefined)
  return {
    url: redis.url,
    async flush(pattern = "*") {
      if (pattern === "*") return void (await admin.flushall())
      const keys = await admin.keys(pattern)
      if (keys.length) await admin.del(...keys)
    },
    async stop() {
      admin.disconnect()
      await redis.stop()
    },
  }
}
