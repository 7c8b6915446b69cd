import Redis from "ioredis"
import { redisNamespaces } from "../redis/settings"

/** Where the worker writes the time it was last alive (ISO 8601), under REDIS_PREFIX ("kb:worker:heartbeat"). */
export const heartbeatKey = () => redisNamespaces().heartbeat
/** The worker beats every minute; three missed beats and it counts as gone. */
export const HEARTBEAT_STALE_AFTER_S = 180
/** The key outlives a stopped worker for a day, then goes (a stack without a worker shows "never"). */
const HEARTBEAT_TTL_S = 24 * 3600

/** The part of ioredis the health checks use. */
export interface RedisLike {
  /** ioredis's connection state; "ready" when commands go through. */
  status?: string
  once?(event: "ready", listener: () => void): unknown
  ping(): Promise<string>
  get(key: string): Promise<string | null>
  set(key: string, value: string, mode: "EX", seconds: number): Promise<unknown>
}

/**
 * Resolves once the client can send commands: at once when ready, after its (re)connect when one
 * is under way (a process's first probe comes while the client is still connecting); throws when
 * it is waiting between attempts (Redis away). Without a status (a test double) it resolves.
 */
export async function connected(redis: RedisLike): Promise<void> {
  if (!redis.status || redis.status === "ready") return
  if (["wait", "connecting", "connect"].includes(redis.status) && redis.once) {
    await new Promise<void>((resolve) => redis.once!("ready", () => resolve()))
    return
  }
  throw Object.assign(new Error(`Redis is not connected (${redis.status})`), { code: "NOT_CONNECTED" })
}

export async function writeHeartbeat(redis: RedisLike, now = new Date()) {
  await redis.set(heartbeatKey(), now.toISOString(), "EX", HEARTBEAT_TTL_S)
}

export async function readHeartbeat(redis: RedisLike): Promise<Date | null> {
  const value = await redis.get(heartbeatKey())
  if (!value) return null
  const at = new Date(value)
  return Number.isNaN(at.getTime()) ? null : at
}

/**
 * A client for the health checks and the heartbeat: fails at once while Redis is away (no queue
 * behind a reconnect, so a readiness probe is not held up), reconnects by itself.
 */
export function healthRedisClient(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  })
  client.on("error", () => {
    // Reported by the readiness check; ioredis keeps reconnecting.
  })
  return client
}

const shared: { url?: string; client?: Redis } = {}

/** This process's client for REDIS_URL (made on first use), or null when REDIS_URL is unset. */
export function processHealthRedis(url: string | undefined = process.env.REDIS_URL): Redis | null {
  if (!url) return null
  if (shared.client && shared.url === url) return shared.client
  shared.client?.disconnect()
  shared.url = url
  shared.client = healthRedisClient(url)
  return shared.client
}

/**
 * One heartbeat of this process (the worker's jobs call it) on REDIS_URL; without REDIS_URL (one
 * process) there is nobody to tell and nothing is written. A failed write is logged, not thrown:
 * the next beat tries again and the readiness check shows the gap.
 */
export async function beat(logger: { warn(message: string): void }) {
  const redis = processHealthRedis()
  if (!redis) return
  try {
    await connected(redis)
    await writeHeartbeat(redis)
  } catch (error) {
    logger.warn(`worker heartbeat: could not write to Redis: ${(error as Error).message}`)
  }
}
