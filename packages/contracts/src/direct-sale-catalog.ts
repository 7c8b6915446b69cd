import type { Rupiah } from "./money"
import type { Venue } from "./direct-sales"

/**
 * The till's catalogue (`GET /lapas-api/direct-sales/catalog?venue_id=`): every variant of the
 * lapas that can be sold at the counter, with its rupiah price and what the venue's location
 * holds. The panel keeps it on the device, so the till works without a signal once loaded.
 */
export interface DirectSaleCatalogItem {
  variant_id: string
  product_id: string
  /** The product's title. */
  title: string
  variant_title: string | null
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  /** The rupiah price a sale at the counter is charged (the same the server charges). */
  unit_price: Rupiah
  /** A service (product type "jasa"): no stock is taken. */
  is_service: boolean
  manage_inventory: boolean
  /** Units at the venue's location (an event's own, else the lapas's); null when stock is not tracked. */
  available: number | null
}

export interface DirectSaleCatalogResponse {
  venue: Venue
  /** The lapas's static QRIS image, shown to the buyer for a QRIS payment; null when none is uploaded. */
  qris_image_url: string | null
  items: DirectSaleCatalogItem[]
}

/** Query of the catalogue route: the venue (required) and, for national members, the lapas. */
export interface DirectSaleCatalogQuery {
  venue_id: string
  lapas_id?: string
}
