import { createServer } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startRedis } from "../../../integration-tests/redis-server"
import { checkDatabase, checkReadiness, publicReason, readiness } from "./checks"
import { heartbeatKey, healthRedisClient, writeHeartbeat } from "./heartbeat"

const okSql = { raw: async () => ({ rows: [{ "?column?": 1 }] }) }
const ok = { ok: true, ms: 1 }

async function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

describe("readiness", () => {
  it("is ok, 200, when everything answers and the worker beat lately", () => {
    const { httpStatus, body } = readiness({ database: ok, redis: ok, worker: { ok: true, last_seen_at: "x", age_s: 30 } })
    expect(httpStatus).toBe(200)
    expect(body.status).toBe("ok")
  })
  it("is degraded but 200 when the worker is not seen: requests are still served", () => {
    const { httpStatus, body } = readiness({ database: ok, redis: ok, worker: { ok: false, last_seen_at: null, age_s: null } })
    expect(httpStatus).toBe(200)
    expect(body.status).toBe("degraded")
  })
  it("is unavailable, 503, when the database or Redis fails", () => {
    expect(readiness({ database: { ok: false, ms: 2000 }, redis: null, worker: null }).httpStatus).toBe(503)
    const redisDown = readiness({ database: ok, redis: { ok: false, ms: 3, error: "x" }, worker: null })
    expect(redisDown.httpStatus).toBe(503)
    expect(redisDown.body.status).toBe("unavailable")
  })
  it("reports no Redis and no worker without REDIS_URL (one process)", () => {
    expect(readiness({ database: ok, redis: null, worker: null }).body).toEqual({
      status: "ok",
      checks: { database: ok, redis: null, worker: null },
    })
  })
})

describe("checks", () => {
  it("a database that does not answer within the timeout fails the check", async () => {
    const hanging = { raw: () => new Promise<{ rows: any[] }>(() => {}) }
    const check = await checkDatabase(hanging, 50)
    expect(check.ok).toBe(false)
    expect(check.error).toMatch(/within 50 ms/)
    expect(check.ms).toBeGreaterThanOrEqual(45)
  })

  it("an error that carries a connection string is not passed on", () => {
    expect(publicReason(new Error("connect to postgres://app:s3cret@db:5432/kb failed"))).not.toMatch(/s3cret|postgres:\/\//)
    expect(publicReason(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6379"), { code: "ECONNREFUSED" }))).toBe("ECONNREFUSED")
  })

  it("Redis down (nothing on REDIS_URL's port): 503, the redis check names why", async () => {
    const url = `redis://:s3cret@127.0.0.1:${await unusedPort()}`
    const client = healthRedisClient(url)
    try {
      const { httpStatus, body } = await checkReadiness({ sql: okSql, redis: client, timeoutMs: 500 })
      expect(httpStatus).toBe(503)
      expect(body.status).toBe("unavailable")
      expect(body.checks.database.ok).toBe(true)
      expect(body.checks.redis).toMatchObject({ ok: false })
      expect(body.checks.redis?.error).toBeTruthy()
      expect(body.checks.worker).toEqual({ ok: false, last_seen_at: null, age_s: null })
      expect(JSON.stringify(body)).not.toMatch(/s3cret|redis:\/\//)
    } finally {
      client.disconnect()
    }
  })
})

describe("with a real Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  let client: ReturnType<typeof healthRedisClient>
  beforeAll(async () => {
    redis = await startRedis()
    client = healthRedisClient(redis.url)
  })
  afterAll(async () => {
    client?.disconnect()
    await redis?.stop()
  })

  it("a fresh client's first check waits for its connection instead of failing", async () => {
    const fresh = healthRedisClient(redis.url)
    try {
      const { body } = await checkReadiness({ sql: okSql, redis: fresh })
      expect(body.checks.redis?.ok).toBe(true)
    } finally {
      fresh.disconnect()
    }
  })

  it("no heartbeat yet: degraded; a recent one: ok; one older than 3 minutes: degraded", async () => {
    await redis.flush()
    const now = new Date("2026-12-07T10:00:00Z")
    let report = await checkReadiness({ sql: okSql, redis: client, now })
    expect(report.httpStatus).toBe(200)
    expect(report.body.status).toBe("degraded")
    expect(report.body.checks.worker).toEqual({ ok: false, last_seen_at: null, age_s: null })

    await writeHeartbeat(client, new Date("2026-12-07T09:59:20Z"))
    report = await checkReadiness({ sql: okSql, redis: client, now })
    expect(report.body.status).toBe("ok")
    expect(report.body.checks.worker).toEqual({ ok: true, last_seen_at: "2026-12-07T09:59:20.000Z", age_s: 40 })
    expect(await client.ttl(heartbeatKey())).toBeGreaterThan(3600)

    await writeHeartbeat(client, new Date("2026-12-07T09:56:30Z"))
    report = await checkReadiness({ sql: okSql, redis: client, now })
    expect(report.httpStatus).toBe(200)
    expect(report.body.status).toBe("degraded")
    expect(report.body.checks.worker).toMatchObject({ ok: false, age_s: 210 })
  })
})
