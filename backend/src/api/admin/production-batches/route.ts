import type { CreateProductionBatchResponse, ProductionBatchListResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { recordProductionBatchWorkflow } from "../../../workflows/production/record-production-batch"
import { resolveAdminAccess } from "../../utils/access"
import type { CreateProductionBatch, ListProductionBatchesQuery } from "./validators"
import { adminBatch, BATCH_RELATIONS, loadBatch } from "../../../lib/production/views"

/** Batches, newest first; a lapas user sees only their own lapas's. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const { limit, offset, variant_id, product_id, lapas_id } = (req as any).validatedQuery as ListProductionBatchesQuery
  const filters: Record<string, unknown> = {}
  if (access.role !== "national") filters.lapas_id = access.lapasId
  else if (lapas_id) filters.lapas_id = lapas_id
  if (variant_id) filters.variant_id = variant_id
  if (product_id) filters.product_id = product_id
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [batches, count] = await production.listAndCountProductionBatches(filters, {
    relations: BATCH_RELATIONS,
    take: limit,
    skip: offset,
    order: { produced_on: "DESC", created_at: "DESC" },
  })
  res.json({ production_batches: batches.map(adminBatch), count, limit, offset } satisfies ProductionBatchListResponse)
}

/**
 * Records a batch for a variant of the caller's lapas (national users: of the variant's own
 * lapas): stock rises at the lapas's location and the variant's average HPP moves.
 */
export async function POST(req: MedusaRequest<CreateProductionBatch>, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const body = req.validatedBody as CreateProductionBatch
  const { result } = await recordProductionBatchWorkflow(req.scope).run({
    input: {
      actor_lapas_id: access.role === "national" ? null : access.lapasId,
      variant_id: body.variant_id,
      quantity: body.quantity,
      unit_cost: body.unit_cost,
      produced_on: body.produced_on,
      makers: body.makers,
      notes: body.notes ?? null,
    },
  })
  const batch = await loadBatch(req.scope, result.batch_id)
  res.status(201).json({ production_batch: adminBatch(batch), variant_cost: result.variant_cost } satisfies CreateProductionBatchResponse)
}
