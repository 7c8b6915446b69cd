import type { MedusaContainer } from "@medusajs/framework/types"
import { rupiahToJson } from "@karya-binaan/shares"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"

type Row = Record<string, any>

/** The calendar day (WIB) of a date stored as midnight WIB. */
export function calendarDay(date: Date | string): string {
  const time = new Date(date).getTime() + 7 * 60 * 60 * 1000
  return new Date(time).toISOString().slice(0, 10)
}

/** Today's calendar day in WIB. */
export function todayWib(now = new Date()): string {
  return calendarDay(now)
}

export function adminInmate(inmate: Row, { full = false } = {}) {
  const base = {
    id: inmate.id,
    code: inmate.code,
    lapas_id: inmate.lapas_id,
    display_name: inmate.display_name ?? null,
    status: inmate.status,
  }
  if (!full) return base
  return {
    ...base,
    story: inmate.story ?? null,
    consent_public: Boolean(inmate.consent_public),
    created_at: inmate.created_at,
    updated_at: inmate.updated_at,
  }
}

export function adminBatch(batch: Row) {
  return {
    id: batch.id,
    lapas_id: batch.lapas_id,
    product_id: batch.product_id,
    variant_id: batch.variant_id,
    quantity: Number(batch.quantity),
    unit_cost: rupiahToJson(batch.raw_unit_cost ?? batch.unit_cost ?? 0),
    produced_on: calendarDay(batch.produced_on),
    notes: batch.notes ?? null,
    makers: ((batch.makers ?? []) as Row[])
      .filter(Boolean)
      .map((maker) => ({
        inmate_id: maker.inmate_id ?? maker.inmate?.id,
        code: maker.inmate?.code ?? null,
        work_units: Number(maker.work_units),
      }))
      .sort((a, b) => String(a.code).localeCompare(String(b.code))),
    created_at: batch.created_at,
  }
}

export const BATCH_RELATIONS = ["makers", "makers.inmate"]

export async function loadBatch(scope: MedusaContainer, id: string) {
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const [batch] = await production.listProductionBatches({ id }, { relations: BATCH_RELATIONS })
  return batch
}
