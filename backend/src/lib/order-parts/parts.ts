import type { MedusaContainer } from "@medusajs/framework/types"
import { loadPartOrders } from "./part-orders"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { BANK_TRANSFER_MODULE } from "../../modules/bank-transfer"
import type BankTransferModuleService from "../../modules/bank-transfer/service"
import { lapasIdsOfStockLocations, loadLapasRows } from "../lapas/links"
import { paymentKind, transferAmounts } from "../payments/transfer"
import { lineView, partRowsOfOrders, shippingView, type OrderPartRows, type PartRows } from "./rows"
import type { OrderPart, PartTransferConfirmation, PartTransferNotice, ShippingKind } from "@karya-binaan/contracts"
import { canceledPartsOf, cancellationView, type CanceledPartRecord } from "./canceled-parts"
import { partState } from "./state"
import { chosenCourier, fulfillmentView } from "./views"

/**
 * One lapas's part of an order: its items, its shipping, its transfer confirmation and its
 * fulfillments, with the state the part is in. Staff work on parts (admin/lapas-orders), the
 * buyer's order view derives its progress from them (lib/orders/summary.ts).
 */

type Row = Record<string, any>

/** A part as the routes load it: what the API answers, and what the routes and the buyer's view need besides. */
export interface LoadedOrderPart extends OrderPart {
  /** Not for the admin screens; publicPart strips it. */
  internal: {
    payment_id: string | null
    location_id: string | null
    canceled_at: string | null
    refunds: { at: string; amount: number }[]
    paid_at: string | null
    /** Whole rupiah paid for this part (its confirmed transfer, or its share of a captured payment). */
    paid_amount: number
    /** The part's record when it was canceled on its own. */
    canceled_part: CanceledPartRecord | null
  }
}

/** What the parts are built from; the buyer's summary loads these with its own fields. */
export const ORDER_PART_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "updated_at",
  "canceled_at",
  "status",
  "email",
  "metadata",
  "total",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.product_id",
  "items.created_at",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.city",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.total",
  "shipping_methods.shipping_option_id",
  "shipping_methods.data",
  "payment_collections.status",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/** A transfer confirmation as a part shows it. */
const confirmationView = (confirmation: Row): PartTransferConfirmation => ({
  id: confirmation.id,
  amount: Number(toRupiahBigInt(confirmation.amount ?? 0, { round: true })),
  transferred_on: confirmation.transferred_on,
  proof_url: confirmation.proof_url ?? null,
  confirmed_at: iso(confirmation.created_at)!,
  confirmed_by: confirmation.confirmed_by,
})

/** A buyer's transfer notice as a part shows it. */
const noticeView = (notice: Row): PartTransferNotice => ({
  id: notice.id,
  amount: Number(toRupiahBigInt(notice.amount ?? 0, { round: true })),
  transferred_on: notice.transferred_on,
  sender_name: notice.sender_name ?? null,
  sender_bank: notice.sender_bank ?? null,
  proof_url: notice.proof_url ?? null,
  noticed_at: iso(notice.noticed_at)!,
})

/** Reads orders with ORDER_PART_FIELDS (orders that don't exist are absent). */
export type PartOrdersReader = (scope: MedusaContainer, orderIds: string[]) => Promise<Row[]>

/** The same orders through query.graph: what loadPartOrders replaces, kept for the parity test. */
export const readPartOrdersByGraph: PartOrdersReader = async (scope, orderIds) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_PART_FIELDS,
    filters: { id: orderIds, is_draft_order: false } as any,
  })
  return (data as Row[]).filter(Boolean)
}

/**
 * Every part of the given orders, grouped by order id (orders that don't exist are absent), the
 * orders read in one SQL statement (loadPartOrders) unless another reader is given.
 */
export async function loadOrderParts(
  scope: MedusaContainer,
  orderIds: string[],
  read: PartOrdersReader = loadPartOrders
): Promise<Map<string, LoadedOrderPart[]>> {
  const ids = [...new Set(orderIds.filter(Boolean))]
  if (!ids.length) return new Map()
  return buildOrderParts(scope, await read(scope, ids))
}

