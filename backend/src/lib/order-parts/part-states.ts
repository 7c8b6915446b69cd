import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { tabOfState, type OrderTab, type PartState } from "@karya-binaan/contracts"
import type { OrderPart } from "@karya-binaan/contracts"
import { loadOrderParts, publicPart, type LoadedOrderPart } from "./parts"

/**
 * The lapas order list's state rows (module `order_part`, table `order_part_state`): one row per
 * lapas's part of an order with the order's number and time and the part's state, so the list
 * pages, filters and counts in SQL on indexes instead of loading every order. The state is the
 * parts' one rule (loadOrderParts → state.ts partState); this file only stores what it says.
 *
 * Each row also holds the part as the list answers it (publicPart), written with its state, so a
 * page needs no order loaded. Written by refreshOrderPartStates, called by the subscriber on every
 * event that can change a part (src/subscribers/order-part-state.ts), by the list for orders placed
 * after the newest row and for rows whose state and part disagree, and by the backstop job (stale
 * rows, an empty table) and the rebuild script.
 */

type Pg = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }
const pgOf = (scope: MedusaContainer) => scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg

/** Orders refreshed per loadOrderParts call and statement. */
const CHUNK = 100

/**
 * Orders the list never shows: drafts and direct sales (penjualan langsung: handed over at the
 * counter, their own screens). Written without jsonb's `?` operator: knex reads `?` as a binding.
 */
export const LISTED_ORDER = `o.deleted_at IS NULL AND o.is_draft_order = false AND (o.metadata -> 'direct_sale') IS NULL`

/** The rows of the given orders' parts (already loaded), in the order loadOrderParts gives them. */
function rowsOf(orderIds: string[], parts: Map<string, LoadedOrderPart[]>) {
  const rows: {
    order_id: string
    lapas_id: string
    display_id: number
    created_at: string
    position: number
    state: PartState
    part: OrderPart
  }[] = []
  for (const orderId of orderIds) {
    ;(parts.get(orderId) ?? []).forEach((part, position) =>
      rows.push({
        order_id: orderId,
        lapas_id: part.lapas.id,
        display_id: part.display_id,
        created_at: part.created_at,
        position,
        state: part.state,
        part: publicPart(part),
      })
    )
  }
  return rows
}

/**
 * Stores the state rows of the given orders from their parts as loaded: upserts a row per part
 * (its updated_at is the time of this refresh) and deletes the rows of parts these orders no longer
 * have. Orders absent from `parts`, and drafts and direct sales among them, end with no rows.
 */
export async function writeOrderPartStates(
  scope: MedusaContainer,
  orderIds: string[],
  parts: Map<string, LoadedOrderPart[]>
): Promise<number> {
  const ids = [...new Set(orderIds.filter(Boolean))]
  if (!ids.length) return 0
  const pg = pgOf(scope)
  const listed = new Set(
    (await pg.raw(`SELECT o.id FROM "order" o WHERE o.id = ANY(?) AND ${LISTED_ORDER}`, [ids])).rows.map((r) => r.id as string)
  )
  const rows = rowsOf(
    ids.filter((id) => listed.has(id)),
    parts
  )
  if (rows.length) {
    await pg.raw(
      `INSERT INTO order_part_state (id, order_id, lapas_id, display_id, order_created_at, position, state, tab, part)
       SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::timestamptz[], ?::int[], ?::text[], ?::text[], ?::jsonb[])
       ON CONFLICT (order_id, lapas_id) DO UPDATE SET
         display_id = EXCLUDED.display_id, order_created_at = EXCLUDED.order_created_at, position = EXCLUDED.position,
         state = EXCLUDED.state, tab = EXCLUDED.tab, part = EXCLUDED.part, updated_at = clock_timestamp(), deleted_at = NULL`,
      [
        rows.map(() => generateEntityId(undefined, "ops")),
        rows.map((r) => r.order_id),
        rows.map((r) => r.lapas_id),
        rows.map((r) => r.display_id),
        rows.map((r) => r.created_at),
        rows.map((r) => r.position),
        rows.map((r) => r.state),
        rows.map((r) => tabOfState(r.state)),
        rows.map((r) => JSON.stringify(r.part)),
      ]
    )
  }
  await pg.raw(
    `DELETE FROM order_part_state s
      WHERE s.order_id = ANY(?)
        AND NOT EXISTS (SELECT 1 FROM unnest(?::text[], ?::text[]) AS k(order_id, lapas_id)
                         WHERE k.order_id = s.order_id AND k.lapas_id = s.lapas_id)`,
    [ids, rows.map((r) => r.order_id), rows.map((r) => r.lapas_id)]
  )
  return rows.length
}

/**
 * Recomputes and stores the state rows of the given orders (chunks of 100): the one writer of the
 * table. Idempotent; an order that no longer exists (or became a draft or a direct sale) loses its
 * rows. Returns how many part rows were written.
 */
