import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getLineItemTotals, MathBN } from "@medusajs/framework/utils"
import { toRupiahBigInt } from "@karya-binaan/shares"
import type { MedusaContainer } from "@medusajs/framework/types"
import ProductModule from "@medusajs/medusa/product"
import LapasModule from "../../../modules/lapas"
import { linkTableName, sqlOf } from "../../../lib/sql"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import { policyFor, type PolicyRow } from "../../../modules/profit-share/policy"
import type { CostSnapshot } from "./share-ensure-cost-snapshots"
import type { SaleChannel } from "@karya-binaan/contracts"
import { lineKindOf, saleChannelOfOrder } from "../../../lib/finance/channel"
import type { LineKind } from "../../../modules/profit-share/models/ledger-entry"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
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

/**
 * A line's subtotal, discount and total for the quantity sold. Medusa's computed line totals count
 * only what was not returned (received or dismissed), so a booking that runs after a return would
 * book less than was sold, and the return's refund would then be reversed from it a second time.
 */
export function soldFigures(item: any): { subtotal: BigNumberInput; discount_subtotal: BigNumberInput; total: BigNumberInput } {
  const returned = MathBN.add(item.detail?.return_received_quantity ?? 0, item.detail?.return_dismissed_quantity ?? 0)
  if (MathBN.eq(returned, 0)) return item
  const { detail: _returns, ...sold } = item
  return getLineItemTotals(sold, { includeTax: !!item.is_tax_inclusive })
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

const LAPAS_PRODUCT_TABLE = linkTableName(LapasModule.linkable.lapas, ProductModule.linkable.product)
const AGREEMENT_PRODUCT_TABLE = linkTableName(LapasModule.linkable.lapasPartnerAgreement, ProductModule.linkable.product)

/** The lapas and the partner agreement of each product on the order's lines, in one read of the link tables. */
async function productLinksOfOrder(
  container: MedusaContainer,
  orderId: string
): Promise<{ product_id: string; lapas_id: string | null; agreement_id: string | null }[]> {
  const { rows } = await sqlOf(container).raw(
    `SELECT DISTINCT li.product_id, lp.lapas_id, pa.lapas_partner_agreement_id AS agreement_id
       FROM order_item oi
       JOIN order_line_item li ON li.id = oi.item_id
       LEFT JOIN ${LAPAS_PRODUCT_TABLE} lp ON lp.product_id = li.product_id AND lp.deleted_at IS NULL
       LEFT JOIN ${AGREEMENT_PRODUCT_TABLE} pa ON pa.product_id = li.product_id AND pa.deleted_at IS NULL
      WHERE oi.order_id = ? AND li.product_id IS NOT NULL`,
    [orderId]
  )
  return rows
}

/**
 * Everything a sale booking needs, read before the ledger transaction, for the lines of the
 * order's parts that are paid (lib/order-parts/paid-parts.ts): each line's net revenue
 * (subtotal − discount, so no tax and no shipping), what was paid for it, its snapshotted HPP,
 * its lapas and partner agreement, and the share policy in force on the order's date.
 */
export const loadSharePlanStep = createStep(
  "share-load-sale",
  async (input: { order_id: string; snapshots: CostSnapshot[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
    // The order, its products' lapas and agreements, and the share policies, read at once.
    const [{ data: orders }, productLinks, allPolicies] = await Promise.all([
      query.graph({
        entity: "order",
        fields: [
          "id",
          "created_at",
          "status",
          "metadata",
          // Line totals are computed only when an order total is asked for too.
          "total",
          "items.id",
          "items.product_id",
          "items.product_type",
          "items.quantity",
          "items.subtotal",
          "items.discount_subtotal",
          "items.total",
          // To book a line returned in part or in full at what was sold (see soldFigures).
          "items.unit_price",
          "items.is_tax_inclusive",
          "items.tax_lines.rate",
          "items.adjustments.amount",
          "items.adjustments.is_tax_inclusive",
          "items.detail.return_received_quantity",
          "items.detail.return_dismissed_quantity",
          "payment_collections.id",
          "payment_collections.status",
          "payment_collections.amount",
          "payment_collections.captured_amount",
          "payment_collections.payments.id",
          "payment_collections.payments.captured_at",
        ],
        filters: { id: input.order_id },
      }),
      productLinksOfOrder(container, input.order_id),
      profitShare.listSharePolicies({}, { take: null as any }) as unknown as Promise<PolicyRow[]>,
    ])
    const order = orders[0] as any
    if (!order) {
      return new StepResponse<SalePlan>({ order_id: input.order_id, book: false, reason: "order not found", lines: [] })
    }
    const collections = (order.payment_collections ?? []) as any[]
    const fullyCaptured = isFullyCaptured(collections)
    const bankTransfer: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const confirmations = fullyCaptured ? [] : await bankTransfer.listTransferConfirmations({ order_id: order.id })
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
      return new StepResponse<SalePlan>({
        order_id: order.id,
        book: false,
        reason: "no part of the order is paid yet",
        lines: [],
      })
    }
    const items = (order.items ?? []).filter(Boolean) as any[]
    const lapasOfProduct = new Map<string, string>()
    const agreementOfProduct = new Map<string, string>()
    for (const link of productLinks) {
      if (link.lapas_id) lapasOfProduct.set(link.product_id, link.lapas_id)
      if (link.agreement_id) agreementOfProduct.set(link.product_id, link.agreement_id)
    }
    // The policies made effective on or before the order's moment (policyFor picks by WIB day).
    const orderedAt = new Date(order.created_at).getTime()
    const policies = allPolicies.filter((p) => new Date(p.effective_from).getTime() <= orderedAt)

    const channel = saleChannelOfOrder(order.metadata)
    const costs = new Map(input.snapshots.map((s) => [s.line_item_id, s]))
    const lines: SaleLinePlan[] = items.flatMap((item) => {
      const snapshot = costs.get(item.id)
      const lapasId = snapshot?.lapas_id ?? lapasOfProduct.get(item.product_id) ?? null
      const linePaid = linePaidAt(paid, lapasId)
      if (!linePaid.paid) return []
      const agreementId = agreementOfProduct.get(item.product_id) ?? null
      const sold = soldFigures(item)
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
    return new StepResponse<SalePlan>({ order_id: order.id, book: true, lines })
  }
)
