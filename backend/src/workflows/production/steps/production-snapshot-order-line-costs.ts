import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import LapasProductLink from "../../../links/lapas-product"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { LineCostMethod } from "../../../modules/production/models/order-line-cost"
import type ProductionModuleService from "../../../modules/production/service"

/** One order line's HPP as snapshotted when the order was placed. */
export interface OrderLineCostSnapshot {
  line_item_id: string
  variant_id: string | null
  lapas_id: string | null
  quantity: number
  /** Whole rupiah per unit, as a decimal string (exact for any size). */
  unit_cost: string
  method: LineCostMethod
}

type Row = Record<string, any>

/** A quantity or amount as query.graph returns it: a number, a numeric string or a BigNumber. */
function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0
  return MathBN.convert(value as Parameters<typeof MathBN.convert>[0]).toNumber()
}

function toSnapshot(row: Row): OrderLineCostSnapshot {
  return {
    line_item_id: row.line_item_id,
    variant_id: row.variant_id ?? null,
    lapas_id: row.lapas_id ?? null,
    quantity: toNumber(row.quantity),
    unit_cost: String(row.raw_unit_cost?.value ?? row.unit_cost ?? 0),
    method: row.method,
  }
}

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate|already exists/i.test(String((error as Error)?.message ?? error))

/**
 * Writes the HPP snapshot of every line of an order that has none yet, from the variant's
 * current weighted average (0 with method "no_batches" when it never had a batch), and
 * returns all of the order's snapshots. Existing snapshots are never changed, and the unique
 * line_item_id makes concurrent runs write each line once.
 */
