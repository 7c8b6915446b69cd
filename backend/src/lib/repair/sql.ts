import type { RecordItem, RepairContext, RepairOutcome } from "./types"
import { sqlOf } from "../sql"

/** Rows of a finder query (knex raw, `?` bindings). */
export async function rowsOf<T>(context: RepairContext, sql: string, bindings: readonly unknown[]): Promise<T[]> {
  const { rows } = await sqlOf(context.container).raw(sql, bindings)
  return rows as T[]
}

/** The later of the run's cutoff and `now − minimumMs`: some kinds wait longer than the run's olderThanMs. */
export function cutoffAtLeast(context: RepairContext, minimumMs: number): Date {
  const floor = context.now.getTime() - minimumMs
  return new Date(Math.min(context.cutoff.getTime(), floor))
}

export function errorText(error: unknown) {
  return error instanceof Error ? error.message.split("\n").join(" ") : String(error)
}

/**
 * Completes each thing a finder found and records it: `would_repair` on a dry run, else the
 * outcome `complete` returns, or `failed: <message>` when it throws. `skipped` names a reason a
 * row cannot be completed on this process at all (recorded even on a dry run).
 */
export async function completeEach<T>(
  context: RepairContext,
  record: RecordItem,
  rows: T[],
  itemOf: (row: T) => { id: string; order_id?: string | null },
  complete: (row: T) => Promise<RepairOutcome>,
  skipped: (row: T) => string | null = () => null
) {
  for (const row of rows) {
    const item = itemOf(row)
    const reason = skipped(row)
    if (reason) {
      record({ ...item, outcome: `skipped: ${reason}` })
      continue
    }
    if (context.dryRun) {
      record({ ...item, outcome: "would_repair" })
      continue
    }
    try {
      record({ ...item, outcome: await complete(row) })
    } catch (error) {
      record({ ...item, outcome: `failed: ${errorText(error)}` })
    }
  }
}
