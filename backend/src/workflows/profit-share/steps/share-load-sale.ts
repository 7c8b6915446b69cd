import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getLineItemTotals, MathBN } from "@medusajs/framework/utils"
import { toRupiahBigInt } from "@karya-binaan/shares"
import type { MedusaContainer } from "@medusajs/framework/types"
import { sqlOf } from "../../../lib/sql"
import { orderKey, type OrderRef } from "../../../lib/orders/payment-order"
import { AGREEMENT_PRODUCT_TABLE, LAPAS_PRODUCT_TABLE } from "../../../lib/lapas/link-tables"
import { policyFor, type PolicyRow } from "../../../modules/profit-share/policy"
import type { CostSnapshot } from "./share-ensure-cost-snapshots"
import type { SaleChannel } from "@karya-binaan/contracts"
import { lineKindOf, saleChannelOfOrder } from "../../../lib/finance/channel"
import type { LineKind } from "../../../modules/profit-share/models/ledger-entry"
import { linePaidAt, paidParts } from "../../../lib/order-parts/paid-parts"

/** A sale line as a step passes it on (amounts as strings: step results are JSON). */
export interface SaleLinePlan {
  line_item_id: string
  lapas_id: string | null
  quantity: number
  revenue: string
  paid: string
  unit_cost: string
  policy: { id: string | null; capital_bp: number; premi_bp: number; pnbp_bp: number }
  /** The order's channel (direct sale: its venue's kind; else online). */
  channel: SaleChannel
  /** "service" when the line's product type is jasa. */
  line_kind: LineKind
  /** The line's accounting date (ISO): when its lapas's part was paid; null to book it when written. */
  booked_at: string | null
}

export type SalePlan =
  | {
      order_id: string
      book: true
      /** The lines of the parts paid so far (paid-parts.ts), each with its own accounting date. */
      lines: SaleLinePlan[]
    }
  | { order_id: string; book: false; reason: string; lines: [] }

/**
 * A payment collection whose money counts for the sale: any that is not canceled, and a canceled
 * one that had captured money (an order canceled after payment: Medusa refunds the capture and
 * cancels the collection). The sale of what was paid is booked either way and the cancel's refunds
 * reverse it, so the ledger does not depend on whether the capture's booking ran before the cancel.
 */
function countsForSale(collection: any) {
  if (!collection) return false
  return collection.status !== "canceled" || toRupiahBigInt(collection.captured_amount ?? 0, { round: true }) > 0n
}

/** The order's payment collections are captured in full (partial captures wait for the rest). */
export function isFullyCaptured(collections: any[]) {
  const live = collections.filter(countsForSale)
  if (!live.length) return false
  // Medusa-computed totals: they can carry a fraction after tax.
  return live.every(
    (c) => toRupiahBigInt(c.captured_amount ?? 0, { round: true }) >= toRupiahBigInt(c.amount ?? 0, { round: true })
  )
}

/** The latest captured_at of the order's live payments (when it became captured in full), ISO; null when none says. */
export function capturedAt(collections: any[]): string | null {
  let latest: number | null = null
  for (const collection of collections) {
    if (!countsForSale(collection)) continue
    for (const payment of (collection.payments ?? []) as any[]) {
      const at = payment?.captured_at ? new Date(payment.captured_at).getTime() : NaN
      if (!Number.isNaN(at) && (latest === null || at > latest)) latest = at
    }
  }
  return latest === null ? null : new Date(latest).toISOString()
}

/** What the order's live payments have captured so far, whole rupiah. */
function capturedAmount(collections: any[]): bigint {
  return collections
    .filter(countsForSale)
    .reduce((sum, c) => sum + toRupiahBigInt(c.captured_amount ?? 0, { round: true }), 0n)
}

/**
 * Everything of the order a sale booking reads, in ONE statement (instead of query.graph's order
 * with its computed totals, a read of the link tables and the bank-transfer module's list): the
 * order; its current lines (its version's order_item over order_line_item, as Medusa's order
 * module reads them: the item's unit price when set, else the line's) with their tax lines,
 * their adjustments of that version, and each product's lapas and
 * partner agreement (link tables); its payment collections with their payments; its lapas's
 * transfer confirmations. A collection's captured amount is what its payments' captures hold, not
 * its own captured_amount: Medusa's capturePayment writes the capture and then updates the
 * collection in a separate transaction, so a process killed between the two leaves the collection
 * behind (the ledger audit sums the captures too). Amounts are the exact `raw_*` values, as strings. Soft-deleted rows
 * are left out, as Medusa does. The line figures are then computed by Medusa's own
 * getLineItemTotals (saleLineFigures), which its order module runs on the same values.
 * `orderIdSql`: the order's id as SQL with one `?` (orderKey: the id itself, or a payment's order).
 */
