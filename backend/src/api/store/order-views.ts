import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import LapasProductLink from "../../links/lapas-product"
import LapasStockLocationLink from "../../links/lapas-stock-location"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import {
  buyerOrderProgress,
  buyerPartState,
  type BuyerOrderProgress,
  type BuyerPartState,
  type ShippingKind,
} from "../order-part-state"
import { buildOrderParts, ORDER_PART_FIELDS, type LapasOrderPart } from "../order-parts"
import {
  AWAITING_TRANSFER_STATUSES,
  paymentKind,
  toWholeRupiah,
  transferAmounts,
  transferDueHours,
  type PaymentKind,
} from "./orders/transfer"

export { toWholeRupiah }

/**
 * What a buyer sees of an order, built in one place for GET /store/orders/:id/summary and
 * POST /store/orders/lookup: items grouped by the lapas that made them, each group's shipping,
 * and for unpaid bank-transfer orders the account and amount to transfer to each lapas.
 * Only fields a buyer may see: no inmate, cost (HPP) or share data ever enters these views.
 */

type Row = Record<string, any>

export const ORDER_NOT_FOUND_MESSAGE = "Pesanan tidak ditemukan. Periksa nomor pesanan dan email Anda."

export type { ShippingKind }

export interface GroupProgress {
  state: BuyerPartState
  courier: string | null
  resi: string | null
  paid_at: string | null
  ready_at: string | null
  shipped_at: string | null
  delivered_at: string | null
}

export type TimelineKey = "placed" | "paid" | "shipped" | "ready_for_pickup" | "delivered" | "picked_up" | "canceled" | "refunded"

export interface TimelineEntry {
  key: TimelineKey
  at: string
  lapas_name: string | null
  courier: string | null
  resi: string | null
}

export interface SummaryLapas {
  id: string
  handle: string
  name: string
  city: string
  province: string
  time_zone: string
}

export interface OrderSummary {
  id: string
  display_id: number
  created_at: string
  email: string | null
  status: string
  payment_status: string
  fulfillment_status: string
  currency_code: string
  subtotal: number
  shipping_total: number
  discount_total: number
  tax_total: number
  total: number
  shipping_address: {
    first_name: string | null
    last_name: string | null
    address_1: string | null
    address_2: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    phone: string | null
    district: string | null
  } | null
  groups: {
    lapas: SummaryLapas | null
    items: {
      id: string
      title: string
      variant_title: string | null
      thumbnail: string | null
      quantity: number
      unit_price: number
      total: number
      product_handle: string | null
    }[]
    shipping: { name: string; amount: number; kind: ShippingKind } | null
    subtotal: number
    total: number
    progress: GroupProgress
  }[]
  /** Derived from every lapas's part: shipped only when all have shipped (or are ready for pickup). */
  progress: BuyerOrderProgress
  /** What happened to the order, oldest first. */
  timeline: TimelineEntry[]
  payment: {
    provider_id: string | null
    kind: PaymentKind
    status: string
    transfer: {
      due_at: string
      total: number
      accounts: {
        lapas: { name: string; handle: string } | null
        bank_name: string | null
        account_number: string | null
        account_holder: string | null
        amount: number
      }[]
    } | null
  }
}

/** Product id → lapas id, through the lapas↔product link. */
export async function lapasIdsOfProducts(scope: MedusaContainer, productIds: string[]) {
  const result = new Map<string, string>()
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["lapas_id", "product_id"],
    filters: { product_id: ids },
  })
  for (const row of data as { lapas_id: string; product_id: string }[]) {
    result.set(row.product_id, row.lapas_id)
  }
  return result
}

/** Stock location id → lapas id, through the lapas↔stock location link. */
export async function lapasIdsOfStockLocations(scope: MedusaContainer, locationIds: string[]) {
  const result = new Map<string, string>()
  const ids = [...new Set(locationIds.filter(Boolean))]
  if (!ids.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasStockLocationLink.entryPoint,
    fields: ["lapas_id", "stock_location_id"],
    filters: { stock_location_id: ids },
  })
  for (const row of data as { lapas_id: string; stock_location_id: string }[]) {
    result.set(row.stock_location_id, row.lapas_id)
  }
  return result
}

export function shippingKindOf(fulfillmentSetType: string | null | undefined): ShippingKind {
  return fulfillmentSetType === "pickup" ? "pickup" : "courier"
}

