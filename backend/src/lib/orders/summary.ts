import { DIRECT_SALE_ORDER_METADATA_KEY } from "@karya-binaan/contracts"
import type {
  BuyerPartProgress,
  OrderSummary,
  OrderSummaryLapas,
  OrderSummaryPart,
  TimelineEntry,
  TimelineKey,
  TransferAccount,
  TransferInstructions,
} from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { addressAreaView } from "../address"
import { partRowsOfOrders, lineView, shippingView } from "../order-parts/rows"
import { buildOrderParts, ORDER_PART_FIELDS, type LoadedOrderPart } from "../order-parts/parts"
import { buyerOrderProgress, buyerPartState } from "../order-parts/state"
import { XENDIT_PROVIDER_ID } from "@karya-binaan/contracts"
import { xenditConfig } from "../payments/xendit-config"
import { xenditPaymentView } from "../payments/xendit-view"
import {
  AWAITING_TRANSFER_STATUSES,
  paymentKind,
  transferAmounts,
  transferDueHours,
} from "../payments/transfer"
import { buyerTransferNotice } from "../payments/transfer-notice"

/**
 * What a buyer sees of an order, built in one place for GET /store/orders/:id/summary and
 * POST /store/orders/lookup: items grouped by the lapas that made them, each group's shipping,
 * and for unpaid bank-transfer orders the account and amount to transfer to each lapas.
 * Only fields a buyer may see: no inmate, cost (HPP) or share data ever enters these views.
 */

type Row = Record<string, any>

export const ORDER_NOT_FOUND_MESSAGE = "Pesanan tidak ditemukan. Periksa nomor pesanan dan email Anda."

function summaryLapas(row: Row | undefined): OrderSummaryLapas | null {
  if (!row) return null
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    city: row.city,
    province: row.province,
    time_zone: row.time_zone,
  }
}

/** What the buyer's view reads besides ORDER_PART_FIELDS (the parts give progress and timeline). */
const SUMMARY_FIELDS = [
  "currency_code",
  "item_subtotal",
  "shipping_subtotal",
  "discount_subtotal",
  "tax_total",
  "items.product_handle",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.phone",
  "shipping_address.metadata",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payments.data",
]

function partProgress(part: LoadedOrderPart | undefined, orderCanceled: boolean): BuyerPartProgress {
  const live = (part?.fulfilments ?? []).filter((f) => !f.canceled_at)
  const latest = (values: (string | null)[]) => values.filter((v): v is string => !!v).sort().pop() ?? null
  const shipped = live
    .filter((f) => f.shipped_at)
    .sort((a, b) => (a.shipped_at ?? "").localeCompare(b.shipped_at ?? ""))
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))]
  return {
    state: part ? buyerPartState(part.state) : orderCanceled ? "canceled" : "processing",
    courier: distinct(shipped.map((f) => f.courier_name)).join(", ") || null,
    resi: shipped.map((f) => f.resi).filter(Boolean).join(", ") || null,
    shipments: shipped.map((f) => ({
      courier: f.courier,
      courier_name: f.courier_name,
      resi: f.resi,
      tracking_url: f.tracking_url,
      shipped_at: f.shipped_at,
    })),
    paid_at: part?.internal.paid_at ?? null,
    ready_at: latest(live.filter((f) => f.kind === "pickup").map((f) => f.created_at)),
    shipped_at: latest(shipped.map((f) => f.shipped_at)),
    delivered_at: live.length && live.every((f) => f.delivered_at) ? latest(live.map((f) => f.delivered_at)) : null,
    cancellation: part?.part_cancellation ?? null,
    refunded_amount: part?.refunded_amount ?? 0,
  }
}

/** Placed, paid (once every part is), each package shipped / ready / received, canceled, refunds. */
export function orderTimeline(createdAt: string, parts: LoadedOrderPart[]): TimelineEntry[] {
  const entry = (key: TimelineKey, at: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
    key,
    at,
    lapas_name: null,
    courier: null,
    resi: null,
    ...extra,
  })
  const entries = [entry("placed", createdAt)]
  const kept = parts.filter((p) => !p.internal.canceled_part)
  const paidAt = kept.map((p) => p.internal.paid_at)
  if (kept.length && paidAt.every(Boolean)) entries.push(entry("paid", (paidAt as string[]).sort().pop()!))
  for (const part of parts) {
    const lapas_name = part.lapas.name
    for (const f of part.fulfilments.filter((f) => !f.canceled_at)) {
      if (f.kind === "pickup") {
        entries.push(entry("ready_for_pickup", f.created_at, { lapas_name }))
        if (f.delivered_at) entries.push(entry("picked_up", f.delivered_at, { lapas_name }))
      } else {
        if (f.shipped_at) {
          entries.push(
            entry("shipped", f.shipped_at, {
              lapas_name,
              courier: f.courier_name,
              resi: f.resi,
              tracking_url: f.tracking_url,
            })
          )
        }
        if (f.delivered_at) entries.push(entry("delivered", f.delivered_at, { lapas_name }))
      }
    }
  }
  // A part canceled on its own is a step of its lapas; the order's own cancellation is the order's.
  for (const part of parts.filter((p) => p.internal.canceled_part)) {
    entries.push(entry("canceled", part.internal.canceled_part!.canceled_at, { lapas_name: part.lapas.name }))
  }
  const first = kept[0]
  if (first?.internal.canceled_at) entries.push(entry("canceled", first.internal.canceled_at))
  for (const refund of first?.internal.refunds ?? []) entries.push(entry("refunded", refund.at))
  return entries.sort((a, b) => a.at.localeCompare(b.at))
}

