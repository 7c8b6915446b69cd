import type { RepairContext } from "./types"
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