export async function refreshOrderPartStates(scope: MedusaContainer, orderIds: string[]): Promise<number> {
  const ids = [...new Set(orderIds.filter(Boolean))]
  let written = 0
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK)
    written += await writeOrderPartStates(scope, chunk, await loadOrderParts(scope, chunk))
  }
  return written
}

interface QueuedRefresh {
  orderIds: Set<string>
  done: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}
let queued: QueuedRefresh | null = null
let refreshing = false

/**
 * refreshOrderPartStates behind a queue: one refresh at a time in this process, the orders named
 * while it runs refreshed together in the next one. Placing an order emits several events (placed,
 * updated, captured, …) and a burst of checkouts many: they cost one load of their parts instead of
 * one each. The promise settles with the run that read the orders after the call (its error too,
 * so the event bus runs the event again).
 */
export function queueOrderPartRefresh(scope: MedusaContainer, orderIds: string[]): Promise<void> {
  const ids = orderIds.filter(Boolean)
  if (!ids.length) return Promise.resolve()
  if (!queued) {
    let resolve!: () => void
    let reject!: (error: unknown) => void
    const done = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)))
    queued = { orderIds: new Set(), done, resolve, reject }
  }
  for (const id of ids) queued.orderIds.add(id)
  const { done } = queued
  if (!refreshing) void runQueuedRefreshes(scope)
  return done
}

async function runQueuedRefreshes(scope: MedusaContainer) {
  refreshing = true
  try {
    while (queued) {
      const batch = queued
      queued = null
      try {
        await refreshOrderPartStates(scope, [...batch.orderIds])
        batch.resolve()
      } catch (error) {
        batch.reject(error)
      }
    }
  } finally {
    refreshing = false
  }
}

/** Every listed order's rows rebuilt, and rows of orders gone from the list deleted. */
export async function rebuildOrderPartStates(scope: MedusaContainer): Promise<{ orders: number; parts: number }> {
  const pg = pgOf(scope)
  const ids = (await pg.raw(`SELECT o.id FROM "order" o WHERE ${LISTED_ORDER} ORDER BY o.created_at`)).rows.map(
    (r) => r.id as string
  )
  const parts = await refreshOrderPartStates(scope, ids)
  await pg.raw(
    `DELETE FROM order_part_state s WHERE NOT EXISTS (SELECT 1 FROM "order" o WHERE o.id = s.order_id AND ${LISTED_ORDER})`
  )
  return { orders: ids.length, parts }
}

/**
 * Listed orders whose rows may be stale: none written yet, or the order, one of its fulfillments,
 * payments, captures or refunds, or a transfer confirmation or notice of it changed after its oldest row was
 * written (an event that was lost, a process that died before its refresh). Orders whose items
 * belong to no lapas have no rows and are found every time; the limit bounds them.
 */
export async function staleOrderPartOrderIds(scope: MedusaContainer, limit = 500): Promise<string[]> {
  const result = await pgOf(scope).raw(
    `WITH seen AS (
       SELECT order_id, min(updated_at) AS at FROM order_part_state WHERE deleted_at IS NULL GROUP BY order_id
     )
     SELECT o.id FROM "order" o LEFT JOIN seen s ON s.order_id = o.id
      WHERE ${LISTED_ORDER}
        AND (s.order_id IS NULL
          OR o.updated_at > s.at
          OR EXISTS (SELECT 1 FROM order_fulfillment x JOIN fulfillment f ON f.id = x.fulfillment_id
                      WHERE x.order_id = o.id AND x.deleted_at IS NULL AND f.updated_at > s.at)
          OR EXISTS (SELECT 1 FROM order_payment_collection x JOIN payment p ON p.payment_collection_id = x.payment_collection_id
                      WHERE x.order_id = o.id AND x.deleted_at IS NULL
                        AND (p.updated_at > s.at
                          OR EXISTS (SELECT 1 FROM capture c WHERE c.payment_id = p.id AND c.created_at > s.at)
                          OR EXISTS (SELECT 1 FROM refund r WHERE r.payment_id = p.id AND r.created_at > s.at)))
          OR EXISTS (SELECT 1 FROM transfer_confirmation t WHERE t.order_id = o.id AND t.updated_at > s.at)
          OR EXISTS (SELECT 1 FROM transfer_notice t WHERE t.order_id = o.id AND t.updated_at > s.at))
      ORDER BY o.created_at
      LIMIT ?`,
    [limit]
  )
  return result.rows.map((r) => r.id as string)
}

/** Whether the table has no row while listed orders exist (a new deployment, a restored database). */
export async function orderPartStatesMissing(scope: MedusaContainer): Promise<boolean> {
  const pg = pgOf(scope)
  const [{ rows: mine }, { rows: orders }] = await Promise.all([
    pg.raw(`SELECT 1 FROM order_part_state LIMIT 1`),
    pg.raw(`SELECT 1 FROM "order" o WHERE ${LISTED_ORDER} LIMIT 1`),
  ])
  return !mine.length && orders.length > 0
}