export interface ShippingOptionPlace {
  lapas_id: string | null
  location_id: string | null
  kind: ShippingKind
}

/**
 * Where a shipping option ships from: option → service zone → fulfillment set → stock location
 * → lapas. Options deleted since (an old order's methods) are still found.
 */
export async function shippingOptionPlaces(scope: MedusaContainer, optionIds: string[]) {
  const result = new Map<string, ShippingOptionPlace>()
  const ids = [...new Set(optionIds.filter(Boolean))]
  if (!ids.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
    filters: { id: ids },
    withDeleted: true,
  })
  const options = data as Row[]
  const locationOf = (o: Row) => (o.service_zone?.fulfillment_set?.location?.id as string | undefined) ?? null
  const lapasByLocation = await lapasIdsOfStockLocations(
    scope,
    options.map(locationOf).filter((id): id is string => !!id)
  )
  for (const option of options) {
    const location = locationOf(option)
    result.set(option.id, {
      location_id: location,
      lapas_id: location ? lapasByLocation.get(location) ?? null : null,
      kind: shippingKindOf(option.service_zone?.fulfillment_set?.type),
    })
  }
  return result
}

export async function loadLapasRows(scope: MedusaContainer, ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map<string, Row>()
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const rows = await lapasService.listLapas({ id: unique })
  return new Map(rows.map((row) => [row.id, row as Row]))
}

function summaryLapas(row: Row | undefined): SummaryLapas | null {
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
]

/** The order's summary, or a 404 with the lookup's message when there is no such (non-draft) order. */
/**
 * The order lapas groups are shown in, on the checkout and on the order alike: by when the buyer
 * added the lapas's first item, then by lapas handle (items added in one request share a time).
 */
export function lapasGroupOrder<T>(
  groups: T[],
  firstAddedOf: (group: T) => number,
  handleOf: (group: T) => string | null | undefined
): T[] {
  return [...groups].sort(
    (a, b) => firstAddedOf(a) - firstAddedOf(b) || (handleOf(a) ?? "\uffff").localeCompare(handleOf(b) ?? "\uffff")
  )
}

const addedAt = (row: Row) => new Date(row.created_at ?? 0).getTime()

/** An order's lapas group as rows: its items (in the order the buyer added them) and shipping methods. */
export interface LapasGroupRows {
  /** null for items of no lapas (none by design: every product belongs to one lapas). */
  lapas_id: string | null
  items: Row[]
  methods: Row[]
}

export interface OrderGrouping {
  /** Per order id, its groups in the order of lapasGroupOrder. */
  groups: Map<string, LapasGroupRows[]>
  places: Map<string, ShippingOptionPlace>
  lapasRows: Map<string, Row>
}

/**
 * Who sends what: the items of each order grouped by the lapas that made them, each lapas's
 * shipping methods with them (a method of a lapas with no items still forms a group), ordered by
 * when the buyer added the lapas's first item. The buyer's view and the lapas parts both group
 * with this.
 */
export async function groupOrdersByLapas(scope: MedusaContainer, orders: Row[]): Promise<OrderGrouping> {
  const rowsOf = (value: unknown) => ((value ?? []) as Row[]).filter(Boolean)
  const [lapasOfProduct, places] = await Promise.all([
    lapasIdsOfProducts(scope, orders.flatMap((o) => rowsOf(o.items).map((i) => i.product_id as string))),
    shippingOptionPlaces(scope, orders.flatMap((o) => rowsOf(o.shipping_methods).map((m) => m.shipping_option_id as string))),
  ])
  const keyOf = (lapasId: string | null | undefined) => lapasId ?? ""
  const unordered = orders.map((order) => {
    const itemsByGroup = new Map<string, Row[]>()
    const methodsByGroup = new Map<string, Row[]>()
    for (const item of [...rowsOf(order.items)].sort((a, b) => addedAt(a) - addedAt(b))) {
      const key = keyOf(lapasOfProduct.get(item.product_id))
      if (!itemsByGroup.has(key)) itemsByGroup.set(key, [])
      itemsByGroup.get(key)!.push(item)
    }
    for (const method of rowsOf(order.shipping_methods)) {
      const key = keyOf(places.get(method.shipping_option_id)?.lapas_id)
      if (!methodsByGroup.has(key)) methodsByGroup.set(key, [])
      methodsByGroup.get(key)!.push(method)
      if (!itemsByGroup.has(key)) itemsByGroup.set(key, [])
    }
    return { order, itemsByGroup, methodsByGroup }
  })
  const lapasRows = await loadLapasRows(
    scope,
    unordered.flatMap((o) => [...o.itemsByGroup.keys()].filter(Boolean))
  )
  const groups = new Map<string, LapasGroupRows[]>()
  for (const { order, itemsByGroup, methodsByGroup } of unordered) {
    const firstAdded = (key: string) => Math.min(...(itemsByGroup.get(key) ?? []).map(addedAt), Infinity)
    const keys = lapasGroupOrder([...itemsByGroup.keys()], firstAdded, (key) => lapasRows.get(key)?.handle as string | undefined)
    groups.set(
      order.id,
      keys.map((key) => ({
        lapas_id: key || null,
        items: itemsByGroup.get(key) ?? [],
        methods: methodsByGroup.get(key) ?? [],
      }))
    )
  }
  return { groups, places, lapasRows }
}

