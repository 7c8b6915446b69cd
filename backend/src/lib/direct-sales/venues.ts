import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { Venue as VenueView, VenueKind } from "@karya-binaan/contracts"
import { DIRECT_SALE_MODULE } from "../../modules/direct-sale"
import type DirectSaleModuleService from "../../modules/direct-sale/service"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { asTimeZone, type ReportTimeZone } from "../../modules/profit-share/reports/period"
import { rupiahRegion } from "../catalog/queries"
import { stockLocationIdsOfLapas } from "../lapas/links"
import { notFound } from "../not-found"

export type VenueRecord = {
  id: string
  lapas_id: string
  kind: VenueKind
  name: string
  place: string | null
  starts_on: string | null
  ends_on: string | null
  stock_location_id: string | null
  max_discount_bp: number
  closed_at: Date | string | null
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

export function venueView(venue: VenueRecord): VenueView {
  return {
    id: venue.id,
    lapas_id: venue.lapas_id,
    kind: venue.kind,
    name: venue.name,
    place: venue.place,
    starts_on: venue.starts_on,
    ends_on: venue.ends_on,
    has_own_stock: !!venue.stock_location_id,
    max_discount_bp: Number(venue.max_discount_bp ?? 0),
    closed_at: iso(venue.closed_at),
  }
}

/** The standing venues every lapas has, made on first use: showroom, gate and cooperative. */
const STANDING_VENUES: { kind: Exclude<VenueKind, "event">; name: string }[] = [
  { kind: "showroom", name: "Showroom lapas" },
  { kind: "gate", name: "Penjualan di gerbang" },
  { kind: "cooperative", name: "Koperasi pegawai" },
]

/** The lapas's venues, its standing ones made if missing; events newest first after them. */
export async function venuesOfLapas(scope: MedusaContainer, lapasId: string): Promise<VenueRecord[]> {
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  let venues = (await service.listVenues({ lapas_id: lapasId }, { take: null as any })) as unknown as VenueRecord[]
  const missing = STANDING_VENUES.filter((standing) => !venues.some((v) => v.kind === standing.kind))
  if (missing.length) {
    await service.createVenues(missing.map((m) => ({ lapas_id: lapasId, kind: m.kind, name: m.name, max_discount_bp: 0 })))
    venues = (await service.listVenues({ lapas_id: lapasId }, { take: null as any })) as unknown as VenueRecord[]
  }
  const order: Record<VenueKind, number> = { showroom: 0, gate: 1, cooperative: 2, event: 3 }
  return venues.sort(
    (a, b) => order[a.kind] - order[b.kind] || String(b.starts_on ?? "").localeCompare(String(a.starts_on ?? ""))
  )
}

/** The lapas's venue, else the one 404 (another lapas's venue reads as unknown). */
export async function requireVenueOfLapas(scope: MedusaContainer, lapasId: string, venueId: string): Promise<VenueRecord> {
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const [venue] = (await service.listVenues({ id: venueId, lapas_id: lapasId })) as unknown as VenueRecord[]
  if (!venue) throw notFound("Venue", venueId)
  return venue
}

/** An event's own stock location's name, e.g. "Pameran: INACRAFT 2027 (Lapas Bojonegoro)". */
export function eventLocationName(eventName: string, lapasName: string) {
  return `Pameran: ${eventName} (${lapasName})`
}

/** The lapas's own stock location (the one it ships and its standing venues sell from). */
export async function lapasLocationOf(scope: MedusaContainer, lapasId: string): Promise<string> {
  const [location] = await stockLocationIdsOfLapas(scope, lapasId)
  if (!location) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Your lapas has no stock location yet; ask the national office to provision it.")
  }
  return location
}

/** Where a venue sells from: an event's own stock location, else the lapas's. */
export async function venueLocationOf(scope: MedusaContainer, venue: Pick<VenueRecord, "lapas_id" | "stock_location_id">) {
  return venue.stock_location_id ?? (await lapasLocationOf(scope, venue.lapas_id))
}

/** The lapas's time zone (its calendar days: a sale's business date, "today" of a closing). */
export async function lapasTimeZone(scope: MedusaContainer, lapasId: string): Promise<ReportTimeZone> {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id", "time_zone"] })
  return asTimeZone((lapas as { time_zone?: string } | undefined)?.time_zone)
}

/** The rupiah region a till prices in (the one the store sells in), else a 400. */
export async function tillRegionId(scope: MedusaContainer): Promise<string> {
  const region = await rupiahRegion(scope)
  if (!region) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No rupiah region is set up; ask the national office to create one.")
  }
  return region.id
}
