/**
 * How a line's premi is shared among its makers (pure; see README.md in this folder).
 *
 * Weights, one level: maker (batch b, inmate i) weighs
 *   units of the line from b × work units of i on b × (L / total work units of b),
 * with L the least common multiple of the totals of the line's batches, so that every weight is
 * an integer and proportional to units × share of the batch's work. allocateByWeights then gives
 * whole rupiah, largest remainder, ties to the earlier maker (batches in FIFO order, the inmates
 * of a batch by id).
 *
 * Cumulative: after the k-th premi entry of the line, an inmate's allocations add up to
 * allocateByWeights(net premi of entries 1..k); each entry books target − already allocated.
 * So a full refund nets every maker to exactly 0, and no maker goes below 0 while the line's
 * net premi is ≥ 0.
 */
import { allocateByWeights } from "@karya-binaan/shares"

export interface LineMaker {
  batch_id: string
  inmate_id: string
  weight: bigint
}

export interface LineBatchUnits {
  batch_id: string
  quantity: number
}

export interface BatchWork {
  batch_id: string
  inmate_id: string
  work_units: number
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b) [a, b] = [b, a % b]
  return a
}

/** The makers of a line with their integer weights, in a fixed order; [] when no batch has makers. */
export function lineMakers(batches: LineBatchUnits[], work: BatchWork[]): LineMaker[] {
  const totals = new Map<string, bigint>()
  for (const w of work) totals.set(w.batch_id, (totals.get(w.batch_id) ?? 0n) + BigInt(w.work_units))
  let lcm = 1n
  for (const b of batches) {
    const t = totals.get(b.batch_id)
    if (t && t > 0n) lcm = (lcm / gcd(lcm, t)) * t
  }
  const makers: LineMaker[] = []
  for (const b of batches) {
    const total = totals.get(b.batch_id)
    if (!total || b.quantity <= 0) continue
    const ofBatch = work
      .filter((w) => w.batch_id === b.batch_id && w.work_units > 0)
      .sort((x, y) => (x.inmate_id < y.inmate_id ? -1 : x.inmate_id > y.inmate_id ? 1 : 0))
    for (const w of ofBatch) {
      makers.push({
        batch_id: b.batch_id,
        inmate_id: w.inmate_id,
        weight: BigInt(b.quantity) * BigInt(w.work_units) * (lcm / total),
      })
    }
  }
  return makers
}

export interface PremiEntry {
  id: string
  amount: bigint
}

export interface ExistingAllocation {
  ledger_entry_id: string
  batch_id: string
  inmate_id: string
  amount: bigint
}

export interface NewAllocation {
  ledger_entry_id: string
  batch_id: string
  inmate_id: string
  amount: bigint
}

const key = (m: { batch_id: string; inmate_id: string }) => `${m.batch_id}|${m.inmate_id}`

/**
 * The allocations still to write for one line: `entries` are the line's premi entries in the
 * order they were booked; entries that already have allocations keep them (they count towards
 * what is already allocated) and the others get target − already allocated. Zero parts are not
 * written.
 */
export function allocateLine(
  entries: PremiEntry[],
  makers: LineMaker[],
  existing: ExistingAllocation[]
): NewAllocation[] {
  if (!makers.length) return []
  const weights = makers.map((m) => m.weight)
  const held = new Map<string, bigint>()
  const allocated = new Set(existing.map((e) => e.ledger_entry_id))
  const out: NewAllocation[] = []
  let net = 0n
  for (const entry of entries) {
    net += entry.amount
    if (allocated.has(entry.id)) {
      for (const row of existing.filter((e) => e.ledger_entry_id === entry.id)) {
        held.set(key(row), (held.get(key(row)) ?? 0n) + row.amount)
      }
      continue
    }
    const target = allocateByWeights(net, weights)
    makers.forEach((maker, i) => {
      const amount = target[i] - (held.get(key(maker)) ?? 0n)
      if (amount === 0n) return
      held.set(key(maker), (held.get(key(maker)) ?? 0n) + amount)
      out.push({ ledger_entry_id: entry.id, batch_id: maker.batch_id, inmate_id: maker.inmate_id, amount })
    })
  }
  return out
}
