import type { Rupiah } from "./money"

/**
 * Impact: what sales through the marketplace do. Routes: GET /store/impact,
 * GET /store/products/:id/impact, GET /store/products/:id/makers.
 */

/** National totals booked in the ledger, net of refunds and corrections. */
/**
 * The national totals are shown rounded down to a whole multiple of this step (Rp 100.000): exact
 * totals read before and after one's own purchase would give that sale's profit, and so the
 * product's HPP, to the rupiah.
 */
export const NATIONAL_IMPACT_STEP = 100_000

export interface NationalImpact {
  /** Every share booked, net of reversals, rounded down to NATIONAL_IMPACT_STEP. */
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

/**
 * Premi per unit is shown to buyers rounded down to a whole multiple of this step (Rp 1.000), so
 * the product's production cost (HPP) cannot be worked out from the impact: HPP = price − premi ÷
 * premi share, so a premi known only to within one step leaves HPP uncertain over an interval of
 * PRODUCT_IMPACT_PREMI_STEP ÷ premi share (Rp 2.857 at the default 35 %; never under Rp 1.000).
 */
export const PRODUCT_IMPACT_PREMI_STEP = 1000

/**
 * What buying one unit of one of the product's variants does today for the makers and the state,
 * without disclosing its cost: the makers' premi as a band one step wide, and the policy's shares
 * of the profit in percent. No capital or PNBP amount (with the premi band they would pin down
 * the profit, and so the HPP).
 */
export interface ProductImpact {
  variant_id: string
  price: Rupiah
  currency_code: string
  /** False when a sale at this price makes no profit (or too little for any premi): no premi, no PNBP. */
  has_premi: boolean
  /** The premi per unit rounded down to a multiple of `premi_step`: at least this, less than this + `premi_step`. */
  premi_at_least: Rupiah
  /** The band's width: PRODUCT_IMPACT_PREMI_STEP. */
  premi_step: Rupiah
  /** The premi's share of the profit under the policy in force, in percent (e.g. 35; at most 2 decimals). */
  premi_percent: number
  /** PNBP's share of the profit (to the state), in percent. The rest goes back to the workshop as capital. */
  pnbp_percent: number
}

/** `GET /store/products/:id/impact` */
export interface ProductImpactResponse {
  /** The first of `variants`: the default variant's when it has a price. */
  impact: ProductImpact
  /**
   * Every variant with a price in the region, in the product's variant order (default first), so a
   * page can show the figures of whichever variant the buyer picks without asking again.
   */
  variants: ProductImpact[]
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
