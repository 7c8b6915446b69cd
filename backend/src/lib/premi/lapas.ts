import type { MedusaContainer } from "@medusajs/framework/types"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { asTimeZone, type ReportTimeZone } from "../../modules/profit-share/reports/period"

export interface PremiLapas {
  id: string
  name: string
  handle: string
  time_zone: ReportTimeZone
  /** For the premi statement's letterhead and place of signing. */
  city?: string | null
  address?: string | null
  province?: string | null
}

/** The lapas inmates belong to, as the premi outputs need them (name and time zone). */
export async function premiLapasById(scope: MedusaContainer, ids: string[]): Promise<Map<string, PremiLapas>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const service: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const rows = await service.listLapas({ id: unique }, { select: ["id", "name", "handle", "time_zone", "city", "address", "province"] })
  return new Map(
    rows.map((l) => [l.id as string, {
        id: l.id,
        name: l.name,
        handle: l.handle,
        time_zone: asTimeZone(l.time_zone),
        city: l.city ?? null,
        address: l.address ?? null,
        province: l.province ?? null,
      }])
  )
}
