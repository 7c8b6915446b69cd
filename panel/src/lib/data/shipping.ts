import "server-only"
import {
  LAPAS_API,
  type AddLapasCourierRequest,
  type LapasCourierDeleteResponse,
  type LapasCourierOptionResponse,
  type LapasShippingSettingsResponse,
  type UpdateLapasCourierRequest,
} from "@karya-binaan/contracts"
import { lapasApi } from "./api"

/** A lapas's delivery settings (`/lapas-api/shipping`): pickup, courier services, rate tables. */

const courier = (id: string) => `${LAPAS_API}/shipping/couriers/${encodeURIComponent(id)}`

/** Staff: their own lapas (lapasId left out); national: the lapas named. */
export function getShipping(lapasId?: string) {
  const query = lapasId ? `?${new URLSearchParams({ lapas_id: lapasId })}` : ""
  return lapasApi<LapasShippingSettingsResponse>(`${LAPAS_API}/shipping${query}`)
}

export async function addCourier(body: AddLapasCourierRequest) {
  return (await lapasApi<LapasCourierOptionResponse>(`${LAPAS_API}/shipping/couriers`, { method: "POST", body })).courier
}

export async function updateCourier(id: string, body: UpdateLapasCourierRequest) {
  return (await lapasApi<LapasCourierOptionResponse>(courier(id), { method: "POST", body })).courier
}

export function deleteCourier(id: string) {
  return lapasApi<LapasCourierDeleteResponse>(courier(id), { method: "DELETE" })
}
