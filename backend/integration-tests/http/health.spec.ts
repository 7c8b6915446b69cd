import { createServer } from "node:net"
import Redis from "ioredis"
import { startRedis } from "../redis-server"
import { integrationTestRunner } from "../runner"

// GET /health/live and /health/ready on a booted app (no REDIS_URL at boot: one process). The
// readiness route reads REDIS_URL on each request, so the Redis cases point it at a port nobody
// listens on, then at a real Redis, and put it back.
async function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

integrationTestRunner({
  database: "migrated",
  testSuite: ({ api }) => {
    const get = (path: string) => api.get(path, { validateStatus: () => true })
    const bootRedisUrl = process.env.REDIS_URL
    afterEach(() => {
      if (bootRedisUrl === undefined) delete process.env.REDIS_URL
      else process.env.REDIS_URL = bootRedisUrl
    })

    it("live: 200 ok, without a key, a session or a dependency, every time (no rate limit)", async () => {
      for (let i = 0; i < 60; i++) {
        const response = await get("/health/live")
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ status: "ok" })
      }
      expect((await get("/health/live")).headers["cache-control"]).toBe("no-store")
    })

    it("ready without Redis: the database checked, no Redis and no worker to report", async () => {
      delete process.env.REDIS_URL
      const response = await get("/health/ready")
      expect(response.status).toBe(200)
      expect(response.data).toEqual({
        status: "ok",
        checks: { database: { ok: true, ms: expect.any(Number) }, redis: null, worker: null },
      })
    })

    it("ready with Redis down: 503, the redis check failed, nothing of the address given away", async () => {
      process.env.REDIS_URL = `redis://:s3cret@127.0.0.1:${await unusedPort()}`
      const response = await get("/health/ready")
      expect(response.status).toBe(503)
      expect(response.data.status).toBe("unavailable")
      expect(response.data.checks.database.ok).toBe(true)
      expect(response.data.checks.redis).toMatchObject({ ok: false, error: expect.any(String) })
      expect(JSON.stringify(response.data)).not.toMatch(/s3cret|redis:\/\/|127\.0\.0\.1/)
    })

    it("ready with Redis up: degraded until the worker's heartbeat is there, then ok", async () => {
      const redis = await startRedis()
      const client = new Redis(redis.url)
      try {
        // This app runs the worker-heartbeat job too (shared mode), at second 0 of every minute,
        // and it reads REDIS_URL when it runs: a beat landing between the two lines below would
        // make the first answer "ok". So they run well clear of a minute's turn.
        const second = new Date().getSeconds()
        if (second >= 50) await new Promise((resolve) => setTimeout(resolve, (65 - second) * 1000))
        process.env.REDIS_URL = redis.url
        let response = await get("/health/ready")
        expect(response.status).toBe(200)
        expect(response.data.status).toBe("degraded")
        expect(response.data.checks.redis.ok).toBe(true)
        expect(response.data.checks.worker).toEqual({ ok: false, last_seen_at: null, age_s: null })

        await client.set("kb:worker:heartbeat", new Date().toISOString())
        response = await get("/health/ready")
        expect(response.status).toBe(200)
        expect(response.data.status).toBe("ok")
        expect(response.data.checks.worker).toMatchObject({ ok: true, age_s: expect.any(Number) })
      } finally {
        client.disconnect()
        await redis.stop()
      }
    })
  },
})
