import type { LapasTimeZone } from "./lapas"
import type { Rupiah } from "./money"
import type { SaleChannel } from "./direct-sales"

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
  /** Net units: sold less refunded or returned (the PNBP report's definition). */
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

/** `GET /lapas-api/indicators` (with IndicatorsByChannel's fields, below) */
export interface IndicatorsResponse extends IndicatorsByChannel {
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

/** One channel's figures over the dashboard's year (ledger entries booked under it). */
export interface IndicatorChannel {
  channel: SaleChannel
  revenue: Rupiah
  profit: Rupiah
  /** Premi booked on its sales (premi paid out is not per channel). */
  premi_earned: Rupiah
  pnbp_booked: Rupiah
  /** Net units: sold less refunded or returned (the PNBP report's definition). */
  quantity: number
}

/** One lapas's figures per channel, for the national comparison (lapas × channel). */
export interface IndicatorLapasChannels {
  lapas_id: string
  name: string
  handle: string
  /** Every channel, in SALE_CHANNELS order. */
  channels: IndicatorChannel[]
}

/**
 * `GET /lapas-api/indicators` with the channel split (the route's response: IndicatorsResponse
 * plus these fields).
 */
export interface IndicatorsByChannel {
  /** Every channel, in SALE_CHANNELS order; adds up to totals' revenue, profit, premi_earned, pnbp_booked. */
  by_channel: IndicatorChannel[]
  /** National roll-up only (null for one lapas): every lapas in scope × channel, by handle. */
  lapas_by_channel: IndicatorLapasChannels[] | null
  /** National roll-up only (null for one lapas): every lapas in scope side by side, by revenue (largest first). */
  lapas_comparison: IndicatorLapasComparison[] | null
}

/**
 * One lapas in the national comparison, over the dashboard's calendar year. The target is the
 * lapas's whole yearly target (the period is always a calendar year, so nothing is prorated).
 */
export interface IndicatorLapasComparison {
  lapas_id: string
  name: string
  handle: string
  revenue: Rupiah
  /** Net units (sold less refunded or returned). */
  quantity: number
  pnbp_booked: Rupiah
  pnbp_deposited: Rupiah
  /** lapas.pnbp_target_yearly. */
  pnbp_target: Rupiah
  /** pnbp_booked / pnbp_target in basis points (rounded down); null without a target. */
  pnbp_booked_bp: number | null
  premi_earned: Rupiah
  /** Distinct inmates whose net premi allocated in the year is positive. */
  inmates_earning: number
}
