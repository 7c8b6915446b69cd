import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createProductionBatchStep } from "./steps/production-create-batch"
import { raiseProductionStockStep } from "./steps/production-raise-stock"
import { updateVariantCostStep } from "./steps/production-update-variant-cost"
import { validateProductionBatchStep } from "./steps/production-validate-batch"

export interface RecordProductionBatchInput {
  /** The caller's lapas (from the member record), or null for a national member. */
  actor_lapas_id: string | null
  variant_id: string
  quantity: number
  /** HPP per unit, whole rupiah (= material_cost + labour_cost when those are given). */
  unit_cost: number
  /** The parts of unit_cost, both or neither (a batch layanan: materials and labour per service). */
  material_cost?: number | null
  labour_cost?: number | null
  /** YYYY-MM-DD, a calendar day (stored as midnight WIB). */
  produced_on: string
  makers: { inmate_id: string; work_units: number }[]
  notes?: string | null
}

/**
 * Emitted when a batch is recorded, with `{ id, product_id, variant_id }`: the stock step raises
 * inventory through the module directly, which sends no inventory-level event, and the search
 * index needs to know the product may be in stock now.
 */
export const PRODUCTION_BATCH_CREATED_EVENT = "production-batch.created"

export interface RecordProductionBatchResult {
  batch_id: string
  lapas_id: string
  is_service: boolean
  variant_cost: { variant_id: string; average_unit_cost: number; stocked_quantity: number }
}

/** Midnight WIB of a calendar day, the convention for dates in this app. */
export function calendarDayToDate(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`)
}

/**
 * Records a production batch: the batch and its makers, the variant's new weighted average
 * HPP, and the units added to the variant's stock at the lapas's stock location. A service's
 * batch layanan (product type "jasa") adds no stock: with none held, its unit cost becomes the
 * service's HPP for the sales that follow. Every step
 * compensates, so a failure anywhere (including in a `batchRecorded` hook handler) leaves
 * no batch, no changed average and no changed stock. Batches of one variant are recorded
 * one at a time (a lock per variant), so the average always sees the stock it builds on.
 */
export const recordProductionBatchWorkflow = createWorkflow(
  "record-production-batch",
  (input: RecordProductionBatchInput) => {
    const lockKey = transform({ input }, ({ input }) => `production-batch:${input.variant_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const context = validateProductionBatchStep(
      transform({ input }, ({ input }) => ({
        actor_lapas_id: input.actor_lapas_id,
        variant_id: input.variant_id,
        makers: input.makers,
      }))
    )

    const batch = createProductionBatchStep(
      transform({ input, context }, ({ input, context }) => ({
        lapas_id: context.lapas_id,
        product_id: context.product_id,
        variant_id: context.variant_id,
        quantity: input.quantity,
        unit_cost: input.unit_cost,
        material_cost: input.material_cost ?? null,
        labour_cost: input.labour_cost ?? null,
        produced_on: calendarDayToDate(input.produced_on),
        notes: input.notes ?? null,
        makers: input.makers,
      }))
    )

    const cost = updateVariantCostStep(
      transform({ input, context, batch }, ({ input, context, batch }) => ({
        batch_id: batch.id,
        lapas_id: context.lapas_id,
        variant_id: context.variant_id,
        inventory_item_id: context.inventory_item_id,
        location_id: context.location_id,
        quantity: input.quantity,
        unit_cost: input.unit_cost,
      }))
    )

    const stock = raiseProductionStockStep(
      transform({ input, context }, ({ input, context }) => ({
        inventory_item_id: context.inventory_item_id,
        location_id: context.location_id,
        quantity: input.quantity,
      }))
    )

    // Sent when the workflow has finished, so after the stock step has committed.
    emitEventStep({
      eventName: PRODUCTION_BATCH_CREATED_EVENT,
      data: transform({ batch, context }, ({ batch, context }) => ({
        id: batch.id,
        product_id: context.product_id,
        variant_id: context.variant_id,
      })),
    })

    const batchRecorded = createHook("batchRecorded", {
      batch_id: batch.id,
      lapas_id: context.lapas_id,
      variant_id: context.variant_id,
      notes: input.notes,
    })

    releaseLockStep({ key: lockKey })

    const result = transform({ batch, context, cost, stock }, ({ batch, context, cost, stock }) => ({
      batch_id: batch.id,
      lapas_id: context.lapas_id,
      is_service: context.is_service,
      variant_cost: {
        variant_id: cost.variant_id,
        average_unit_cost: cost.average_unit_cost,
        stocked_quantity: stock.stocked_quantity,
      },
    })) as unknown as RecordProductionBatchResult

    return new WorkflowResponse(result, { hooks: [batchRecorded] })
  }
)