/** An order line as the buyer's view and the lapas parts show it (whole numbers). */
export function lineView(item: Row) {
  return {
    id: item.id as string,
    title: item.title as string,
    variant_title: (item.variant_title as string | null) ?? null,
    thumbnail: (item.thumbnail as string | null) ?? null,
    quantity: toWholeRupiah(item.quantity),
    unit_price: toWholeRupiah(item.unit_price),
    total: toWholeRupiah(item.total),
  }
}

/** A group's shipping: its methods' names and amounts together, the kind of the first; null without methods. */
export function shippingView(methods: Row[], places: Map<string, ShippingOptionPlace>) {
  if (!methods.length) return null
  const place = places.get(methods[0].shipping_option_id)
  return {
    name: methods.map((m) => m.name as string).join(" + "),
    amount: methods.reduce((sum, m) => sum + toWholeRupiah(m.total), 0),
    kind: place?.kind ?? ("courier" as ShippingKind),
    option_id: (methods[0].shipping_option_id as string | null) ?? null,
    location_id: place?.location_id ?? null,
  }
}

function groupProgress(part: LapasOrderPart | undefined, orderCanceled: boolean): GroupProgress {
  const live = (part?.fulfilments ?? []).filter((f) => !f.canceled_at)
  const latest = (values: (string | null)[]) => values.filter((v): v is string => !!v).sort().pop() ?? null
  const shipped = live.filter((f) => f.shipped_at)
  return {
    state: part ? buyerPartState(part.state) : orderCanceled ? "canceled" : "processing",
    courier: shipped.map((f) => f.courier).filter(Boolean).join(", ") || null,
    resi: shipped.map((f) => f.resi).filter(Boolean).join(", ") || null,
    paid_at: part?.internal.paid_at ?? null,
    ready_at: latest(live.filter((f) => f.kind === "pickup").map((f) => f.created_at)),
    shipped_at: latest(shipped.map((f) => f.shipped_at)),
    delivered_at: live.length && live.every((f) => f.delivered_at) ? latest(live.map((f) => f.delivered_at)) : null,
  }
}