const saleFactsSql = (orderIdSql: string) => `
  SELECT o.id, o.created_at, o.metadata,
         (SELECT COALESCE(json_agg(json_build_object(
                   'id', li.id,
                   'product_id', li.product_id,
                   'product_type', li.product_type,
                   'quantity', oi.raw_quantity ->> 'value',
                   'unit_price', COALESCE(oi.raw_unit_price, li.raw_unit_price) ->> 'value',
                   'is_tax_inclusive', li.is_tax_inclusive,
                   'lapas_id', (SELECT lp.lapas_id FROM ${LAPAS_PRODUCT_TABLE} lp
                                 WHERE lp.product_id = li.product_id AND lp.deleted_at IS NULL
                                 ORDER BY lp.lapas_id LIMIT 1),
                   'agreement_id', (SELECT pa.lapas_partner_agreement_id FROM ${AGREEMENT_PRODUCT_TABLE} pa
                                     WHERE pa.product_id = li.product_id AND pa.deleted_at IS NULL
                                     ORDER BY pa.lapas_partner_agreement_id LIMIT 1),
                   'tax_lines', (SELECT COALESCE(json_agg(json_build_object('rate', t.raw_rate ->> 'value') ORDER BY t.id), '[]')
                                   FROM order_line_item_tax_line t WHERE t.item_id = li.id AND t.deleted_at IS NULL),
                   'adjustments', (SELECT COALESCE(json_agg(json_build_object(
                                             'amount', a.raw_amount ->> 'value', 'is_tax_inclusive', a.is_tax_inclusive) ORDER BY a.id), '[]')
                                     FROM order_line_item_adjustment a
                                    WHERE a.item_id = li.id AND a.version = oi.version AND a.deleted_at IS NULL)
                 ) ORDER BY li.created_at, li.id), '[]')
            FROM order_item oi
            JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
           WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL) AS items,
         (SELECT COALESCE(json_agg(json_build_object(
                   'id', pc.id,
                   'status', pc.status,
                   'amount', pc.raw_amount ->> 'value',
                   'captured_amount', (SELECT COALESCE(sum((c.raw_amount ->> 'value')::numeric), 0)::text
                                         FROM payment p JOIN capture c ON c.payment_id = p.id AND c.deleted_at IS NULL
                                        WHERE p.payment_collection_id = pc.id AND p.deleted_at IS NULL),
                   'payments', (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'captured_at', p.captured_at) ORDER BY p.id), '[]')
                                  FROM payment p WHERE p.payment_collection_id = pc.id AND p.deleted_at IS NULL)
                 ) ORDER BY pc.id), '[]')
            FROM order_payment_collection opc
            JOIN payment_collection pc ON pc.id = opc.payment_collection_id AND pc.deleted_at IS NULL
           WHERE opc.order_id = o.id AND opc.deleted_at IS NULL) AS payment_collections,
         (SELECT COALESCE(json_agg(json_build_object(
                   'lapas_id', tc.lapas_id, 'amount', tc.raw_amount ->> 'value', 'created_at', tc.created_at
                 ) ORDER BY tc.created_at, tc.id), '[]')
            FROM transfer_confirmation tc
           WHERE tc.order_id = o.id AND tc.deleted_at IS NULL) AS confirmations
    FROM "order" o
   WHERE o.id = ${orderIdSql} AND o.deleted_at IS NULL`

/** A line as saleFactsSql reads it (exact amounts and quantities as strings). */
export interface SaleFactLine {
  id: string
  product_id: string | null
  product_type: string | null
  quantity: string
  unit_price: string
  is_tax_inclusive: boolean
  lapas_id: string | null
  agreement_id: string | null
  tax_lines: { rate: string }[]
  adjustments: { amount: string; is_tax_inclusive: boolean }[]
}

/**
 * A line's subtotal, discount and total for the whole quantity sold, by Medusa's getLineItemTotals
 * (what its order module computes for a line with nothing returned). Its order module counts only
 * what was not returned (received or dismissed), so a booking that ran after a return would book
 * less than was sold, and the return's refund would then be reversed from it a second time: the
 * sale is booked at what was sold, whatever came back since.
 */
export function saleLineFigures(line: Pick<SaleFactLine, "quantity" | "unit_price" | "is_tax_inclusive" | "tax_lines" | "adjustments">) {
  return getLineItemTotals(
    {
      quantity: line.quantity,
      unit_price: line.unit_price,
      is_tax_inclusive: !!line.is_tax_inclusive,
      tax_lines: line.tax_lines.map((t) => ({ rate: t.rate })),
      adjustments: line.adjustments.map((a) => ({ amount: a.amount, is_tax_inclusive: !!a.is_tax_inclusive })),
    } as any,
    { includeTax: !!line.is_tax_inclusive }
  )
}

