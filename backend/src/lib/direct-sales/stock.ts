import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import type { VenueStockMoveRequest, VenueStockRow } from "@karya-binaan/contracts"
import { productIdsOfLapas } from "../lapas/links"
import { lapasLocationOf, venueLocationOf, type VenueRecord } from "./venues"

/**
 * Stock of a lapas's venues: what an event's own Medusa stock location holds, moving units between
 * the lapas's location and an event's (checked here, written by the move-venue-stock workflow),
 * and what an event returns when it closes (close-event-venue). Only events hold stock of their
 * own; the showroom, gate and cooperative sell from the lapas's location.
 */

type Row = Record<string, any>

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** A variant of the lapas as the stock views need it. */
export interface LapasVariant {
  variant_id: string
  product_id: string
  title: string
  variant_title: string | null
  sku: string | null
  manage_inventory: boolean
  inventory_item_id: string | null
}

/** Every variant of the lapas, by id. */
export async function variantsOfLapas(scope: MedusaContainer, lapasId: string): Promise<Map<string, LapasVariant>> {
  const productIds = await productIdsOfLapas(scope, lapasId)
  const result = new Map<string, LapasVariant>()
  if (!productIds.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.manage_inventory",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: productIds },
  })
  for (const product of data as Row[]) {
    for (const variant of (product.variants ?? []) as Row[]) {
      result.set(variant.id, {
        variant_id: variant.id,
        product_id: product.id,
        title: product.title,
        variant_title: variant.title ?? null,
        sku: variant.sku ?? null,
        manage_inventory: !!variant.manage_inventory,
        inventory_item_id: ((variant.inventory_items ?? []) as Row[]).find(Boolean)?.inventory_item_id ?? null,
      })
    }
  }
  return result
}

/** Units available (stocked − reserved) per inventory item at a location. */
export async function levelsAt(scope: MedusaContainer, locationId: string, itemIds?: string[]): Promise<Map<string, number>> {
  const inventory = scope.resolve(Modules.INVENTORY)
  const filters: Record<string, unknown> = { location_id: locationId }
  if (itemIds) {
    if (!itemIds.length) return new Map()
    filters.inventory_item_id = itemIds
  }
  const levels = await inventory.listInventoryLevels(filters as any, { take: null as any })
  return new Map(
    levels.map((level) => [level.inventory_item_id, Number(MathBN.sub(level.stocked_quantity, level.reserved_quantity))])
  )
}

function stockRow(variant: LapasVariant, quantity: number): VenueStockRow {
  return {
    variant_id: variant.variant_id,
    product_id: variant.product_id,
    title: variant.title,
    variant_title: variant.variant_title,
    sku: variant.sku,
    quantity,
  }
}

const byTitle = (a: VenueStockRow, b: VenueStockRow) =>
  a.title.localeCompare(b.title, "id") || String(a.variant_title ?? "").localeCompare(String(b.variant_title ?? ""), "id")

/**
 * What a venue can sell from: an event's own location (every variant with a level there, negative
 * after an oversold offline sale), else the lapas's location (every variant that tracks stock).
 * Quantities are available units (stocked − reserved).
 */
export async function venueStock(scope: MedusaContainer, venue: VenueRecord): Promise<VenueStockRow[]> {
  const variants = await variantsOfLapas(scope, venue.lapas_id)
  const location = await venueLocationOf(scope, venue)
  const levels = await levelsAt(scope, location)
  const rows: VenueStockRow[] = []
  for (const variant of variants.values()) {
    if (!variant.inventory_item_id || !variant.manage_inventory) continue
    const quantity = levels.get(variant.inventory_item_id)
    if (quantity === undefined) continue
    rows.push(stockRow(variant, quantity))
  }
  return rows.sort(byTitle)
}

/** 400 unless the venue is an open event: only events hold stock, and a closed one takes none. */
export function requireOpenEvent(venue: VenueRecord, doing: string) {
  if (venue.kind !== "event" || !venue.stock_location_id) {
    throw invalid(
      `"${venue.name}" sells from your lapas's own stock; only an event holds stock of its own, so there is nothing to ${doing}.`
    )
  }
  if (venue.closed_at) {
    throw invalid(`The event "${venue.name}" is closed; its stock was returned and it takes no more stock moves.`)
  }
}

export interface StockMoveLine {
  variant_id: string
  inventory_item_id: string
  quantity: number
}

