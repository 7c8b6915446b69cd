import type { Rupiah } from "./money"

/**
 * Impact: what sales through the marketplace do. Routes: GET /store/impact,
 * GET /store/products/:id/impact, GET /store/products/:id/makers.
 */

/** National totals booked in the ledger, net of refunds and corrections. */
export interface NationalImpact {
  premi: Rupiah
  pnbp: Rupiah
  capital: Rupiah
  /** Orders with a sale booked. */
  orders: number
  /** Active lapas. */
  lapas: number
  /** Products GET /store/catalog lists without filters for the caller's key. */
  products: number
}

/** `GET /store/impact` */
export interface NationalImpactResponse {
  impact: NationalImpact
}

/** What buying one unit of the product's default variant does today, split as a sale would be. */
export interface ProductImpact {
  variant_id: string
  price: Rupiah
  premi: Rupiah
  pnbp: Rupiah
  /** Negative when the price is below HPP (a loss books it all on capital). */
  capital: Rupiah
  currency_code: string
}

/** `GET /store/products/:id/impact` */
export interface ProductImpactResponse {
  impact: ProductImpact
}

/** A maker who consented to be shown: what they chose to share (either may be null). */
export interface ProductMaker {
  display_name: string | null
  story: string | null
}

/** `GET /store/products/:id/makers` */
export interface ProductMakersResponse {
  makers: ProductMaker[]
}
