// Just enough of Redis for the fault suite: a pipeline of commands over one connection (RESP
// replies parsed), FLUSHDB of the run's database index, and the state of Medusa's event queue.
// The queue is @medusajs/event-bus-redis's BullMQ queue "events-queue" under the prefix
// medusa-config gives it, "<REDIS_PREFIX>:events" (backend/src/lib/redis/settings.ts): keys
// kb:events:events-queue:{wait,active,prioritized,delayed,failed,…}.
import net from "node:net"

export const EVENT_QUEUE_PREFIX = `${process.env.REDIS_PREFIX || "kb"}:events:events-queue`

function encode(args) {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(String(a))}\r\n${a}\r\n`).join("")}`
}

/** Parses one reply at `offset` of `buffer`; null when incomplete. */
function parse(buffer, offset = 0) {
  const end = buffer.indexOf("\r\n", offset)
  if (end < 0) return null
  const type = buffer[offset]
  const line = buffer.slice(offset + 1, end).toString()
  const after = end + 2
  if (type === 0x2b) return { value: line, next: after } // +
  if (type === 0x2d) return { value: new Error(line), next: after } // -
  if (type === 0x3a) return { value: Number(line), next: after } // :
  if (type === 0x24) {
    const length = Number(line)
    if (length < 0) return { value: null, next: after }
    if (buffer.length < after + length + 2) return null
    return { value: buffer.slice(after, after + length).toString(), next: after + length + 2 }
  }
  if (type === 0x2a) {
    const count = Number(line)
    if (count < 0) return { value: null, next: after }
    const values = []
    let next = after
    for (let i = 0; i < count; i++) {
      const item = parse(buffer, next)
      if (!item) return null
      values.push(item.value)
      next = item.next
    }
    return { value: values, next }
  }
  throw new Error(`Unexpected Redis reply type ${String.fromCharCode(type)}`)
}

/** Sends `commands` (arrays of arguments) on the database of `url` and resolves with their replies. */
export function redisPipeline(url, commands, { timeoutMs = 5000 } = {}) {
  const { hostname, port, password, pathname } = new URL(url)
  const db = Number(pathname.replace("/", "") || 0)
  const all = [...(password ? [["AUTH", decodeURIComponent(password)]] : []), ...(db ? [["SELECT", db]] : []), ...commands]
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname || "127.0.0.1", port: Number(port || 6379) })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`Redis at ${hostname}:${port} did not answer within ${timeoutMs} ms`))
    }, timeoutMs)
    let buffer = Buffer.alloc(0)
    const replies = []
    socket.on("connect", () => socket.write(all.map(encode).join("")))
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk])
      let offset = 0
      for (;;) {
        const reply = parse(buffer, offset)
        if (!reply) break
        replies.push(reply.value)
        offset = reply.next
      }
      buffer = buffer.slice(offset)
      if (replies.length >= all.length) {
        clearTimeout(timer)
        socket.end()
        const own = replies.slice(all.length - commands.length)
        const failed = own.find((r) => r instanceof Error)
        if (failed) reject(failed)
        else resolve(own)
      }
    })
    socket.on("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

/** Empties the run's Redis database (the index in the URL's path). */
export async function flushRedisDb(url) {
  await redisPipeline(url, [["FLUSHDB"]])
}

/** Jobs of Medusa's event queue by state; `pending` is what the worker still has to do. */
export async function eventQueueState(url) {
  const p = EVENT_QUEUE_PREFIX
  const [wait, active, prioritized, delayed, paused, failed, waitingChildren] = await redisPipeline(url, [
    ["LLEN", `${p}:wait`],
    ["LLEN", `${p}:active`],
    ["ZCARD", `${p}:prioritized`],
    ["ZCARD", `${p}:delayed`],
    ["LLEN", `${p}:paused`],
    ["ZCARD", `${p}:failed`],
    ["ZCARD", `${p}:waiting-children`],
  ])
  return { wait, active, prioritized, delayed, paused, failed, waitingChildren, pending: wait + active + prioritized + delayed + paused + waitingChildren }
}

/** The names of the failed jobs (attempts exhausted), counted by event name. */
export async function failedJobsByEvent(url, { limit = 2000 } = {}) {
  const [ids] = await redisPipeline(url, [["ZRANGE", `${EVENT_QUEUE_PREFIX}:failed`, 0, limit - 1]])
  if (!ids.length) return {}
  const names = await redisPipeline(url, ids.map((id) => ["HGET", `${EVENT_QUEUE_PREFIX}:${id}`, "name"]))
  const counts = {}
  for (const name of names) counts[name ?? "?"] = (counts[name ?? "?"] ?? 0) + 1
  return counts
}