/** The input of move-venue-stock and close-event-venue: units of items from one location to another, recorded as moves. */
export interface VenueStockTransfer {
  lapas_id: string
  venue_id: string
  moved_by: string
  direction: "to_venue" | "from_venue"
  from_location_id: string
  to_location_id: string
  lines: StockMoveLine[]
}

/**
 * Checks a stock move before anything is written: an open event of the lapas, every variant the
 * lapas's and tracking stock, each variant once, and no more units than the source location has
 * available (the line is named: its position and title). Returns the transfer to run.
 */
export async function planStockMove(
  scope: MedusaContainer,
  input: { venue: VenueRecord; moved_by: string; request: VenueStockMoveRequest }
): Promise<VenueStockTransfer> {
  const { venue, request } = input
  requireOpenEvent(venue, "move")
  const variants = await variantsOfLapas(scope, venue.lapas_id)
  const seen = new Set<string>()
  const checked = request.lines.map((line, index) => {
    const variant = variants.get(line.variant_id)
    if (!variant) {
      // Named by position: another lapas's variant and an unknown one read the same.
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant of lines[${index}] (variant_id) was not found among your lapas's variants; nothing was moved.`
      )
    }
    const name = variant.variant_title ? `${variant.title} — ${variant.variant_title}` : variant.title
    if (seen.has(line.variant_id)) throw invalid(`lines[${index}] "${name}" appears twice; list each variant once.`)
    seen.add(line.variant_id)
    if (!variant.manage_inventory || !variant.inventory_item_id) {
      throw invalid(`lines[${index}] "${name}" does not track stock (a service or made to order); it needs no moving.`)
    }
    return { index, name, quantity: line.quantity, variant_id: variant.variant_id, inventory_item_id: variant.inventory_item_id }
  })
  const lapasLocation = await lapasLocationOf(scope, venue.lapas_id)
  const toVenue = request.direction === "to_venue"
  const from = toVenue ? lapasLocation : venue.stock_location_id!
  const to = toVenue ? venue.stock_location_id! : lapasLocation
  const available = await levelsAt(scope, from, checked.map((c) => c.inventory_item_id))
  for (const line of checked) {
    const have = Math.max(0, available.get(line.inventory_item_id) ?? 0)
    if (line.quantity > have) {
      throw invalid(
        toVenue
          ? `lines[${line.index}] "${line.name}": only ${have} available at your lapas's location; move at most ${have}.`
          : `lines[${line.index}] "${line.name}": the event "${venue.name}" holds only ${have}; move back at most ${have}.`
      )
    }
  }
  return {
    lapas_id: venue.lapas_id,
    venue_id: venue.id,
    moved_by: input.moved_by,
    direction: request.direction,
    from_location_id: from,
    to_location_id: to,
    lines: checked.map((c) => ({ variant_id: c.variant_id, inventory_item_id: c.inventory_item_id, quantity: c.quantity })),
  }
}

/**
 * What closing an event moves back: every variant with units available at the event's location,
 * all of them, to the lapas's location. Negative levels (sold beyond what was there, offline) stay
 * where they are, for staff to settle on the sales that caused them.
 */
export async function planEventReturn(
  scope: MedusaContainer,
  input: { venue: VenueRecord; moved_by: string }
): Promise<{ transfer: VenueStockTransfer; returned: VenueStockRow[] }> {
  const { venue } = input
  requireOpenEvent(venue, "return")
  const variants = await variantsOfLapas(scope, venue.lapas_id)
  const levels = await levelsAt(scope, venue.stock_location_id!)
  const lines: StockMoveLine[] = []
  const returned: VenueStockRow[] = []
  for (const variant of variants.values()) {
    if (!variant.inventory_item_id) continue
    const quantity = levels.get(variant.inventory_item_id) ?? 0
    if (quantity <= 0) continue
    lines.push({ variant_id: variant.variant_id, inventory_item_id: variant.inventory_item_id, quantity })
    returned.push(stockRow(variant, quantity))
  }
  return {
    transfer: {
      lapas_id: venue.lapas_id,
      venue_id: venue.id,
      moved_by: input.moved_by,
      direction: "from_venue",
      from_location_id: venue.stock_location_id!,
      to_location_id: await lapasLocationOf(scope, venue.lapas_id),
      lines,
    },
    returned: returned.sort(byTitle),
  }
}

/** The lock every stock move and the close of one venue take, so checks and writes do not interleave. */
export const venueStockLockKey = (venueId: string) => `direct-sale-venue-stock:${venueId}`
