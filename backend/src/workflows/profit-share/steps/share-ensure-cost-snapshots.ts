import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { snapshotOrderLineCostsWorkflow } from "../../production/snapshot-order-line-costs"
import { orderKey, type OrderRef } from "../../../lib/orders/payment-order"

export interface CostSnapshot {
  line_item_id: string
  variant_id: string | null
  lapas_id: string | null
  quantity: number
  /** Whole rupiah per unit, as a string (step results must be JSON). */
  unit_cost: string
}

/**
 * The order's HPP snapshots in one read, when nothing is left to do: every line of the order's
 * current version has its snapshot, and every line costed from a batch average (with a variant
 * and units) has the batches its units came from. Null when something is missing: then the
 * production workflow must run (it writes what is missing and returns the same snapshots).
 */
export async function completeCostSnapshots(container: MedusaContainer, order: string | OrderRef): Promise<CostSnapshot[] | null> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // The order's id, or the order of a payment (then read in the same statement).
  const key = orderKey(typeof order === "string" ? { order_id: order } : order)
  const { rows } = await pg.raw(
    `SELECT c.line_item_id, c.variant_id, c.lapas_id, c.quantity,
            COALESCE(c.raw_unit_cost ->> 'value', c.unit_cost::text, '0') AS unit_cost,
            (c.method = 'weighted_average' AND c.variant_id IS NOT NULL AND c.quantity > 0
              AND NOT EXISTS (SELECT 1 FROM production_line_batch lb
                               WHERE lb.line_item_id = c.line_item_id AND lb.deleted_at IS NULL)) AS incomplete
       FROM production_order_line_cost c
      WHERE c.order_id = ${key.sql} AND c.deleted_at IS NULL
     UNION ALL
     SELECT oi.item_id, NULL, NULL, 0, '0', true
       FROM order_item oi
       JOIN "order" o ON o.id = oi.order_id AND o.version = oi.version
      WHERE oi.order_id = ${key.sql} AND oi.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM production_order_line_cost c
                         WHERE c.line_item_id = oi.item_id AND c.deleted_at IS NULL)`,
    [key.binding, key.binding]
  )
  if (!rows.length || rows.some((row: any) => row.incomplete)) return null
  return rows.map((row: any) => ({
    line_item_id: row.line_item_id,
    variant_id: row.variant_id ?? null,
    lapas_id: row.lapas_id ?? null,
    quantity: Number(row.quantity),
    unit_cost: String(row.unit_cost),
  }))
}

/**
 * Makes sure every line of the order has its HPP snapshot (normally taken when the order was
 * placed) and returns them. The usual case is one read (completeCostSnapshots); otherwise it runs
 * the production workflow on its own, not as a nested step: a snapshot, once taken, is a fact
 * about the sale and is kept even when booking fails.
 */
export async function ensureCostSnapshots(
  container: MedusaContainer,
  orderId: string,
  /** What completeCostSnapshots returned, when the caller read it already. */
  read?: CostSnapshot[] | null
): Promise<CostSnapshot[]> {
  const complete = read !== undefined ? read : await completeCostSnapshots(container, orderId)
  if (complete) return complete
  const { result } = await snapshotOrderLineCostsWorkflow(container).run({ input: { order_id: orderId } })
  return ((result ?? []) as any[]).map((s) => ({
    line_item_id: s.line_item_id,
    variant_id: s.variant_id ?? null,
    lapas_id: s.lapas_id ?? null,
    quantity: Number(s.quantity),
    unit_cost: String(s.raw_unit_cost?.value ?? s.unit_cost ?? 0),
  }))
}

export const ensureShareCostSnapshotsStep = createStep(
  "share-ensure-cost-snapshots",
  async (input: { order_id: string }, { container }) => new StepResponse(await ensureCostSnapshots(container, input.order_id))
)
