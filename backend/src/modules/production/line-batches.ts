/**
 * FIFO attribution of sold units to production batches (pure; see README "Which batches sold
 * units came from"). Batches come oldest first (produced_on, then created_at, then id).
 */
export interface BatchStock {
  id: string
  /** Units the batch still has: its quantity minus units already attributed to sales. */
  left: number
}

/**
 * Takes `quantity` units from `batches` oldest first; units beyond what every batch has left
 * go to the latest batch (stock that came from elsewhere still earns its makers' premi).
 * No batch: no rows (the line has no makers). Each batch appears at most once.
 */
export function takeFifo(batches: BatchStock[], quantity: number): { batch_id: string; quantity: number }[] {
  if (!batches.length || quantity <= 0) return []
  const taken = new Map<string, number>()
  let needed = quantity
  for (const batch of batches) {
    if (needed === 0) break
    const take = Math.min(Math.max(batch.left, 0), needed)
    if (take > 0) {
      taken.set(batch.id, take)
      needed -= take
    }
  }
  if (needed > 0) {
    const latest = batches[batches.length - 1].id
    taken.set(latest, (taken.get(latest) ?? 0) + needed)
  }
  return [...taken].map(([batch_id, quantity]) => ({ batch_id, quantity }))
}
