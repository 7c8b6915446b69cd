import type { MedusaContainer } from "@medusajs/framework/types"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { LAPAS_LOCATION_TABLE } from "../lapas/link-tables"
import { lapasIdsOfProducts, loadLapasRows } from "../lapas/links"
import { sqlOf } from "../sql"
import type { OrderLine, PartShipping, ShippingKind } from "@karya-binaan/contracts"

/**
 * How an order splits into parts: its items by the lapas that made them, each lapas's shipping
 * methods (and where their options ship from) with them.
 */

type Row = Record<string, any>

export function shippingKindOf(fulfillmentSetType: string | null | undefined): ShippingKind {
  return fulfillmentSetType === "pickup" ? "pickup" : "courier"
}

export interface ShippingOptionPlace {
  lapas_id: string | null
  location_id: string | null
  kind: ShippingKind
  /** The option's data (a courier option's courier, service and rate table). */
  data: Row | null
}

/**
 * SQL joins from a shipping option (alias `so`) to where it ships from: service zone `sz`,
 * fulfillment set `fs` (its `type`), stock location `place.stock_location_id`, lapas
 * `place_lapas.lapas_id` (lapas ↔ stock location link). Deleted zones, sets and location links
 * still count (an old order's option keeps its place); a removed lapas link does not.
 */
export const OPTION_PLACE_JOINS = `
    LEFT JOIN service_zone sz ON sz.id = so.service_zone_id
    LEFT JOIN fulfillment_set fs ON fs.id = sz.fulfillment_set_id
    LEFT JOIN LATERAL (
      SELECT lfs.stock_location_id FROM location_fulfillment_set lfs
       WHERE lfs.fulfillment_set_id = sz.fulfillment_set_id
       ORDER BY lfs.deleted_at NULLS FIRST, lfs.created_at DESC LIMIT 1
    ) place ON true
    LEFT JOIN LATERAL (
      SELECT x.lapas_id FROM ${LAPAS_LOCATION_TABLE} x
       WHERE x.stock_location_id = place.stock_location_id AND x.deleted_at IS NULL
       ORDER BY x.created_at DESC LIMIT 1
    ) place_lapas ON true`

/**
 * Where a shipping option ships from: option → service zone → fulfillment set → stock location
 * → lapas, in one SQL read. Options deleted since (an old order's methods) are still found.
 */
export async function shippingOptionPlaces(scope: MedusaContainer, optionIds: string[]) {
  const result = new Map<string, ShippingOptionPlace>()
  const ids = [...new Set(optionIds.filter(Boolean))]
  if (!ids.length) return result
  const { rows } = await sqlOf(scope).raw(
    `SELECT so.id, so.data, fs.type AS set_type, place.stock_location_id, place_lapas.lapas_id
       FROM shipping_option so ${OPTION_PLACE_JOINS}
      WHERE so.id = ANY(?)`,
    [ids]
  )
  for (const option of rows as Row[]) {
    result.set(option.id, {
      location_id: option.stock_location_id ?? null,
      lapas_id: option.lapas_id ?? null,
      kind: shippingKindOf(option.set_type),
      data: (option.data as Row | null | undefined) ?? null,
    })
  }
  return result
}

/**
 * The order parts are shown in, on the checkout and on the order alike: by when the buyer
 * added the lapas's first item, then by lapas handle (items added in one request share a time).
 */
export function partOrder<T>(
  parts: T[],
  firstAddedOf: (part: T) => number,
  handleOf: (part: T) => string | null | undefined
): T[] {
  return [...parts].sort(
    (a, b) => firstAddedOf(a) - firstAddedOf(b) || (handleOf(a) ?? "\uffff").localeCompare(handleOf(b) ?? "\uffff")
  )
}

const addedAt = (row: Row) => new Date(row.created_at ?? 0).getTime()

/** An order's part as rows: its items (in the order the buyer added them) and shipping methods. */
export interface PartRows {
  /** null for items of no lapas (none by design: every product belongs to one lapas). */
  lapas_id: string | null
  items: Row[]
  methods: Row[]
}

