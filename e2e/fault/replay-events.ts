/**
 * Runs inside the Medusa app (`medusa exec ../e2e/fault/replay-events.ts` from backend/, started by
 * e2e/fault/run.mjs with MEDUSA_WORKER_MODE=server: it emits onto Redis and consumes nothing).
 * Duplicate and out-of-order events for entities that exist: a random sample (FAULT_SEED,
 * FAULT_REPLAY_SAMPLE per kind) of `payment.captured` (captured payments), `payment.refunded`
 * (refunded payments), `order.canceled` (canceled orders) and `order.placed` (any order), each
 * emitted TWICE, all in one shuffled batch, so the worker sees a refund before its capture's
 * replay, a placed order after its cancel, and so on. Prints `REPLAY_REPORT {json}` with the counts.
 */
import { createRequire } from "node:module"
import path from "node:path"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { ContainerRegistrationKeys, Modules } = fromBackend("@medusajs/framework/utils")

type Row = Record<string, any>

function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(list: T[], next: () => number): T[] {
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

export default async function replayEvents({ container }: { container: any }) {
  const seed = Number(process.env.FAULT_SEED || 1)
  const round = Number(process.env.FAULT_REPLAY_ROUND || 1)
  const sample = Number(process.env.FAULT_REPLAY_SAMPLE || 30)
  const next = rng(seed * 104729 + round)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const eventBus = container.resolve(Modules.EVENT_BUS)

  // Ids only, read straight from the modules' tables: the sample is about which entities exist.
  const ids = async (sql: string) => ((await pg.raw(sql)).rows as Row[]).map((r) => r.id as string)
  const kinds: Record<string, string[]> = {
    "payment.captured": await ids(`SELECT DISTINCT payment_id AS id FROM capture WHERE deleted_at IS NULL`),
    "payment.refunded": await ids(`SELECT DISTINCT payment_id AS id FROM refund WHERE deleted_at IS NULL`),
    "order.canceled": await ids(`SELECT id FROM "order" WHERE canceled_at IS NOT NULL AND deleted_at IS NULL`),
    "order.placed": await ids(`SELECT id FROM "order" WHERE deleted_at IS NULL`),
  }
  const events: { name: string; data: { id: string } }[] = []
  const counts: Record<string, number> = {}
  for (const [name, all] of Object.entries(kinds)) {
    const chosen = shuffle(all, next).slice(0, sample)
    counts[name] = chosen.length * 2
    for (const id of chosen) events.push({ name, data: { id } }, { name, data: { id } })
  }
  const shuffled = shuffle(events, next)
  // A few at a time, so the replays spread over the worker's run instead of arriving as one block.
  for (let i = 0; i < shuffled.length; i += 25) {
    await eventBus.emit(shuffled.slice(i, i + 25))
  }
  console.log(`REPLAY_REPORT ${JSON.stringify({ round, emitted: shuffled.length, by_kind: counts })}`)
}
