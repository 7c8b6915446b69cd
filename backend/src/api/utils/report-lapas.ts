import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { asTimeZone, type ReportTimeZone } from "../../modules/profit-share/reports/period"
import type { ReportLapas } from "../../modules/profit-share/reports/scope"
import { notFound, resolveAdminAccess } from "./access"

/** A lapas as the reports need it, or null when there is none with that id. */
export async function reportLapas(req: MedusaRequest, lapasId: string): Promise<ReportLapas | null> {
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = (await lapasService.listLapas(
    { id: lapasId },
    { select: ["id", "name", "handle", "satker_code", "time_zone", "city"] }
  )) as any[]
  return lapas ? toReportLapas(lapas) : null
}

/** Every lapas as the reports need it (a national roll-up). */
export async function allReportLapas(req: MedusaRequest): Promise<ReportLapas[]> {
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const rows = (await lapasService.listLapas(
    {},
    { select: ["id", "name", "handle", "satker_code", "time_zone", "city"], take: null as any }
  )) as any[]
  return rows.map(toReportLapas)
}

function toReportLapas(lapas: Record<string, any>): ReportLapas {
  return {
    id: lapas.id,
    name: lapas.name,
    handle: lapas.handle,
    satker_code: lapas.satker_code ?? null,
    time_zone: asTimeZone(lapas.time_zone),
    city: lapas.city ?? null,
  }
}

/** The time zone a lapas keeps its days in (WIB when no lapas is named or it is unknown). */
export async function lapasTimeZone(req: MedusaRequest, lapasId: string | undefined | null): Promise<ReportTimeZone> {
  if (!lapasId) return "Asia/Jakarta"
  return (await reportLapas(req, lapasId))?.time_zone ?? "Asia/Jakarta"
}

/**
 * The lapas a money route is about: a finance user's own lapas whatever the request says (404
 * when they name another, so its existence does not leak), the one a national user names (404
 * when it does not exist), or null when a national user names none and `optional`.
 */
export async function scopedLapas(
  req: MedusaRequest,
  asked: string | undefined,
  optional = false
): Promise<ReportLapas | null> {
  const access = await resolveAdminAccess(req)
  if (access.role !== "national") {
    if (asked && asked !== access.lapasId) throw notFound("Lapas", asked)
    const own = await reportLapas(req, access.lapasId)
    if (!own) throw notFound("Lapas", access.lapasId)
    return own
  }
  if (!asked) {
    if (optional) return null
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "lapas_id: name the lapas (national users see every lapas).")
  }
  const lapas = await reportLapas(req, asked)
  if (!lapas) throw notFound("Lapas", asked)
  return lapas
}
