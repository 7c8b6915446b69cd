import type { CreateProductionBatchResponse, ProductionBatchListResponse } from "@karya-binaan/contracts"
import { serviceProductIds } from "../../../lib/catalog/service-type"
import { adminBatch, BATCH_RELATIONS, loadBatch } from "../../../lib/production/views"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { recordProductionBatchWorkflow } from "../../../workflows/production/record-production-batch"
import { ALL_MEMBERS, lapasScopeOf, memberRoute, STAFF_AND_NATIONAL } from "../../utils/member-access"
import { requireInmatesInScope, requireProductInScope, requireVariantInScope } from "../../utils/production-scope"
import { unitCostOf, type CreateProductionBatch, type ListProductionBatchesQuery } from "./validators"

/** Batches, newest first: a lapas member's own lapas's; a national member's of one lapas or all. */
export const GET = memberRoute<unknown, ListProductionBatchesQuery>(ALL_MEMBERS, async (req, res, member) => {
  const { limit, offset, variant_id, product_id, lapas_id } = req.validatedQuery as ListProductionBatchesQuery
  const lapasId = lapasScopeOf(member, lapas_id)
  if (variant_id) await requireVariantInScope(req.scope, member, variant_id)
  if (product_id) await requireProductInScope(req.scope, member, product_id)
  const filters: Record<string, unknown> = {}
  if (lapasId) filters.lapas_id = lapasId
  if (variant_id) filters.variant_id = variant_id
  if (product_id) filters.product_id = product_id
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [batches, count] = await production.listAndCountProductionBatches(filters, {
    relations: BATCH_RELATIONS,
    take: limit,
    skip: offset,
    order: { produced_on: "DESC", created_at: "DESC" },
  })
  const services = await serviceProductIds(req.scope, batches.map((batch) => batch.product_id))
  res.json({
    production_batches: batches.map((batch) => adminBatch(batch, services.has(batch.product_id))),
    count,
    limit,
    offset,
  } satisfies ProductionBatchListResponse)
})

/**
 * Records a batch of a variant of the caller's lapas (national: of the variant's own lapas) made
 * by inmates of that same lapas: stock rises at the lapas's location and the variant's average HPP
 * moves. A service's batch layanan (HPP from material_cost + labour_cost) raises no stock. The variant and every maker are checked before anything is written (404 naming the first
 * that is another lapas's or unknown).
 */
export const POST = memberRoute<CreateProductionBatch>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const body = req.validatedBody as CreateProductionBatch
  const variant = await requireVariantInScope(req.scope, member, body.variant_id)
  await requireInmatesInScope(
    req.scope,
    member,
    body.makers.map((maker) => maker.inmate_id),
    variant.lapasId
  )
  const { result } = await recordProductionBatchWorkflow(req.scope).run({
    input: {
      actor_lapas_id: variant.lapasId,
      variant_id: body.variant_id,
      quantity: body.quantity,
      unit_cost: unitCostOf(body),
      material_cost: body.material_cost ?? null,
      labour_cost: body.labour_cost ?? null,
      produced_on: body.produced_on,
      makers: body.makers,
      notes: body.notes ?? null,
    },
  })
  const batch = await loadBatch(req.scope, result.batch_id)
  res
    .status(201)
    .json({ production_batch: adminBatch(batch, result.is_service), variant_cost: result.variant_cost } satisfies CreateProductionBatchResponse)
})
