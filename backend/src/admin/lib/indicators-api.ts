import type { IndicatorsResponse } from "@karya-binaan/contracts"
import { sdk } from "./sdk"

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
