import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getSdk } from "./sdk"

export const STORE_CURRENCY = "idr"
const REGION_TTL_MS = 60_000

let memo: { region: HttpTypes.StoreRegion | null; expires: number } | undefined

/**
 * The Indonesian region (currency IDR). Prices need its id to come back as `calculated_price`.
 * Remembered for a minute per server process; null when the backend has no IDR region.
 */
export const getRegion = cache(async (): Promise<HttpTypes.StoreRegion | null> => {
  if (memo && memo.expires > Date.now()) return memo.region
  const { regions } = await getSdk().store.region.list({
    fields: "id,name,currency_code",
    limit: 100,
  })
  const region = regions.find((r) => r.currency_code?.toLowerCase() === STORE_CURRENCY) ?? null
  memo = { region, expires: Date.now() + REGION_TTL_MS }
  return region
})