/** The order's summary, or a 404 with the lookup's message when there is no such (non-draft) order. */
export async function buildOrderSummary(
  scope: MedusaContainer,
  orderId: string,
  options: { dueHours?: number } = {}
): Promise<OrderSummary> {
  let order: Row
  try {
    const { result } = await getOrderDetailWorkflow(scope).run({
      input: {
        order_id: orderId,
        // The parts (progress, timeline) are built from this same order: one load, not two.
        fields: [...ORDER_PART_FIELDS, ...SUMMARY_FIELDS],
        filters: { is_draft_order: false },
      },
    })
    order = result as Row
  } catch (error) {
    // A workflow hands back its step's error, not always as a MedusaError instance.
    if ((error as { type?: string } | null)?.type === MedusaError.Types.NOT_FOUND) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND_MESSAGE)
    }
    throw error
  }

  const partRows = await partRowsOfOrders(scope, [order])
  const parts = (await buildOrderParts(scope, [order], partRows)).get(order.id) ?? []
  const partOfLapas = new Map(parts.map((part) => [part.lapas.id, part]))
  const orderCanceled = order.status === "canceled"
  const lapasRows = partRows.lapasRows

  const groups = (partRows.parts.get(order.id) ?? []).map((group): OrderSummaryPart => {
    const groupItems = group.items.map((item) => ({
      ...lineView(item),
      product_handle: (item.product_handle as string | null) ?? null,
    }))
    const shipping = shippingView(group.methods, partRows.places)
    const subtotal = groupItems.reduce((sum, item) => sum + item.total, 0)
    return {
      lapas: summaryLapas(group.lapas_id ? lapasRows.get(group.lapas_id) : undefined),
      items: groupItems,
      shipping: shipping && { name: shipping.name, amount: shipping.amount, kind: shipping.kind },
      subtotal,
      total: subtotal + (shipping?.amount ?? 0),
      progress: partProgress(group.lapas_id ? partOfLapas.get(group.lapas_id) : undefined, orderCanceled),
    }
  })

  // Parts canceled on their own: their lines left the order; the buyer still sees what they were.
  for (const part of parts.filter((p) => p.internal.canceled_part)) {
    const record = part.internal.canceled_part!
    const subtotal = record.items.reduce((sum, item) => sum + item.total, 0)
    groups.push({
      lapas: summaryLapas(lapasRows.get(part.lapas.id) ?? { id: part.lapas.id, name: part.lapas.name, handle: part.lapas.handle, time_zone: part.lapas.time_zone, city: null, province: null }),
      items: record.items.map(({ product_id: _product, ...line }) => ({ ...line, product_handle: null })),
      shipping: record.shipping && { name: record.shipping.name, amount: record.shipping.amount, kind: record.shipping.kind },
      subtotal,
      total: subtotal + (record.shipping?.amount ?? 0),
      progress: partProgress(part, orderCanceled),
    })
  }

  const total = Number(toRupiahBigInt(order.total ?? 0, { round: true }))
  const paymentStatus = String(order.payment_status ?? "not_paid")
  const collections = ((order.payment_collections ?? []) as Row[]).filter(Boolean)
  const providerId =
    (collections.flatMap((c) => (c.payments ?? []) as Row[]).find((p) => p?.provider_id)?.provider_id as
      | string
      | undefined) ??
    (collections.flatMap((c) => (c.payment_sessions ?? []) as Row[]).find((s) => s?.provider_id)?.provider_id as
      | string
      | undefined) ??
    null
  const kind = paymentKind(providerId)

  let transfer: TransferInstructions | null = null
  if (
    kind === "bank_transfer" &&
    (AWAITING_TRANSFER_STATUSES.has(paymentStatus) || paymentStatus === "partially_captured") &&
    groups.some((group) => group.progress.state === "awaiting_payment") &&
    order.status !== "canceled" &&
    total > 0
  ) {
    const amounts = transferAmounts(
      total,
      // A canceled part's lines left the order's total: it takes no share of it.
      groups.map((g) => (g.progress.cancellation ? 0 : g.total))
    )
    const dueHours = options.dueHours ?? transferDueHours()
    // Parts a lapas has confirmed drop out: the buyer still owes only the others.
    const accounts = groups
      .map((group, index): TransferAccount => {
        const row = group.lapas ? lapasRows.get(group.lapas.id) : undefined
        return {
          lapas: group.lapas ? { name: group.lapas.name, handle: group.lapas.handle } : null,
          bank_name: (row?.bank_name as string | null | undefined) ?? null,
          account_number: (row?.bank_account_number as string | null | undefined) ?? null,
          account_holder: (row?.bank_account_holder as string | null | undefined) ?? null,
          amount: group.progress.state === "awaiting_payment" ? amounts[index] : 0,
          notice: buyerTransferNotice(group.lapas ? partOfLapas.get(group.lapas.id)?.transfer?.notice : null),
        }
      })
      .filter((account) => account.amount > 0)
    transfer = {
      due_at: new Date(new Date(order.created_at).getTime() + dueHours * 3_600_000).toISOString(),
      total: accounts.reduce((sum, account) => sum + account.amount, 0),
      accounts,
    }
  }

  const address = order.shipping_address as Row | null | undefined
  return {
    id: order.id,
    display_id: Number(order.display_id),
    created_at: new Date(order.created_at).toISOString(),
    email: (order.email as string | null) ?? null,
    status: String(order.status),
    payment_status: paymentStatus,
    fulfillment_status: String(order.fulfillment_status ?? "not_fulfilled"),
    currency_code: String(order.currency_code),
    subtotal: Number(toRupiahBigInt(order.item_subtotal ?? 0, { round: true })),
    shipping_total: Number(toRupiahBigInt(order.shipping_subtotal ?? 0, { round: true })),
    discount_total: Number(toRupiahBigInt(order.discount_subtotal ?? 0, { round: true })),
    tax_total: Number(toRupiahBigInt(order.tax_total ?? 0, { round: true })),
    total,
    shipping_address: address
      ? {
          first_name: address.first_name ?? null,
          last_name: address.last_name ?? null,
          address_1: address.address_1 ?? null,
          // The kecamatan from address_2 (its kelurahan stays as address_2), or legacy metadata.district.
          ...addressAreaView(address),
          city: address.city ?? null,
          province: address.province ?? null,
          postal_code: address.postal_code ?? null,
          phone: address.phone ?? null,
        }
      : null,
    groups,
    progress: buyerOrderProgress(
      orderCanceled,
      groups.map((group) => group.progress.state)
    ),
    timeline: orderTimeline(new Date(order.created_at).toISOString(), parts),
    payment: { provider_id: providerId, kind, status: paymentStatus, transfer, xendit: xenditOf(order, kind) },
  }
}

