// What the fault suite reads of Redis: FLUSHDB of the run's database index, and the state of
// Medusa's event queue. The queue is @medusajs/event-bus-redis's BullMQ queue "events-queue" under
// the prefix medusa-config gives it, "<REDIS_PREFIX>:events" (backend/src/lib/redis/settings.ts):
// keys kb:events:events-queue:{wait,active,prioritized,delayed,failed,…}.
import { withRedis } from "../../scripts/lib/redis.mjs"

export const EVENT_QUEUE_PREFIX = `${process.env.REDIS_PREFIX || "kb"}:events:events-queue`

/** The replies of an ioredis pipeline, the first error thrown. */
async function replies(pipeline) {
  return (await pipeline.exec()).map(([error, value]) => {
    if (error) throw error
    return value
  })
}

/** Empties the run's Redis database (the index in the URL's path). */
export async function flushRedisDb(url) {
  await withRedis(url, (redis) => redis.flushdb())
}

/** Jobs of Medusa's event queue by state; `pending` is what the worker still has to do. */
export async function eventQueueState(url) {
  const p = EVENT_QUEUE_PREFIX
  const [wait, active, prioritized, delayed, paused, failed, waitingChildren] = await withRedis(url, (redis) =>
    replies(
      redis
        .pipeline()
        .llen(`${p}:wait`)
        .llen(`${p}:active`)
        .zcard(`${p}:prioritized`)
        .zcard(`${p}:delayed`)
        .llen(`${p}:paused`)
        .zcard(`${p}:failed`)
        .zcard(`${p}:waiting-children`)
    )
  )
  return { wait, active, prioritized, delayed, paused, failed, waitingChildren, pending: wait + active + prioritized + delayed + paused + waitingChildren }
}

/** The names of the failed jobs (attempts exhausted), counted by event name. */
export async function failedJobsByEvent(url, { limit = 2000 } = {}) {
  return withRedis(url, async (redis) => {
    const ids = await redis.zrange(`${EVENT_QUEUE_PREFIX}:failed`, 0, limit - 1)
    if (!ids.length) return {}
    const pipeline = redis.pipeline()
    for (const id of ids) pipeline.hget(`${EVENT_QUEUE_PREFIX}:${id}`, "name")
    const counts = {}
    for (const name of await replies(pipeline)) counts[name ?? "?"] = (counts[name ?? "?"] ?? 0) + 1
    return counts
  })
}
