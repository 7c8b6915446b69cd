import type { AdminInmate, AdminInmateDetail, AdminProductionBatch, BatchMaker } from "@karya-binaan/contracts"
import type { InferTypeOf, MedusaContainer } from "@medusajs/framework/types"
import { rupiahToJson } from "@karya-binaan/shares"
import { PRODUCTION_MODULE } from "../../modules/production"
import { Inmate } from "../../modules/production/models/inmate"
import type ProductionModuleService from "../../modules/production/service"

type InmateRecord = InferTypeOf<typeof Inmate>
/** A batch as listProductionBatches loads it with BATCH_RELATIONS (its bigNumber as `raw_unit_cost`). */
type Row = Record<string, any>

/** A timestamp as res.json writes it. */
function jsonInstant(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value
}

/** The calendar day (WIB) of a date stored as midnight WIB. */
export function calendarDay(date: Date | string): string {
  const time = new Date(date).getTime() + 7 * 60 * 60 * 1000
  return new Date(time).toISOString().slice(0, 10)
}

/** Today's calendar day in WIB. */
export function todayWib(now = new Date()): string {
  return calendarDay(now)
}

export function adminInmate(inmate: InmateRecord): AdminInmate
export function adminInmate(inmate: InmateRecord, options: { full: true }): AdminInmateDetail
export function adminInmate(inmate: InmateRecord, { full = false } = {}): AdminInmate | AdminInmateDetail {
  const base: AdminInmate = {
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
    created_at: jsonInstant(inmate.created_at),
    updated_at: jsonInstant(inmate.updated_at),
  }
}

/** `isService`: whether the batch's product is a service (jasa), when the caller knows it. */
export function adminBatch(batch: Row, isService?: boolean): AdminProductionBatch {
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
      .map((maker): BatchMaker => ({
        inmate_id: maker.inmate_id ?? maker.inmate?.id,
        code: maker.inmate?.code ?? null,
        work_units: Number(maker.work_units),
      }))
      .sort((a, b) => String(a.code).localeCompare(String(b.code))),
    created_at: jsonInstant(batch.created_at),
    material_cost: costPart(batch.raw_material_cost ?? batch.material_cost),
    labour_cost: costPart(batch.raw_labour_cost ?? batch.labour_cost),
    ...(isService === undefined ? {} : { is_service: isService }),
  }
}

/** A nullable stored amount (bigNumber) as JSON. */
function costPart(value: unknown) {
  return value === null || value === undefined ? null : rupiahToJson(value as Parameters<typeof rupiahToJson>[0])
}

export const BATCH_RELATIONS = ["makers", "makers.inmate"]

export async function loadBatch(scope: MedusaContainer, id: string) {
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const [batch] = await production.listProductionBatches({ id }, { relations: BATCH_RELATIONS })
  return batch
}