/** The order's Xendit payment as the buyer sees it (lib/payments/xendit-view.ts), or null. */
function xenditOf(order: Row, kind: string) {
  if (kind !== "xendit") return null
  const payments = ((order.payment_collections ?? []) as Row[]).flatMap((c) => ((c?.payments ?? []) as Row[]).filter(Boolean))
  const payment = payments.find((p) => p.provider_id === XENDIT_PROVIDER_ID && !p.canceled_at) ?? payments.find((p) => p.provider_id === XENDIT_PROVIDER_ID)
  if (!payment) return null
  return xenditPaymentView(payment, String(order.status), { simulatorUrl: xenditConfig()?.simulatorUrl })
}

/**
 * The order with this number placed with this email (compared case-insensitively), or the same
 * 404 for a wrong number and a wrong email, so the lookup cannot be used to probe either.
 */
export async function findOrderIdByNumberAndEmail(scope: MedusaContainer, displayId: number, email: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "metadata"],
    // Query's generated types call display_id a string; PostgreSQL compares it as the integer it is.
    filters: { display_id: String(displayId), is_draft_order: false },
  })
  const wanted = email.trim().toLowerCase()
  // A direct sale (handed over at a lapas's counter) has its receipt page instead of an order page.
  const match = (data as { id: string; email: string | null; metadata: Record<string, unknown> | null }[]).find(
    (order) =>
      (order.email ?? "").trim().toLowerCase() === wanted && !(DIRECT_SALE_ORDER_METADATA_KEY in (order.metadata ?? {}))
  )
  if (!match) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND_MESSAGE)
  }
  return match.id
}

/**
 * A page of a customer's orders (not drafts), newest first, each as its summary: the account's
 * order list in one request. Reads only orders whose customer_id is `customerId`.
 */
export async function customerOrderSummaries(
  scope: MedusaContainer,
  customerId: string,
  page: { limit: number; offset: number }
): Promise<{ orders: OrderSummary[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: customerId, is_draft_order: false } as any,
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const orders = await Promise.all((data as { id: string }[]).map((order) => buildOrderSummary(scope, order.id)))
  return { orders, count: Number(metadata?.count ?? orders.length) }
}
