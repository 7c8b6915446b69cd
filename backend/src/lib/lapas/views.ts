import {
  PUBLIC_LAPAS_FIELDS,
  type AdminLapas,
  type AdminPartner,
  type PartnerActivity,
  type PartnerAgreement,
  type ProductLapas,
  type PublicLapas,
} from "@karya-binaan/contracts"
import type { InferTypeOf, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { Partner } from "../../modules/lapas/models/partner"
import type { LapasRecord } from "./links"
import { agreementTerm, isAgreementExpired } from "../../modules/lapas/agreement-term"

type PartnerRecord = InferTypeOf<typeof Partner>

/** A timestamp as res.json writes it. */
function jsonInstant(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value
}

/** PUBLIC_LAPAS_FIELDS of the row, in that order. */
export function publicLapas(lapas: LapasRecord): PublicLapas {
  return {
    id: lapas.id,
    handle: lapas.handle,
    name: lapas.name,
    lapas_class: lapas.lapas_class,
    city: lapas.city,
    province: lapas.province,
    time_zone: lapas.time_zone,
    story: lapas.story ?? null,
    logo_url: lapas.logo_url ?? null,
  }
}

/** A product with its `lapas` cut down to the public fields it was fetched with (none added). */
export function withPublicLapas<P extends { lapas?: Record<string, unknown> | null }>(
  product: P
): P | (Omit<P, "lapas"> & { lapas: ProductLapas }) {
  if (!product || !("lapas" in product) || !product.lapas) return product
  const lapas = product.lapas
  return {
    ...product,
    lapas: Object.fromEntries(
      PUBLIC_LAPAS_FIELDS.filter((field) => field in lapas).map((field) => [field, lapas[field]])
    ) as ProductLapas,
  }
}

export function adminLapas(lapas: LapasRecord): AdminLapas {
  return {
    ...publicLapas(lapas),
    satker_code: lapas.satker_code ?? null,
    pnbp_target_yearly: Number(lapas.pnbp_target_yearly ?? 0),
    address: lapas.address ?? null,
    contact_email: lapas.contact_email ?? null,
    contact_phone: lapas.contact_phone ?? null,
    qris_image_url: (lapas as { qris_image_url?: string | null }).qris_image_url ?? null,
    is_active: lapas.is_active,
    created_at: jsonInstant(lapas.created_at),
    updated_at: jsonInstant(lapas.updated_at),
  }
}

export function adminPartner(partner: PartnerRecord, now = new Date()): AdminPartner {
  return {
    id: partner.id,
    name: partner.name,
    kind: partner.kind,
    contact: partner.contact ?? null,
    agreements: (partner.agreements ?? []).map((agreement): PartnerAgreement => {
      const startsOn = new Date(agreement.starts_on)
      const endsOn = new Date(agreement.ends_on)
      return {
        id: agreement.id,
        number: agreement.number,
        starts_on: startsOn.toISOString(),
        ends_on: endsOn.toISOString(),
        // The admin route validates activities against PARTNER_ACTIVITIES before storing them.
        activities: (agreement.activities ?? []) as PartnerActivity[],
        term: agreementTerm(startsOn, endsOn),
        expired: isAgreementExpired(endsOn, now),
      }
    }),
  }
}