/**
 * Everything a sale booking needs, read before the ledger transaction, for the lines of the
 * order's parts that are paid (lib/order-parts/paid-parts.ts): each line's net revenue
 * (subtotal − discount, so no tax and no shipping), what was paid for it, its snapshotted HPP,
 * its lapas and partner agreement, and the share policy in force on the order's date. Two
 * statements at once: the order's facts (saleFactsSql) and the share policies.
 */
export async function loadSalePlan(
  container: MedusaContainer,
  input: { order_id: string; snapshots: CostSnapshot[] }
): Promise<SalePlan> {
  return salePlanOf(await readSaleFacts(container, input.order_id), input)
}

/** What loadSalePlan reads: the order's facts (saleFactsSql; undefined when there is no such order) and the share policies. */
export interface SaleFacts {
  order: any
  policies: PolicyRow[]
}

/**
 * loadSalePlan's reads, two statements at once (they need only the order's id, or a payment's
 * id: then the order is the one the payment pays for, read in the same statement).
 */
export async function readSaleFacts(container: MedusaContainer, order: string | OrderRef): Promise<SaleFacts> {
  const sql = sqlOf(container)
  const key = orderKey(typeof order === "string" ? { order_id: order } : order)
  const [{ rows: orders }, { rows: policies }] = await Promise.all([
    sql.raw(saleFactsSql(key.sql), [key.binding]),
    sql.raw(
      `SELECT id, scope, lapas_id, partner_agreement_id, capital_bp, premi_bp, pnbp_bp, effective_from, created_at
         FROM share_policy WHERE deleted_at IS NULL`
    ),
  ])
  return { order: orders[0], policies: policies as PolicyRow[] }
}

/** loadSalePlan's plan from what it read (pure). */
export function salePlanOf(facts: SaleFacts, input: { order_id: string; snapshots: CostSnapshot[] }): SalePlan {
  const order = facts.order as any
  const allPolicies = facts.policies
  if (!order) {
    return { order_id: input.order_id, book: false, reason: "order not found", lines: [] }
  }
  const collections = (order.payment_collections ?? []) as any[]
  const fullyCaptured = isFullyCaptured(collections)
  const confirmations = fullyCaptured ? [] : ((order.confirmations ?? []) as any[])
  const paid = paidParts({
    fully_captured: fullyCaptured,
    captured_at: capturedAt(collections),
    captured_amount: capturedAmount(collections),
    confirmations: (confirmations as any[]).map((c) => ({
      lapas_id: c.lapas_id,
      amount: toRupiahBigInt(c.amount ?? 0, { round: true }),
      confirmed_at: new Date(c.created_at).toISOString(),
    })),
  })
  if (!paid.every_part && !paid.lapas.size) {
    return { order_id: order.id, book: false, reason: "no part of the order is paid yet", lines: [] }
  }
  const items = (order.items ?? []) as SaleFactLine[]
  // The policies made effective on or before the order's moment (policyFor picks by WIB day).
  const orderedAt = new Date(order.created_at).getTime()
  const policies = (allPolicies as PolicyRow[]).filter((p) => new Date(p.effective_from).getTime() <= orderedAt)

  const channel = saleChannelOfOrder(order.metadata)
  const costs = new Map(input.snapshots.map((s) => [s.line_item_id, s]))
  const lines: SaleLinePlan[] = items.flatMap((item) => {
    const snapshot = costs.get(item.id)
    const lapasId = snapshot?.lapas_id ?? item.lapas_id ?? null
    const linePaid = linePaidAt(paid, lapasId)
    if (!linePaid.paid) return []
    const agreementId = item.agreement_id ?? null
    const sold = saleLineFigures(item)
    const revenue = toRupiahBigInt(MathBN.sub(sold.subtotal ?? 0, sold.discount_subtotal ?? 0), { round: true })
    return {
      line_item_id: item.id,
      lapas_id: lapasId,
      quantity: Number(item.quantity),
      revenue: revenue.toString(),
      paid: toRupiahBigInt(sold.total ?? 0, { round: true }).toString(),
      // A line without a snapshot is booked at cost 0 rather than not at all; the
      // production workflow snapshots every line, so this only guards against gaps.
      unit_cost: snapshot ? toRupiahBigInt(snapshot.unit_cost).toString() : "0",
      policy: policyFor(policies, { lapas_id: lapasId, partner_agreement_id: agreementId }, order.created_at),
      channel,
      line_kind: lineKindOf(item.product_type),
      booked_at: linePaid.at,
    }
  })
  return { order_id: order.id, book: true, lines }
}

export const loadSharePlanStep = createStep(
  "share-load-sale",
  async (input: { order_id: string; snapshots: CostSnapshot[] }, { container }) =>
    new StepResponse<SalePlan>(await loadSalePlan(container, input))
)
