import type { LapasTimeZone } from "./lapas"
import type { Rupiah } from "./money"

/**
 * The indicator dashboard of one lapas, or of every lapas rolled up, over a calendar year:
 * GET /lapas-api/indicators. Amounts are Rupiah (rupiahToJson).
 */

/** One month of the dashboard, in the lapas's own zone. */
export interface IndicatorMonth {
  /** YYYY-MM */
  month: string
  revenue: Rupiah
  profit: Rupiah
  premi_earned: Rupiah
  premi_paid: Rupiah
  pnbp_booked: Rupiah
  pnbp_deposited: Rupiah
}

export type IndicatorFigure = Exclude<keyof IndicatorMonth, "month">

export interface IndicatorBestSeller {
  product_id: string | null
  title: string | null
  lapas_name: string
  quantity: number
  revenue: Rupiah
}

/** `GET /lapas-api/indicators` query. */
export interface IndicatorsQuery {
  /** National users: one lapas, or every lapas when left out. */
  lapas_id?: string
  /** Four digits; the current year when left out. */
  year?: string
}

/** `GET /lapas-api/indicators` */
export interface IndicatorsResponse {
  lapas: { id: string; name: string; handle: string; time_zone: LapasTimeZone } | null
  year: number
  totals: Omit<IndicatorMonth, "month"> & {
    pnbp_target: Rupiah
    /** pnbp_deposited / pnbp_target in basis points (rounded down); null without a target. */
    pnbp_target_progress_bp: number | null
    inmates_earning: number
  }
  by_month: IndicatorMonth[]
  best_sellers: IndicatorBestSeller[]
}