/**
 * The parts of orders already loaded with ORDER_PART_FIELDS, from their rows per lapas
 * (partRowsOfOrders; pass them when the caller has them already). Items of no lapas form no part.
 */
export async function buildOrderParts(
  scope: MedusaContainer,
  orders: Row[],
  rows?: OrderPartRows
): Promise<Map<string, LoadedOrderPart[]>> {
  const result = new Map<string, LoadedOrderPart[]>()
  if (!orders.length) return result
  const fulfillments = orders.flatMap((o) => ((o.fulfillments ?? []) as Row[]).filter(Boolean))
  const bankTransfer: BankTransferModuleService = scope.resolve(BANK_TRANSFER_MODULE)
  const [{ parts: partRows, places, lapasRows }, lapasOfLocation, confirmations, notices] = await Promise.all([
    rows ?? partRowsOfOrders(scope, orders),
    lapasIdsOfStockLocations(scope, fulfillments.map((f) => f.location_id)),
    bankTransfer.listTransferConfirmations({ order_id: orders.map((o) => o.id) }),
    // Newest first: a buyer may send again, the latest notice counts.
    bankTransfer.listTransferNotices({ order_id: orders.map((o) => o.id) }, { order: { noticed_at: "DESC", id: "DESC" } }),
  ])
  const latestNotice = (orderId: string, lapasId: string) => {
    const notice = (notices as Row[]).find((n) => n.order_id === orderId && n.lapas_id === lapasId)
    return notice ? noticeView(notice) : null
  }
  // The lapas of parts canceled on their own have no line in the order any more.
  const missingLapas = orders
    .flatMap((o) => canceledPartsOf(o.metadata).map((r) => r.lapas_id))
    .filter((id) => !lapasRows.has(id))
  const lapasRowsOf = missingLapas.length
    ? new Map([...lapasRows, ...(await loadLapasRows(scope, [...new Set(missingLapas)]))])
    : lapasRows

  for (const order of orders) {
    const lapasParts = (partRows.get(order.id) ?? []).filter(
      (rows): rows is PartRows & { lapas_id: string } => !!rows.lapas_id && rows.items.length > 0
    )
    const payments = ((order.payment_collections ?? []) as Row[])
      .flatMap((c) => (c?.payments ?? []) as Row[])
      .filter(Boolean)
    const payment = payments.find((p) => !p.canceled_at) ?? payments[0]
    const kind = paymentKind(payment?.provider_id)
    const collectionStatus = String((order.payment_collections ?? [])[0]?.status ?? "not_paid")
    const captures = payments.flatMap((p) => ((p.captures ?? []) as Row[]).filter(Boolean))
    const refunds = payments
      .flatMap((p) => ((p.refunds ?? []) as Row[]).filter(Boolean))
      .map((r) => ({ at: iso(r.created_at)!, amount: Number(toRupiahBigInt(r.amount ?? 0, { round: true })) }))
    const lastCapture = captures.map((c) => iso(c.created_at)!).sort().pop() ?? null
    // Xendit's payments are "authorized" while the buyer still has to pay (as bank transfer): paid
    // once Medusa captured them, which the paid webhook does in full. A card is paid once authorized.
    const paidByProvider =
      !!payment &&
      !payment.canceled_at &&
      (kind === "xendit" ? !!payment.captured_at : collectionStatus !== "not_paid" && collectionStatus !== "awaiting")

    const address = (order.shipping_address ?? {}) as Row
    const buyer = {
      name: [address.first_name, address.last_name].filter(Boolean).join(" "),
      city: (address.city as string | null) ?? null,
      email: (order.email as string | null) ?? null,
    }
    const orderFulfillments = ((order.fulfillments ?? []) as Row[]).filter(Boolean)
    /** What every part of this order says about the order and its lapas. */
    const partHeader = (lapasId: string, lapas: Row | undefined) => ({
      order_id: order.id as string,
      display_id: Number(order.display_id),
      created_at: iso(order.created_at)!,
      order_status: String(order.status),
      payment_status: collectionStatus,
      buyer,
      lapas: {
        id: lapasId,
        name: (lapas?.name as string) ?? lapasId,
        handle: (lapas?.handle as string) ?? "",
        time_zone: (lapas?.time_zone as string) ?? "Asia/Jakarta",
      },
    })

    const drafts = lapasParts.map((rows) => {
      const lapasId = rows.lapas_id
      const shipping = shippingView(rows.methods, places)
      const itemIds = new Set(rows.items.map((i) => i.id as string))
      const partFulfillments = orderFulfillments.filter(
        (f) =>
          lapasOfLocation.get(f.location_id) === lapasId ||
          ((f.items ?? []) as Row[]).some((fi) => fi && itemIds.has(fi.line_item_id))
      )
      const fulfilled = new Map<string, number>()
      for (const f of partFulfillments) {
        if (f.canceled_at) continue
        for (const fi of ((f.items ?? []) as Row[]).filter(Boolean)) {
          fulfilled.set(fi.line_item_id, (fulfilled.get(fi.line_item_id) ?? 0) + Number(toRupiahBigInt(fi.quantity ?? 0)))
        }
      }
      const shippingKind: ShippingKind = shipping?.kind ?? "courier"
      const items = rows.items.map((item) => ({ ...lineView(item), fulfilled_quantity: fulfilled.get(item.id) ?? 0 }))
      return {
        lapasId,
        items,
        shipping,
        chosen: chosenCourier(rows.methods, (id) => places.get(id)?.data),
        fulfilments: partFulfillments.map((f) => fulfillmentView(f, shippingKind, itemIds)),
        total: items.reduce((sum, i) => sum + i.total, 0) + (shipping?.amount ?? 0),
      }
    })

    const expected = transferAmounts(
      Number(toRupiahBigInt(order.total ?? 0, { round: true })),
      drafts.map((d) => d.total)
    )
    const capturedTotal = captures.reduce((sum, c) => sum + Number(toRupiahBigInt(c.amount ?? 0, { round: true })), 0)
    const canceledRecords = canceledPartsOf(order.metadata).filter(
      (record) => !drafts.some((d) => d.lapasId === record.lapas_id)
    )
    const refundedTotal = refunds.reduce((sum, r) => sum + r.amount, 0)
    // Refunds not made by canceling a part belong to the live parts: all of them to the only paid
    // one, or in full to each when they cover every paid part; otherwise no part can be named.
    const looseRefunds = Math.max(0, refundedTotal - canceledRecords.reduce((sum, r) => sum + (r.refunded_amount ?? 0), 0))
    const paidAmountOf = (draft: (typeof drafts)[number], index: number, confirmation: Row | undefined) => {
      if (kind === "bank_transfer") {
        if (confirmation) return Number(toRupiahBigInt(confirmation.amount ?? 0, { round: true }))
        return payment?.captured_at ? expected[index] : 0
      }
      if (!paidByProvider) return 0
      return drafts.length === 1 ? Math.max(capturedTotal, 0) || draft.total : draft.total
    }
    const paidAmounts = drafts.map((draft, index) =>
      paidAmountOf(
        draft,
        index,
        (confirmations as Row[]).find((c) => c.order_id === order.id && c.lapas_id === draft.lapasId)
      )
    )
    const paidParts = paidAmounts.filter((amount) => amount > 0)
    const paidSum = paidParts.reduce((sum, amount) => sum + amount, 0)
    const refundedOf = (index: number) => {
      const paidAmount = paidAmounts[index]
      if (!paidAmount || !looseRefunds) return 0
      if (paidParts.length === 1) return Math.min(looseRefunds, paidAmount)
      return looseRefunds >= paidSum ? paidAmount : 0
    }
    const parts = drafts.map((draft, index): LoadedOrderPart => {
      const lapas = lapasRows.get(draft.lapasId)
      const confirmation = (confirmations as Row[]).find(
        (c) => c.order_id === order.id && c.lapas_id === draft.lapasId
      )
      const partConfirmation = confirmation ? confirmationView(confirmation) : null
      // A payment captured in full by Medusa's own capture (national office) pays every part too.
      const paid = kind === "bank_transfer" ? !!partConfirmation || !!payment?.captured_at : paidByProvider
      const openQuantity = draft.items.reduce((sum, i) => sum + Math.max(0, i.quantity - i.fulfilled_quantity), 0)
      return {
        ...partHeader(draft.lapasId, lapas),
        state: partState({
          order_canceled: order.status === "canceled",
          paid,
          paid_amount: paidAmounts[index],
          refunded_amount: refundedOf(index),
          open_quantity: openQuantity,
          fulfillments: draft.fulfilments,
        }),
        shipping: draft.shipping && {
          kind: draft.shipping.kind,
          name: draft.shipping.name,
          amount: draft.shipping.amount,
          option_id: draft.shipping.option_id,
        },
        ...draft.chosen,
        items: draft.items,
        total: draft.total,
        payment_kind: kind,
        transfer:
          kind === "bank_transfer"
            ? { expected_amount: expected[index], confirmation: partConfirmation, notice: latestNotice(order.id, draft.lapasId) }
            : null,
        fulfilments: draft.fulfilments,
        refunded_amount: refundedOf(index),
        part_cancellation: null,
        internal: {
          payment_id: (payment?.id as string | undefined) ?? null,
          location_id: draft.shipping?.location_id ?? null,
          canceled_at: iso(order.canceled_at),
          refunds,
          paid_at: kind === "bank_transfer" ? partConfirmation?.confirmed_at ?? iso(payment?.captured_at) : lastCapture ?? (paidByProvider ? iso(order.created_at) : null),
          paid_amount: paidAmounts[index],
          canceled_part: null,
        },
      }
    })
    // Parts canceled on their own: their lines left the order, their record stays (canceled-parts.ts).
    for (const record of canceledRecords) {
      const lapas = lapasRowsOf.get(record.lapas_id)
      const confirmation = (confirmations as Row[]).find((c) => c.id === record.confirmation_id)
      const items = record.items.map(({ product_id: _product, ...line }) => ({ ...line, fulfilled_quantity: 0 }))
      parts.push({
        ...partHeader(record.lapas_id, lapas),
        state: "canceled",
        shipping: record.shipping,
        chosen_courier: null,
        chosen_service: null,
        items,
        total: items.reduce((sum, i) => sum + i.total, 0) + (record.shipping?.amount ?? 0),
        payment_kind: kind,
        transfer:
          kind === "bank_transfer"
            ? {
                expected_amount: 0,
                confirmation: confirmation ? confirmationView(confirmation) : null,
                notice: latestNotice(order.id, record.lapas_id),
              }
            : null,
        fulfilments: [],
        refunded_amount: record.refunded_amount ?? 0,
        part_cancellation: cancellationView(record),
        internal: {
          payment_id: (payment?.id as string | undefined) ?? null,
          location_id: null,
          canceled_at: record.canceled_at,
          refunds: [],
          paid_at: confirmation ? iso(confirmation.created_at) : null,
          paid_amount: confirmation ? Number(toRupiahBigInt(confirmation.amount ?? 0, { round: true })) : 0,
          canceled_part: record,
        },
      })
    }
    result.set(order.id, parts)
  }
  return result
}

/** The part a route acts on: the caller's own lapas, or for national users the lapas they name (or the only one). */
export function pickPart(parts: LoadedOrderPart[], lapasId: string | null | undefined) {
  if (lapasId) return parts.find((p) => p.lapas.id === lapasId)
  return parts.length === 1 ? parts[0] : undefined
}

/** Strips the route-internal fields before a part leaves the API. */
export function publicPart(part: LoadedOrderPart): OrderPart {
  const { internal: _internal, ...rest } = part
  return rest
}