export async function snapshotOrderLineCosts(
  container: MedusaContainer,
  orderId: string
): Promise<{ snapshots: OrderLineCostSnapshot[]; createdIds: string[]; attributedLineIds: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)

  // The order module, not query.graph, gives each line its quantity (it lives in the order's item detail).
  const orders = await container
    .resolve(Modules.ORDER)
    .listOrders({ id: orderId }, { select: ["id"], relations: ["items"] })
  const order = orders[0] as Row | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id "${orderId}" was not found.`)
  }
  const items = ((order.items ?? []) as Row[]).filter(Boolean)

  const existing = await production.listOrderLineCosts({ order_id: orderId })
  const done = new Set(existing.map((row) => row.line_item_id))
  const missing = items.filter((item) => !done.has(item.id))
  const createdIds: string[] = []

  if (missing.length) {
    const variantIds = [...new Set(missing.map((i) => i.variant_id).filter(Boolean))] as string[]
    const productIds = [...new Set(missing.map((i) => i.product_id).filter(Boolean))] as string[]
    const costs = variantIds.length ? await production.listVariantCosts({ variant_id: variantIds }) : []
    const costByVariant = new Map(costs.map((c) => [c.variant_id, c as Row]))
    const lapasByProduct = new Map<string, string>()
    if (productIds.length) {
      const { data: links } = await query.graph({
        entity: LapasProductLink.entryPoint,
        fields: ["product_id", "lapas_id"],
        filters: { product_id: productIds },
      })
      for (const link of links as Row[]) lapasByProduct.set(link.product_id, link.lapas_id)
    }

    const rows = missing.map((item) => {
      const cost = item.variant_id ? costByVariant.get(item.variant_id) : undefined
      const method: LineCostMethod = !item.variant_id ? "no_variant" : cost ? "weighted_average" : "no_batches"
      return {
        order_id: orderId,
        line_item_id: item.id as string,
        variant_id: (item.variant_id as string | null) ?? null,
        lapas_id: cost?.lapas_id ?? (item.product_id ? lapasByProduct.get(item.product_id) : null) ?? null,
        quantity: toNumber(item.raw_quantity ?? item.quantity),
        unit_cost: cost ? toNumber(cost.raw_average_unit_cost?.value ?? cost.average_unit_cost) : 0,
        method,
      }
    })

    try {
      const created = await production.createOrderLineCosts(rows)
      createdIds.push(...created.map((row) => row.id))
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      // Another run snapshotted some of these lines meanwhile: write only what is still missing.
      for (const row of rows) {
        try {
          const created = await production.createOrderLineCosts(row)
          createdIds.push(created.id)
        } catch (inner) {
          if (!isUniqueViolation(inner)) throw inner
        }
      }
    }
  }

  const all = missing.length ? await production.listOrderLineCosts({ order_id: orderId }) : existing
  const order_ = new Map(items.map((item, index) => [item.id, index]))
  const snapshots = (all as Row[])
    .map(toSnapshot)
    .sort((a, b) => (order_.get(a.line_item_id) ?? 0) - (order_.get(b.line_item_id) ?? 0))
  const attributedLineIds = await attributeOrderLinesToBatches(container, orderId, snapshots)
  return { snapshots, createdIds, attributedLineIds }
}

/**
 * Records which batches the units of the order's lines came from (FIFO, see the production
 * module README), for every line whose HPP came from a batch average and that has no such rows
 * yet; lines of a variant that never had a batch have no makers. Runs under the per-variant lock
 * batch recording takes, so units a batch has left are never counted twice. Returns the lines
 * it wrote rows for (their compensation removes them).
 */
export async function attributeOrderLinesToBatches(
  container: MedusaContainer,
  orderId: string,
  snapshots: OrderLineCostSnapshot[]
): Promise<string[]> {
  const candidates = snapshots.filter((s) => s.method === "weighted_average" && s.variant_id && s.quantity > 0)
  if (!candidates.length) return []
  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const existing = await production.listProductionLineBatches(
    { line_item_id: candidates.map((c) => c.line_item_id) },
    { select: ["line_item_id"] }
  )
  const done = new Set(existing.map((row) => row.line_item_id))
  const lines = candidates
    .filter((c) => !done.has(c.line_item_id))
    .map((c) => ({ order_id: orderId, line_item_id: c.line_item_id, variant_id: c.variant_id!, quantity: c.quantity }))
  if (!lines.length) return []
  const keys = [...new Set(lines.map((l) => `production-batch:${l.variant_id}`))].sort()
  const locking = container.resolve(Modules.LOCKING)
  const written = await underLocksInOrder(locking, keys, () => production.attributeLinesToBatches(lines), 30)
  return [...new Set(written.map((row) => row.line_item_id))]
}

/**
 * Holds every key, taken one at a time in the order given (sorted), while `work` runs. Medusa's
 * Redis locking takes the keys of one `execute` all at once, in parallel: two bookings that each
 * got one variant's key and wait for the other's would both wait out the timeout (the fault
 * suite's worker sat idle on exactly that). Taken in one order, no two callers can wait on each other.
 */
async function underLocksInOrder<T>(
  locking: { execute<R>(keys: string | string[], job: () => Promise<R>, args?: { timeout?: number }): Promise<R> },
  keys: string[],
  work: () => Promise<T>,
  timeoutSeconds: number
): Promise<T> {
  const [first, ...rest] = keys
  if (!first) return work()
  return locking.execute(first, () => underLocksInOrder(locking, rest, work, timeoutSeconds), { timeout: timeoutSeconds })
}

/**
 * Creates the missing snapshots of an order and the batches its lines' units came from;
 * compensation removes only what it created.
 */
export const snapshotOrderLineCostsStep = createStep(
  "production-snapshot-order-line-costs",
  async (input: { order_id: string }, { container }) => {
    const { snapshots, createdIds, attributedLineIds } = await snapshotOrderLineCosts(container, input.order_id)
    return new StepResponse(snapshots, { createdIds, attributedLineIds })
  },
  async (created, { container }) => {
    if (!created) return
    const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    if (created.attributedLineIds?.length) await production.removeLineBatchesOfLines(created.attributedLineIds)
    if (created.createdIds?.length) await production.deleteOrderLineCosts(created.createdIds)
  }
)