/** Placed, paid (once every part is), each package shipped / ready / received, canceled, refunds. */
export function orderTimeline(createdAt: string, parts: LapasOrderPart[]): TimelineEntry[] {
  const entry = (key: TimelineKey, at: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
    key,
    at,
    lapas_name: null,
    courier: null,
    resi: null,
    ...extra,
  })
  const entries = [entry("placed", createdAt)]
  const paidAt = parts.map((p) => p.internal.paid_at)
  if (parts.length && paidAt.every(Boolean)) entries.push(entry("paid", (paidAt as string[]).sort().pop()!))
  for (const part of parts) {
    const lapas_name = part.lapas.name
    for (const f of part.fulfilments.filter((f) => !f.canceled_at)) {
      if (f.kind === "pickup") {
        entries.push(entry("ready_for_pickup", f.created_at, { lapas_name }))
        if (f.delivered_at) entries.push(entry("picked_up", f.delivered_at, { lapas_name }))
      } else {
        if (f.shipped_at) entries.push(entry("shipped", f.shipped_at, { lapas_name, courier: f.courier, resi: f.resi }))
        if (f.delivered_at) entries.push(entry("delivered", f.delivered_at, { lapas_name }))
      }
    }
  }
  const first = parts[0]
  if (first?.internal.canceled_at) entries.push(entry("canceled", first.internal.canceled_at))
  for (const refund of first?.internal.refunds ?? []) entries.push(entry("refunded", refund.at))
  return entries.sort((a, b) => a.at.localeCompare(b.at))
}

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

  const grouping = await groupOrdersByLapas(scope, [order])
  const parts = (await buildOrderParts(scope, [order], grouping)).get(order.id) ?? []
  const partOfLapas = new Map(parts.map((part) => [part.lapas.id, part]))
  const orderCanceled = order.status === "canceled"
  const lapasRows = grouping.lapasRows

  const groups = (grouping.groups.get(order.id) ?? []).map((group) => {
    const groupItems = group.items.map((item) => ({
      ...lineView(item),
      product_handle: (item.product_handle as string | null) ?? null,
    }))
    const shipping = shippingView(group.methods, grouping.places)
    const subtotal = groupItems.reduce((sum, item) => sum + item.total, 0)
    return {
      lapas: summaryLapas(group.lapas_id ? lapasRows.get(group.lapas_id) : undefined),
      items: groupItems,
      shipping: shipping && { name: shipping.name, amount: shipping.amount, kind: shipping.kind },
      subtotal,
      total: subtotal + (shipping?.amount ?? 0),
      progress: groupProgress(group.lapas_id ? partOfLapas.get(group.lapas_id) : undefined, orderCanceled),
    }
  })

  const total = toWholeRupiah(order.total)
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

  let transfer: OrderSummary["payment"]["transfer"] = null
  if (
    kind === "bank_transfer" &&
    (AWAITING_TRANSFER_STATUSES.has(paymentStatus) || paymentStatus === "partially_captured") &&
    groups.some((group) => group.progress.state === "awaiting_payment") &&
    order.status !== "canceled" &&
    total > 0
  ) {
    const amounts = transferAmounts(
      total,
      groups.map((g) => g.total)
    )
    const dueHours = options.dueHours ?? transferDueHours()
    // Parts a lapas has confirmed drop out: the buyer still owes only the others.
    const accounts = groups
      .map((group, index) => {
        const row = group.lapas ? lapasRows.get(group.lapas.id) : undefined
        return {
          lapas: group.lapas ? { name: group.lapas.name, handle: group.lapas.handle } : null,
          bank_name: (row?.bank_name as string | null | undefined) ?? null,
          account_number: (row?.bank_account_number as string | null | undefined) ?? null,
          account_holder: (row?.bank_account_holder as string | null | undefined) ?? null,
          amount: group.progress.state === "awaiting_payment" ? amounts[index] : 0,
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
    subtotal: toWholeRupiah(order.item_subtotal),
    shipping_total: toWholeRupiah(order.shipping_subtotal),
    discount_total: toWholeRupiah(order.discount_subtotal),
    tax_total: toWholeRupiah(order.tax_total),
    total,
    shipping_address: address
      ? {
          first_name: address.first_name ?? null,
          last_name: address.last_name ?? null,
          address_1: address.address_1 ?? null,
          address_2: address.address_2 ?? null,
          city: address.city ?? null,
          province: address.province ?? null,
          postal_code: address.postal_code ?? null,
          phone: address.phone ?? null,
          district: typeof address.metadata?.district === "string" ? address.metadata.district : null,
        }
      : null,
    groups,
    progress: buyerOrderProgress(
      orderCanceled,
      groups.map((group) => group.progress.state)
    ),
    timeline: orderTimeline(new Date(order.created_at).toISOString(), parts),
    payment: { provider_id: providerId, kind, status: paymentStatus, transfer },
  }
}

/**
 * The order with this number placed with this email (compared case-insensitively), or the same
 * 404 for a wrong number and a wrong email, so the lookup cannot be used to probe either.
 */
export async function findOrderIdByNumberAndEmail(scope: MedusaContainer, displayId: number, email: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    // Query's generated types call display_id a string; PostgreSQL compares it as the integer it is.
    filters: { display_id: String(displayId), is_draft_order: false },
  })
  const wanted = email.trim().toLowerCase()
  const match = (data as { id: string; email: string | null }[]).find(
    (order) => (order.email ?? "").trim().toLowerCase() === wanted
  )
  if (!match) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND_MESSAGE)
  }
  return match.id
}
