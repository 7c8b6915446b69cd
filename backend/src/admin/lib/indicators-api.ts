import { sdk } from "./sdk"

/** One month of the dashboard, in the lapas's own time zone ("YYYY-MM"); whole rupiah. */
export type IndicatorMonth = {
  month: string
  revenue: number
  profit: number
  premi_earned: number
  premi_paid: number
  pnbp_booked: number
  pnbp_deposited: number
}

export type IndicatorFigure = Exclude<keyof IndicatorMonth, "month">

export type BestSeller = {
  product_id: string | null
  title: string | null
  lapas_name: string
  quantity: number
  revenue: number
}

/** `GET /admin/indicators`. */
export type IndicatorsResponse = {
  lapas: { id: string; name: string; handle: string; time_zone: string } | null
  year: number
  totals: Omit<IndicatorMonth, "month"> & {
    pnbp_target: number
    /** PNBP deposited against the yearly target, in basis points; null without a target. */
    pnbp_target_progress_bp: number | null
    inmates_earning: number
  }
  by_month: IndicatorMonth[]
  best_sellers: BestSeller[]
}

export type IndicatorsParams = { lapasId?: string; year?: number }

export const indicatorsQueryKeys = {
  indicators: (params: IndicatorsParams) => ["karya-binaan", "indicators", params] as const,
}

export const indicatorsApi = {
  /** National users: one lapas or, without lapasId, every lapas. Finance always get their own lapas. */
  get: ({ lapasId, year }: IndicatorsParams) =>
    sdk.client.fetch<IndicatorsResponse>("/admin/indicators", {
      query: {
        ...(lapasId ? { lapas_id: lapasId } : {}),
        ...(year ? { year: String(year) } : {}),
      },
    }),
}
