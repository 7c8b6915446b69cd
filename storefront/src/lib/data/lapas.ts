import "server-only"
import type { StoreLapas, StoreLapasListResponse, StoreLapasResponse } from "@karya-binaan/contracts"
import { cache } from "react"
import { isNotFound } from "./errors"
import { getSdk } from "./sdk"

/** Every active lapas with its public profile and product count, by name. */
export const listLapas = cache(async (): Promise<StoreLapas[]> => {
  const { lapas } = await getSdk().client.fetch<StoreLapasListResponse>("/store/lapas")
  return lapas ?? []
})

/** One active lapas by handle, or null when there is none (404). Other failures throw. */
export const getLapasByHandle = cache(async (handle: string): Promise<StoreLapas | null> => {
  try {
    const { lapas } = await getSdk().client.fetch<StoreLapasResponse>(
      `/store/lapas/${encodeURIComponent(handle)}`
    )
    return lapas ?? null
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
})
