import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toRupiahBigInt, type Account } from "@karya-binaan/shares"
import type { Database, SqlClient } from "../sql"
import {
  checkPremi,
  checkRefunds,
  checkSales,
  checkTransferCaptures,
  paidLines,
  type LineFact,
  type OrderFact,
  type RefundRow,
  type ReversalGroup,
  type SaleRow,
} from "./checks"
import {
  CONFIRMATIONS_SQL,
  COUNTS_SQL,
  LINE_FACTS_SQL,
  NOTIFICATIONS_SQL,
  ORDER_FACTS_SQL,
  ORDER_PLACED_MISSING_SQL,
  PREMI_SQL,
  REFUNDS_SQL,
  RESERVATIONS_SQL,
  REVERSAL_ENTRIES_SQL,
  SALE_ENTRIES_SQL,
  scopedCte,
  STOCK_LEVELS_SQL,
  type Scope,
} from "./queries"
import { DISCREPANCY_KINDS, type AuditOptions, type AuditReport, type Discrepancy, type DiscrepancyKind } from "./types"

const rupiah = (value: unknown) => toRupiahBigInt(value ?? 0)
const rupiahOrNull = (value: unknown) => (value === null || value === undefined ? null : toRupiahBigInt(value))

/**
 * The ledger audit: says from the database alone whether the money and the stock are right.
 * Every check is a discrepancy kind (types.ts); the rules are in checks.ts and the SQL in
 * queries.ts. Reads only, in one read-only repeatable-read transaction (one snapshot of all
 * tables), set-based: a few statements whatever the number of orders.
 *
 * Scope: every order, the ones in `orderIds`, or those created at or after `since`. Inventory
 * levels (reserved = live reservations, stock ≥ 0, reserved ≤ stocked) are checked unless
 * `orderIds` names orders; notifications are all of them, or those of the orders named.
 */
