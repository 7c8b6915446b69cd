import type { MedusaRequest } from "@medusajs/framework/http"
import { LAPAS_MODULE } from "../../../modules/lapas"
import { asTimeZone, type ReportTimeZone } from "../../../modules/profit-share/reports/period"

export interface PremiLapas {
  id: string
  name: string
  handle: string
  time_zone: ReportTimeZone
}

/** The lapas an inmate belongs to, as the premi outputs need it (name and time zone). */
export async function lapasById(req: MedusaRequest, ids: string[]): Promise<Map<string, PremiLapas>> {
  if (!ids.length) return new Map()
  const service = req.scope.resolve(LAPAS_MODULE) as any
  const rows = (await service.listLapas({ id: ids }, { select: ["id", "name", "handle", "time_zone"] })) as any[]
  return new Map(
    rows.map((l) => [l.id as string, { id: l.id, name: l.name, handle: l.handle, time_zone: asTimeZone(l.time_zone) }])
  )
}
