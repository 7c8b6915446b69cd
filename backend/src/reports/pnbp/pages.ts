import { CURSOR_PAGE_SIZE, type SqlClient } from "../../lib/sql"

let cursorSeq = 0

/**
 * Rows of `sql` a page at a time (`pageSize`, 1,000) from a server-side cursor, declared in the
 * caller's transaction, so memory is bounded by a page, never by the result. Pipelined: the next
 * page is asked for before this one is handed out, so PostgreSQL reads and sends it while the
 * caller formats this one (one round trip per page no longer waits on the app, nor the app on it).
 *
 * `planWith`: settings (SET LOCAL) in force only while the cursor is planned (DECLARE), each set
 * back to its default right after; e.g. `{ enable_sort: "off" }`.
 *
 * A caller that stops early (break, throw) closes the cursor; the page asked for meanwhile is
 * awaited first (its failure ignored: the transaction may have failed already).
 */
export async function* cursorPages(
  trx: SqlClient,
  sql: string,
  bindings: readonly unknown[],
  { pageSize = CURSOR_PAGE_SIZE, planWith = {} }: { pageSize?: number; planWith?: Record<string, string> } = {}
): AsyncGenerator<any[]> {
  const name = `karya_report_page_${++cursorSeq % 1_000_000}`
  const settings = Object.entries(planWith)
  for (const [setting, value] of settings) await trx.raw(`SET LOCAL ${setting} = ${value}`)
  try {
    await trx.raw(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, bindings)
  } finally {
    for (const [setting] of settings) await Promise.resolve(trx.raw(`SET LOCAL ${setting} TO DEFAULT`)).catch(() => undefined)
  }
  const fetchPage = () => Promise.resolve(trx.raw(`FETCH ${pageSize} FROM ${name}`)).then((result) => result.rows as any[])
  let next: Promise<any[]> | null = fetchPage()
  let open = true
  try {
    while (next) {
      const rows: any[] = await next
      next = rows.length < pageSize ? null : fetchPage()
      // Observed by the next turn of the loop, or by `finally` when the caller stops early.
      next?.catch(() => undefined)
      if (rows.length) yield rows
    }
    await trx.raw(`CLOSE ${name}`)
    open = false
  } finally {
    if (open) {
      if (next) await next.catch(() => undefined)
      // Broken off (or failed): close quietly; a failed transaction has closed it already.
      await Promise.resolve(trx.raw(`CLOSE ${name}`)).catch(() => undefined)
    }
  }
}
