import { generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { BatchMaker } from "./models/batch-maker"
import { Inmate } from "./models/inmate"
import { ProductionLineBatch } from "./models/line-batch"
import { OrderLineCost } from "./models/order-line-cost"
import { ProductionBatch } from "./models/production-batch"
import { VariantCost } from "./models/variant-cost"
import { takeFifo } from "./line-batches"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Repository = { transaction: <T>(task: (manager: Manager) => Promise<T>) => Promise<T> }

/** An order line whose units are to be attributed to its variant's batches. */
export interface LineToAttribute {
  order_id: string
  line_item_id: string
  variant_id: string
  quantity: number
}

/**
 * Inmates, production batches and production cost (HPP). Generated methods include
 * listInmates, listProductionBatches, listVariantCosts, listOrderLineCosts({ order_id }) and
 * listProductionLineBatches({ line_item_id }).
 */
class ProductionModuleService extends MedusaService({
  Inmate,
  ProductionBatch,
  BatchMaker,
  VariantCost,
  OrderLineCost,
  ProductionLineBatch,
}) {
  private get repository(): Repository {
    return (this as unknown as { baseRepository_: Repository }).baseRepository_
  }

  /**
   * Records which batches each line's units came from, FIFO over the variant's batches (see
   * line-batches.ts), in one transaction. A line that already has rows is left as it is, so a
   * retry writes nothing. Callers hold the per-variant lock batch recording takes
   * (`production-batch:<variant_id>`), so a batch's units left are read while no other sale or
   * batch of the variant is being written. Returns the rows written.
   */
  async attributeLinesToBatches(lines: LineToAttribute[]) {
    if (!lines.length) return []
    return await this.repository.transaction(async (manager) => {
      const written: { id: string; line_item_id: string; batch_id: string; quantity: number }[] = []
      for (const line of lines) {
        const done = await manager.execute(
          `SELECT 1 FROM production_line_batch WHERE line_item_id = ? AND deleted_at IS NULL LIMIT 1`,
          [line.line_item_id]
        )
        if (done.length) continue
        const batches = await manager.execute(
          `SELECT b.id, b.quantity - COALESCE((SELECT SUM(lb.quantity) FROM production_line_batch lb
                                                WHERE lb.batch_id = b.id AND lb.deleted_at IS NULL), 0) AS left
             FROM production_batch b
            WHERE b.variant_id = ? AND b.deleted_at IS NULL
            ORDER BY b.produced_on, b.created_at, b.id`,
          [line.variant_id]
        )
        const rows = takeFifo(
          batches.map((b) => ({ id: b.id as string, left: Number(b.left) })),
          line.quantity
        )
        for (const row of rows) {
          const id = generateEntityId(undefined, "plbatch")
          const inserted = await manager.execute(
            `INSERT INTO production_line_batch (id, order_id, line_item_id, variant_id, batch_id, quantity)
             VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (line_item_id, batch_id) WHERE deleted_at IS NULL DO NOTHING
             RETURNING id`,
            [id, line.order_id, line.line_item_id, line.variant_id, row.batch_id, row.quantity]
          )
          if (inserted.length) written.push({ id, line_item_id: line.line_item_id, ...row })
        }
      }
      return written
    })
  }

  /**
   * Compensation only: removes what attributeLinesToBatches wrote for an order that was not placed.
   * The app's database role holds no DELETE on the table: the rows go through the owner's
   * SECURITY DEFINER function (migration Migration20261215091113).
   */
  async removeLineBatchesOfLines(lineItemIds: string[]) {
    if (!lineItemIds.length) return
    await this.repository.transaction(async (manager) => {
      await manager.execute(
        `SELECT production_line_batch_remove_of_lines(ARRAY[${lineItemIds.map(() => "?").join(", ")}]::text[])`,
        lineItemIds
      )
    })
  }
}

export default ProductionModuleService