export async function auditLedger(container: MedusaContainer, options: AuditOptions = {}): Promise<AuditReport> {
  const started = new Date()
  const scope: Scope = {
    orderIds: options.orderIds?.length ? [...new Set(options.orderIds)] : null,
    since: options.since ? new Date(options.since).toISOString() : null,
  }
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Database
  const result = await db.transaction(async (trx) => {
    await trx.raw(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`)
    return runAudit(trx, scope)
  })
  const by_kind = Object.fromEntries(DISCREPANCY_KINDS.map((k) => [k, 0])) as Record<DiscrepancyKind, number>
  for (const d of result.discrepancies) by_kind[d.kind]++
  return {
    started_at: started.toISOString(),
    finished_at: new Date().toISOString(),
    scope: { order_ids: scope.orderIds, since: scope.since },
    counts: result.counts,
    by_kind,
    discrepancies: result.discrepancies,
  }
}

async function runAudit(trx: SqlClient, scope: Scope) {
  const cte = scopedCte(scope)
  const rows = async (sql: string, extra: unknown[] = []) => (await trx.raw(sql, [...cte.bindings, ...extra])).rows as any[]
  const everything = !scope.orderIds && !scope.since
  const out: Discrepancy[] = []

  // Orders, their money and lines.
  const orders = new Map<string, OrderFact>()
  let canceledOrders = 0
  let canceledParts = 0
  let refundCount = 0
  for (const r of await rows(ORDER_FACTS_SQL(cte.sql))) {
    orders.set(r.id, {
      id: r.id,
      status: r.status,
      canceled_parts: Number(r.canceled_parts),
      live_full: r.live_collections > 0 && r.live_full,
      ever_full: r.ever_full,
      captured_total: rupiah(r.captured_total),
      refunded_total: rupiah(r.refunded_total),
      refunds: Number(r.refunds),
    })
    if (r.status === "canceled") canceledOrders++
    canceledParts += Number(r.canceled_parts)
    refundCount += Number(r.refunds)
  }
  const confirmations = new Map<string, Map<string, bigint>>()
  for (const r of await rows(CONFIRMATIONS_SQL(cte.sql))) {
    const ofOrder = confirmations.get(r.order_id) ?? new Map<string, bigint>()
    ofOrder.set(r.lapas_id, rupiah(r.amount))
    confirmations.set(r.order_id, ofOrder)
  }
  const lines = new Map<string, LineFact>()
  for (const r of await rows(LINE_FACTS_SQL(cte.sql))) {
    lines.set(r.line_item_id, {
      order_id: r.order_id,
      line_item_id: r.line_item_id,
      current_quantity: Number(r.current_quantity),
      quantities: (r.quantities as string[]).map(Number),
      unit_price: r.unit_price === null ? null : toRupiahBigInt(r.unit_price, { round: true }),
      tax_inclusive: !!r.tax_inclusive,
      discount: toRupiahBigInt(r.discount ?? 0, { round: true }),
      lapas_id: r.lapas_id ?? null,
      unit_cost: rupiahOrNull(r.unit_cost),
    })
  }

  // The ledger: sales, reversals, refunds.
  const sales: SaleRow[] = (await rows(SALE_ENTRIES_SQL(cte.sql))).map((r) => ({
    id: r.id,
    order_id: r.order_id,
    line_item_id: r.line_item_id,
    lapas_id: r.lapas_id ?? null,
    account: r.account as Account,
    amount: rupiah(r.amount),
    idempotency_key: r.idempotency_key,
    quantity: Number(r.quantity),
    revenue: rupiah(r.revenue),
    paid: rupiah(r.paid),
    unit_cost: rupiahOrNull(r.unit_cost),
    capital_bp: r.capital_bp === null ? null : Number(r.capital_bp),
    premi_bp: r.premi_bp === null ? null : Number(r.premi_bp),
    pnbp_bp: r.pnbp_bp === null ? null : Number(r.pnbp_bp),
  }))
  const reversals: ReversalGroup[] = (await rows(REVERSAL_ENTRIES_SQL(cte.sql))).map((r) => ({
    order_id: r.order_id,
    line_item_id: r.line_item_id,
    kind: r.kind,
    reference_id: r.reference_id ?? null,
    account: r.account as Account,
    n: Number(r.n),
    amount: rupiah(r.amount),
    paid: rupiah(r.paid),
    unit_cost: rupiahOrNull(r.unit_cost),
    created_at: new Date(r.created_at),
  }))
  const refunds: RefundRow[] = (await rows(REFUNDS_SQL(cte.sql))).map((r) => ({
    id: r.id,
    order_id: r.order_id,
    amount: rupiah(r.amount),
  }))

  checkTransferCaptures(orders, confirmations, out)
  const paid = paidLines(orders, [...lines.values()], confirmations)
  const booked = checkSales(paid, lines, sales, reversals, out)
  checkRefunds(orders, refunds, reversals, booked, out)

  // Premi.
  checkPremi(
    (await rows(PREMI_SQL(cte.sql))).map((r) => ({
      order_id: r.order_id,
      line_item_id: r.line_item_id,
      booked: rupiah(r.booked),
      allocated: rupiah(r.allocated),
      allocations: Number(r.allocations),
      orphans: Number(r.orphans),
      has_makers: !!r.has_makers,
    })),
    out
  )

  // Stock.
  if (!scope.orderIds) {
    for (const r of (await trx.raw(STOCK_LEVELS_SQL)).rows as any[]) checkStockLevel(r, out)
  }
  for (const r of await rows(RESERVATIONS_SQL(cte.sql))) {
    const quantity = Number(r.quantity)
    const current = Number(r.current_quantity)
    if (r.status === "canceled" || current === 0 || quantity > current) {
      out.push({
        kind: "stock_lost",
        order_id: r.order_id,
        id: r.id,
        expected: String(r.status === "canceled" ? 0 : current),
        actual: String(quantity),
        detail:
          r.status === "canceled"
            ? `Reservation ${r.id} still holds ${quantity} unit(s) for line ${r.line_item_id} of canceled order ${r.order_id}.`
            : current === 0
              ? `Reservation ${r.id} still holds ${quantity} unit(s) for line ${r.line_item_id}, which left order ${r.order_id} (canceled part).`
              : `Reservation ${r.id} holds ${quantity} unit(s) for line ${r.line_item_id}, which has ${current}.`,
      })
    }
  }

  // Notifications.
  let notifications = 0
  for (const r of await rows(NOTIFICATIONS_SQL(cte.sql, everything))) {
    if (r.problem === "count") notifications = Number(r.n)
    else if (r.problem === "key" || r.problem === "per_order") {
      out.push({
        kind: "notification_duplicate",
        order_id: r.order_id ?? undefined,
        id: String(r.ids).split(",")[1],
        expected: "1",
        actual: String(r.n),
        detail:
          r.problem === "key"
            ? `Notification key ${r.key} is held by ${r.n} rows (${r.ids}).`
            : `The ${r.template} e-mail of order ${r.order_id} was sent ${r.n} times (${r.ids}).`,
      })
    } else {
      out.push({
        kind: "notification_not_sent",
        order_id: r.order_id ?? undefined,
        id: r.ids,
        expected: "success",
        actual: r.status,
        detail: `E-mail ${r.ids} (${r.template}, key ${r.key ?? "none"}) is ${r.status}, not sent.`,
      })
    }
  }
  for (const r of await rows(ORDER_PLACED_MISSING_SQL(cte.sql))) {
    out.push({
      kind: "notification_not_sent",
      order_id: r.id,
      expected: `order-placed:${r.id}`,
      actual: "none",
      detail: `Order ${r.id} has no order-placed e-mail.`,
    })
  }

  const [counted] = await rows(COUNTS_SQL(cte.sql, !scope.orderIds && !scope.since))
  return {
    counts: {
      orders: orders.size,
      paid_parts: paid.parts.size,
      lines_booked: new Set(sales.map((s) => s.line_item_id)).size,
      refunds: refundCount,
      canceled_orders: canceledOrders,
      canceled_parts: canceledParts,
      premi_allocations: Number(counted.premi_allocations),
      reservations: Number(counted.reservations),
      notifications,
    },
    discrepancies: out,
  }
}

/** stock_oversold / stock_lost of one inventory level the SQL found out of line. */
function checkStockLevel(r: any, out: Discrepancy[]) {
  const where = `item ${r.inventory_item_id} at ${r.location_id}`
  if (r.id === null) {
    out.push({
      kind: "stock_oversold",
      id: r.inventory_item_id,
      expected: "0",
      actual: String(r.live_reserved),
      detail: `${r.live_reserved} unit(s) of ${where} are reserved where the item has no inventory level.`,
    })
    return
  }
  const stocked = Number(r.stocked)
  const reserved = Number(r.reserved)
  const live = Number(r.live_reserved)
  if (reserved > live) {
    out.push({
      kind: "stock_lost",
      id: r.id,
      expected: String(live),
      actual: String(reserved),
      detail: `Level ${r.id} (${where}) counts ${reserved} reserved but its live reservations hold ${live}: ${reserved - live} unit(s) cannot be sold.`,
    })
  } else if (reserved < live) {
    out.push({
      kind: "stock_oversold",
      id: r.id,
      expected: String(live),
      actual: String(reserved),
      detail: `Level ${r.id} (${where}) counts ${reserved} reserved but its live reservations hold ${live}: ${live - reserved} unit(s) can be sold twice.`,
    })
  }
  if (stocked < 0) {
    out.push({
      kind: "stock_oversold",
      id: r.id,
      expected: "0",
      actual: String(stocked),
      detail: `Level ${r.id} (${where}) stocks ${stocked} unit(s).`,
    })
  }
  if (reserved > stocked && !r.backorder) {
    out.push({
      kind: "stock_oversold",
      id: r.id,
      expected: String(stocked),
      actual: String(reserved),
      detail: `Level ${r.id} (${where}) reserves ${reserved} unit(s) of ${stocked} stocked.`,
    })
  }
}
