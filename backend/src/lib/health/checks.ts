import type { SqlClient } from "../sql"
import { HEARTBEAT_STALE_AFTER_S, type RedisLike, connected, readHeartbeat } from "./heartbeat"

/** How long one check may take before it counts as failed. */
export const CHECK_TIMEOUT_MS = 2_000

export interface DependencyCheck {
  ok: boolean
  ms: number
  /** Why it failed, without addresses or credentials. */
  error?: string
}

export interface WorkerCheck {
  ok: boolean
  /** ISO time of the worker's last heartbeat; null when none was ever written. */
  last_seen_at: string | null
  /** Seconds since then; null without a heartbeat. */
  age_s: number | null
}

export interface ReadinessReport {
  /** "ok": all good; "degraded": serving, but no recent worker heartbeat; "unavailable": a dependency failed. */
  status: "ok" | "degraded" | "unavailable"
  checks: {
    database: DependencyCheck
    /** null when the app runs without Redis (REDIS_URL unset: one process, in-memory modules). */
    redis: DependencyCheck | null
    /** null without Redis: the heartbeat lives there. */
    worker: WorkerCheck | null
  }
}

class TimeoutError extends Error {}

function within<T>(work: PromiseLike<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not answer within ${ms} ms`)), ms)
  })
  return Promise.race([Promise.resolve(work), timeout]).finally(() => clearTimeout(timer))
}

/**
 * An error as the public may see it: its code or a short reason, never the connection string
 * (pg and ioredis messages can carry host and port, which is all they say, but URLs with
 * passwords must never leave).
 */
export function publicReason(error: unknown): string {
  if (error instanceof TimeoutError) return error.message
  const code = (error as { code?: unknown })?.code
  if (typeof code === "string" && /^[A-Z0-9_]+$/.test(code)) return code
  const message = error instanceof Error ? error.message : String(error)
  if (/ECONNREFUSED|connect/i.test(message) && !/\/\//.test(message)) return "connection refused"
  return /[a-z]+:\/\//i.test(message) ? "failed" : message.slice(0, 120)
}

async function timed(run: () => PromiseLike<unknown>, what: string, timeoutMs: number): Promise<DependencyCheck> {
  const started = performance.now()
  try {
    await within(run(), timeoutMs, what)
    return { ok: true, ms: Math.round(performance.now() - started) }
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), error: publicReason(error) }
  }
}

/** `SELECT 1` through the app's own pool (Medusa's PG_CONNECTION). */
export function checkDatabase(sql: SqlClient, timeoutMs = CHECK_TIMEOUT_MS): Promise<DependencyCheck> {
  return timed(() => sql.raw("SELECT 1"), "the database", timeoutMs)
}

/** PING on the given client. */
export function checkRedis(redis: RedisLike, timeoutMs = CHECK_TIMEOUT_MS): Promise<DependencyCheck> {
  return timed(
    async () => {
      await connected(redis)
      const answer = await redis.ping()
      if (answer !== "PONG") throw new Error(`unexpected answer ${JSON.stringify(answer).slice(0, 20)}`)
    },
    "Redis",
    timeoutMs
  )
}

/** The worker's heartbeat, judged: ok while younger than HEARTBEAT_STALE_AFTER_S. */
export async function checkWorker(redis: RedisLike, now = new Date(), timeoutMs = CHECK_TIMEOUT_MS): Promise<WorkerCheck> {
  let seen: Date | null = null
  try {
    seen = await within(readHeartbeat(redis), timeoutMs, "Redis")
  } catch {
    seen = null
  }
  if (!seen) return { ok: false, last_seen_at: null, age_s: null }
  const age = Math.max(0, Math.round((now.getTime() - seen.getTime()) / 1000))
  return { ok: age <= HEARTBEAT_STALE_AFTER_S, last_seen_at: seen.toISOString(), age_s: age }
}

/**
 * The answer of GET /health/ready: 503 when the database or Redis fails (this process cannot serve);
 * 200 otherwise, "degraded" when the worker has not been seen for a while (requests are served,
 * but events and scheduled jobs wait).
 */
export function readiness(checks: ReadinessReport["checks"]): { httpStatus: 200 | 503; body: ReadinessReport } {
  const failed = !checks.database.ok || (checks.redis !== null && !checks.redis.ok)
  const status = failed ? "unavailable" : checks.worker && !checks.worker.ok ? "degraded" : "ok"
  return { httpStatus: failed ? 503 : 200, body: { status, checks } }
}

/** Runs every check at once. `redis` null: the app runs without Redis. */
export async function checkReadiness({
  sql,
  redis,
  now = new Date(),
  timeoutMs = CHECK_TIMEOUT_MS,
}: {
  sql: SqlClient
  redis: RedisLike | null
  now?: Date
  timeoutMs?: number
}) {
  const [database, redisCheck] = await Promise.all([
    checkDatabase(sql, timeoutMs),
    redis ? checkRedis(redis, timeoutMs) : Promise.resolve(null),
  ])
  const worker = redis ? (redisCheck?.ok ? await checkWorker(redis, now, timeoutMs) : { ok: false, last_seen_at: null, age_s: null }) : null
  return readiness({ database, redis: redisCheck, worker })
}