export interface OrderPartRows {
  /** Per order id, its parts in the order of partOrder. */
  parts: Map<string, PartRows[]>
  places: Map<string, ShippingOptionPlace>
  lapasRows: Map<string, Row>
}

/**
 * Who sends what: the items of each order grouped by the lapas that made them, each lapas's
 * shipping methods with them (a method of a lapas with no items still forms a part), ordered by
 * when the buyer added the lapas's first item. The buyer's view and the lapas parts both split
 * orders with this.
 */
export async function partRowsOfOrders(scope: MedusaContainer, orders: Row[]): Promise<OrderPartRows> {
  const rowsOf = (value: unknown) => ((value ?? []) as Row[]).filter(Boolean)
  const [lapasOfProduct, places] = await Promise.all([
    lapasIdsOfProducts(scope, orders.flatMap((o) => rowsOf(o.items).map((i) => i.product_id as string))),
    shippingOptionPlaces(scope, orders.flatMap((o) => rowsOf(o.shipping_methods).map((m) => m.shipping_option_id as string))),
  ])
  const keyOf = (lapasId: string | null | undefined) => lapasId ?? ""
  const unordered = orders.map((order) => {
    const itemsByPart = new Map<string, Row[]>()
    const methodsByPart = new Map<string, Row[]>()
    for (const item of [...rowsOf(order.items)].sort((a, b) => addedAt(a) - addedAt(b))) {
      const key = keyOf(lapasOfProduct.get(item.product_id))
      if (!itemsByPart.has(key)) itemsByPart.set(key, [])
      itemsByPart.get(key)!.push(item)
    }
    for (const method of rowsOf(order.shipping_methods)) {
      const key = keyOf(places.get(method.shipping_option_id)?.lapas_id)
      if (!methodsByPart.has(key)) methodsByPart.set(key, [])
      methodsByPart.get(key)!.push(method)
      if (!itemsByPart.has(key)) itemsByPart.set(key, [])
    }
    return { order, itemsByPart, methodsByPart }
  })
  const lapasRows = await loadLapasRows(
    scope,
    unordered.flatMap((o) => [...o.itemsByPart.keys()].filter(Boolean))
  )
  const parts = new Map<string, PartRows[]>()
  for (const { order, itemsByPart, methodsByPart } of unordered) {
    const firstAdded = (key: string) => Math.min(...(itemsByPart.get(key) ?? []).map(addedAt), Infinity)
    const keys = partOrder([...itemsByPart.keys()], firstAdded, (key) => lapasRows.get(key)?.handle as string | undefined)
    parts.set(
      order.id,
      keys.map((key) => ({
        lapas_id: key || null,
        items: itemsByPart.get(key) ?? [],
        methods: methodsByPart.get(key) ?? [],
      }))
    )
  }
  return { parts, places, lapasRows }
}

/** An order line as the buyer's view and the lapas parts show it (whole numbers). */
export function lineView(item: Row): OrderLine {
  return {
    id: item.id as string,
    title: item.title as string,
    variant_title: (item.variant_title as string | null) ?? null,
    thumbnail: (item.thumbnail as string | null) ?? null,
    quantity: Number(toRupiahBigInt(item.quantity ?? 0)),
    unit_price: Number(toRupiahBigInt(item.unit_price ?? 0, { round: true })),
    total: Number(toRupiahBigInt(item.total ?? 0, { round: true })),
  }
}

/** A part's shipping: its methods' names and amounts together, the kind of the first; null without methods. */
export function shippingView(
  methods: Row[],
  places: Map<string, ShippingOptionPlace>
): (PartShipping & { location_id: string | null }) | null {
  if (!methods.length) return null
  const place = places.get(methods[0].shipping_option_id)
  return {
    name: methods.map((m) => m.name as string).join(" + "),
    amount: methods.reduce((sum, m) => sum + Number(toRupiahBigInt(m.total ?? 0, { round: true })), 0),
    kind: place?.kind ?? "courier",
    option_id: (methods[0].shipping_option_id as string | null) ?? null,
    location_id: place?.location_id ?? null,
  }
}