/**
 * Refreshes running in this process. The list route waits for them (briefly) before it reads, so a
 * member who shipped a package sees it under "shipped" on the next list, whatever the event bus's
 * timing; with a separate worker the rows follow within the event's handling.
 */
const inFlight = new Set<Promise<unknown>>()

/** Runs the refresh and keeps it in the in-flight set while it runs. */
export function trackedRefresh(work: () => Promise<unknown>): Promise<unknown> {
  const promise = work().finally(() => inFlight.delete(promise))
  inFlight.add(promise)
  return promise
}

/** Waits for the refreshes running in this process, at most `timeoutMs`; their errors are their subscriber's. */
export async function settleRefreshes(timeoutMs = 2_000): Promise<void> {
  if (!inFlight.size) return
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    Promise.allSettled([...inFlight]),
    new Promise((resolve) => {
      timer = setTimeout(resolve, timeoutMs)
    }),
  ])
  clearTimeout(timer)
}

export interface PartStateFilter {
  /** null: every lapas (national members). */
  lapasId: string | null
  state?: PartState
  tab?: OrderTab
  /** An order's display number. */
  q?: number
}

export interface PartStateKey {
  order_id: string
  lapas_id: string
  state: PartState
  part: OrderPart
}

/**
 * The list in two statements on the table's indexes: the page's part keys (newest order first,
 * then higher number, then the part's place in its order, as listParts sorts), and the number of
 * parts in each state among those matching the search (the state or tab filter narrows only the
 * page, as listParts counts).
 */
export async function pageOrderPartStates(
  scope: MedusaContainer,
  filter: PartStateFilter,
  page: { limit: number; offset: number }
): Promise<{ keys: PartStateKey[]; byState: Map<PartState, number> }> {
  const pg = pgOf(scope)
  const where: string[] = ["s.deleted_at IS NULL"]
  const bindings: unknown[] = []
  if (filter.lapasId) {
    where.push("s.lapas_id = ?")
    bindings.push(filter.lapasId)
  }
  if (filter.q !== undefined) {
    where.push("s.display_id = ?")
    bindings.push(filter.q)
  }
  const pageWhere = [...where]
  const pageBindings = [...bindings]
  if (filter.state) {
    pageWhere.push("s.state = ?")
    pageBindings.push(filter.state)
  }
  if (filter.tab) {
    pageWhere.push("s.tab = ?")
    pageBindings.push(filter.tab)
  }
  const [pageRows, countRows] = await Promise.all([
    pg.raw(
      `SELECT s.order_id, s.lapas_id, s.state, s.part FROM order_part_state s
        WHERE ${pageWhere.join(" AND ")}
        ORDER BY s.order_created_at DESC, s.display_id DESC, s.position
        LIMIT ? OFFSET ?`,
      [...pageBindings, page.limit, page.offset]
    ),
    pg.raw(`SELECT s.state, count(*)::int AS n FROM order_part_state s WHERE ${where.join(" AND ")} GROUP BY s.state`, bindings),
  ])
  return {
    keys: pageRows.rows as PartStateKey[],
    byState: new Map((countRows.rows as { state: PartState; n: number }[]).map((r) => [r.state, Number(r.n)])),
  }
}

/**
 * The backstop (job src/jobs/order-part-states.ts, script src/scripts/rebuild-order-part-states.ts):
 * a full rebuild when the table is empty while orders exist, else a refresh of the stale orders
 * (staleOrderPartOrderIds, at most `limit`).
 */
export async function repairOrderPartStates(
  scope: MedusaContainer,
  options: { limit?: number } = {}
): Promise<{ rebuilt: boolean; orders: number }> {
  if (await orderPartStatesMissing(scope)) {
    const { orders } = await rebuildOrderPartStates(scope)
    return { rebuilt: true, orders }
  }
  const stale = await staleOrderPartOrderIds(scope, options.limit ?? 500)
  await refreshOrderPartStates(scope, stale)
  return { rebuilt: false, orders: stale.length }
}

/**
 * Listed orders numbered after the newest row (placed since, their order.placed still being
 * handled, e.g. by a separate worker), at most `limit`; on the order's display_id index. The list
 * refreshes them before it reads, so a new order never waits for its event to be listed.
 */
export async function ordersAfterNewestRow(scope: MedusaContainer, limit = 50): Promise<string[]> {
  const { rows } = await pgOf(scope).raw(
    `SELECT o.id FROM "order" o
      WHERE o.display_id > (SELECT coalesce(max(display_id), 0) FROM order_part_state) AND ${LISTED_ORDER}
      ORDER BY o.display_id LIMIT ?`,
    [limit]
  )
  return rows.map((r) => r.id as string)
}
