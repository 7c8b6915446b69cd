import "server-only"
import {
  LAPAS_API,
  type CreateAgreementBody,
  type CreatePartnerBody,
  type LapasDetailResponse,
  type LapasResponse,
  type PartnerDeleteResponse,
  type PartnerResponse,
  type UpdateLapasBody,
  type UpdatePartnerBody,
} from "@karya-binaan/contracts"
import { lapasApi } from "./api"

/** A lapas's profile, bank account, partners and agreements, and members. */

const lapasPath = (id: string) => `${LAPAS_API}/lapas/${encodeURIComponent(id)}`
const partnerPath = (lapasId: string, partnerId: string) => `${lapasPath(lapasId)}/partners/${encodeURIComponent(partnerId)}`

export function getLapas(id: string) {
  return lapasApi<LapasDetailResponse>(lapasPath(id))
}

/** Staff send only story, address, contacts and logo; national members anything. */
export function updateLapas(id: string, body: UpdateLapasBody) {
  return lapasApi<LapasResponse>(lapasPath(id), { method: "POST", body })
}

export function createPartner(lapasId: string, body: CreatePartnerBody) {
  return lapasApi<PartnerResponse>(`${lapasPath(lapasId)}/partners`, { method: "POST", body })
}

export function updatePartner(lapasId: string, partnerId: string, body: UpdatePartnerBody) {
  return lapasApi<PartnerResponse>(partnerPath(lapasId, partnerId), { method: "POST", body })
}

export function deletePartner(lapasId: string, partnerId: string) {
  return lapasApi<PartnerDeleteResponse>(partnerPath(lapasId, partnerId), { method: "DELETE" })
}

export function addAgreement(lapasId: string, partnerId: string, body: CreateAgreementBody) {
  return lapasApi<PartnerResponse>(`${partnerPath(lapasId, partnerId)}/agreements`, { method: "POST", body })
}
