import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import LapasUserLink from "../../links/lapas-user"
import { agreementTerm, isAgreementExpired } from "../../modules/lapas/agreement-term"

/** Fields of a lapas that anyone may see (the storefront's brand page). */
export const PUBLIC_LAPAS_FIELDS = [
  "id",
  "handle",
  "name",
  "lapas_class",
  "city",
  "province",
  "time_zone",
  "story",
  "logo_url",
] as const

type Row = Record<string, any>

export function publicLapas(lapas: Row) {
  return Object.fromEntries(PUBLIC_LAPAS_FIELDS.map((field) => [field, lapas[field] ?? null]))
}

/** A product with its `lapas` cut down to the public fields it was fetched with (none added). */
export function withPublicLapas(product: Row) {
  if (!product || !("lapas" in product) || !product.lapas) return product
  const lapas = product.lapas as Row
  return {
    ...product,
    lapas: Object.fromEntries(PUBLIC_LAPAS_FIELDS.filter((field) => field in lapas).map((field) => [field, lapas[field]])),
  }
}

export function adminLapas(lapas: Row) {
  return {
    ...publicLapas(lapas),
    satker_code: lapas.satker_code ?? null,
    pnbp_target_yearly: Number(lapas.pnbp_target_yearly ?? 0),
    address: lapas.address ?? null,
    contact_email: lapas.contact_email ?? null,
    contact_phone: lapas.contact_phone ?? null,
    is_active: lapas.is_active,
    created_at: lapas.created_at,
    updated_at: lapas.updated_at,
  }
}

export function adminPartner(partner: Row, now = new Date()) {
  return {
    id: partner.id,
    name: partner.name,
    kind: partner.kind,
    contact: partner.contact ?? null,
    agreements: (partner.agreements ?? []).map((agreement: Row) => {
      const startsOn = new Date(agreement.starts_on)
      const endsOn = new Date(agreement.ends_on)
      return {
        id: agreement.id,
        number: agreement.number,
        starts_on: startsOn.toISOString(),
        ends_on: endsOn.toISOString(),
        activities: agreement.activities ?? [],
        term: agreementTerm(startsOn, endsOn),
        expired: isAgreementExpired(endsOn, now),
      }
    }),
  }
}

/** The admin users of a lapas with their roles. */
export async function lapasStaff(scope: MedusaContainer, lapasId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: LapasUserLink.entryPoint,
    fields: ["user_id", "role"],
    filters: { lapas_id: lapasId },
  })
  if (!links.length) {
    return []
  }
  const roles = new Map((links as Row[]).map((l) => [l.user_id, l.role]))
  const users = await scope
    .resolve(Modules.USER)
    .listUsers({ id: [...roles.keys()] }, { select: ["id", "email", "first_name", "last_name"] })
  return users
    .map((user) => ({
      id: user.id,
      email: user.email,
      first_name: user.first_name ?? null,
      last_name: user.last_name ?? null,
      role: roles.get(user.id),
    }))
    .sort((a, b) => a.email.localeCompare(b.email))
}
