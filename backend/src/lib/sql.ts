import type { MedusaContainer } from "@medusajs/framework/types"
import { composeTableName, ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The little of knex that app code reading by SQL needs (Medusa's PG_CONNECTION is a knex
 * instance): raw SQL with `?` bindings, and transactions.
 */
export interface SqlClient {
  raw(sql: string, bindings?: readonly unknown[]): PromiseLike<{ rows: any[] }>
}

export interface Database extends SqlClient {
  transaction<T>(work: (trx: SqlClient) => Promise<T>): Promise<T>
}

/** The app's database connection (one PostgreSQL for every module, as Medusa runs them). */
export function sqlOf(scope: MedusaContainer): SqlClient {
  return scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as SqlClient
}

interface Linkable {
  toJSON(): { serviceName: string; linkable: string }
}

/**
 * The table Medusa keeps a defineLink link between two linkables in, named the way link-modules
 * names it (composeTableName of both modules and keys). What defineLink returns carries no table
 * name, and its serviceName, entity and entryPoint are only filled in when Medusa registers the
 * link, so pass the same linkables as the link's file in src/links/.
 */
export function linkTableName(left: Linkable, right: Linkable): string {
  const a = left.toJSON()
  const b = right.toJSON()
  return composeTableName(a.serviceName, a.linkable, b.serviceName, b.linkable)
}

/** Rows a cursor hands out per round trip: memory is bounded by this, never by the result size. */
export const CURSOR_PAGE_SIZE = 1000

let cursorSeq = 0

/**
 * Rows of `sql` a page at a time (`pageSize`, 1,000) from a server-side cursor, declared in the
 * caller's transaction, so memory is bounded by a page, never by the result: the writers turn a
 * whole page into output at once (one write per page) instead of handing out rows one by one.
 *
 * The next page is asked for only once the caller is done with this one. Asking for it first (so
 * PostgreSQL sends it while the app writes this one) kept two pages alive across every page: the
 * 100,000-line CSV's peak heap grew by 72 MB instead of 16 MB (`pnpm bench:report`), for no
 * measurable gain on a loaded machine.
 *
 * `planWith`: settings (SET LOCAL) in force only while the cursor is planned (DECLARE), each set
 * back to its default right after; e.g. `{ enable_sort: "off" }`.
 *
 * A caller that stops early (break, throw) closes the cursor.
 */
export async function* cursorPages(
  trx: SqlClient,
  sql: string,
  bindings: readonly unknown[],
  { pageSize = CURSOR_PAGE_SIZE, planWith = {} }: { pageSize?: number; planWith?: Record<string, string> } = {}
): AsyncGenerator<any[]> {
  const name = `karya_cursor_${++cursorSeq % 1_000_000}`
  const settings = Object.entries(planWith)
  for (const [setting, value] of settings) await trx.raw(`SET LOCAL ${setting} = ${value}`)
  try {
    await trx.raw(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, bindings)
  } finally {
    for (const [setting] of settings) await Promise.resolve(trx.raw(`SET LOCAL ${setting} TO DEFAULT`)).catch(() => undefined)
  }
  let open = true
  try {
    for (;;) {
      const { rows } = await trx.raw(`FETCH ${pageSize} FROM ${name}`)
      if (rows.length) yield rows
      if (rows.length < pageSize) break
    }
    await trx.raw(`CLOSE ${name}`)
    open = false
  } finally {
    if (open) {
      // Broken off (or failed): close quietly; a failed transaction has closed it already.
      await Promise.resolve(trx.raw(`CLOSE ${name}`)).catch(() => undefined)
    }
  }
}

/**
 * Streams the rows of `sql` through a server-side cursor (cursorPages), row by row. Must run
 * inside a transaction (`trx`). The cursor is closed when the loop ends, is broken off or fails.
 */
export async function* cursorRows(
  trx: SqlClient,
  sql: string,
  bindings: readonly unknown[],
  pageSize = CURSOR_PAGE_SIZE
): AsyncGenerator<any> {
  for await (const page of cursorPages(trx, sql, bindings, { pageSize })) yield* page
}

/** A client's rows as the profit-share module's report functions read them. */
export const readRowsOf =
  (sql: SqlClient) =>
  async (text: string, bindings: readonly unknown[] = []) =>
    (await sql.raw(text, bindings)).rows
