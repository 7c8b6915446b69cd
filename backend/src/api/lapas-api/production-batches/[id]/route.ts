import type { ProductionBatchResponse } from "@karya-binaan/contracts"
import { serviceProductIds } from "../../../../lib/catalog/service-type"
import { adminBatch } from "../../../../lib/production/views"
import { ALL_MEMBERS, memberRoute } from "../../../utils/member-access"
import { requireBatchInScope } from "../../../utils/production-scope"

/** One batch of the caller's lapas (national: any) with its makers and their work units. */
export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const batch = await requireBatchInScope(req.scope, member, req.params.id)
  const services = await serviceProductIds(req.scope, [batch.product_id])
  res.json({ production_batch: adminBatch(batch, services.has(batch.product_id)) } satisfies ProductionBatchResponse)
})
