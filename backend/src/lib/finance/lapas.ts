import type { MedusaContainer } from "@medusajs/framework/types"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { asTimeZone } from "../../modules/profit-share/reports/period"
import type { ReportLapas } from "../../modules/profit-share/reports/scope"

const REPORT_LAPAS_FIELDS = ["id", "name", "handle", "satker_code", "time_zone", "city", "address", "province"]

function toReportLapas(lapas: Record<string, any>): ReportLapas {
  return {
    id: lapas.id,
    name: lapas.name,
    handle: lapas.handle,
    satker_code: lapas.satker_code ?? null,
    time_zone: asTimeZone(lapas.time_zone),
    city: lapas.city ?? null,
    address: lapas.address ?? null,
    province: lapas.province ?? null,
  }
}

/** A lapas as the money reports need it (name, handle, satker code, zone), or null when there is none. */
export async function reportLapasById(scope: MedusaContainer, lapasId: string): Promise<ReportLapas | null> {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const [lapas] = (await lapasService.listLapas({ id: lapasId }, { select: REPORT_LAPAS_FIELDS })) as any[]
  return lapas ? toReportLapas(lapas) : null
}

/** Every lapas as the reports need it (a national roll-up). */
export async function allReportLapas(scope: MedusaContainer): Promise<ReportLapas[]> {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const rows = (await lapasService.listLapas({}, { select: REPORT_LAPAS_FIELDS, take: null as any })) as any[]
  return rows.map(toReportLapas)
}
