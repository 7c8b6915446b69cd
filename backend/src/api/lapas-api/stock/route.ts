import type { LapasStockResponse, UpdateLapasStockRequest, UpdateLapasStockResponse } from "@karya-binaan/contracts"
import { lapasOfVariants, stockRows } from "../../../lib/catalog/lapas-catalog"
import { setStockLevels } from "../../../lib/catalog/lapas-catalog-writes"
import { MedusaError } from "@medusajs/framework/utils"
import { ALL_MEMBERS, LAPAS_STAFF_ONLY, lapasScopeOf, memberRoute } from "../../utils/member-access"
import type { ListStockQuery } from "./validators"

/**
 * Every variant of the lapas with its stock at the lapas's own location (national: every lapas,
 * or one by lapas_id); `low=true` keeps those tracking stock with fewer than `below` available.
 */
export const GET = memberRoute<unknown, ListStockQuery>(ALL_MEMBERS, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ListStockQuery
  const lapasId = lapasScopeOf(member, query.lapas_id)
  const rows = await stockRows(req.scope, {
    lapasId,
    q: query.q || undefined,
    below: query.low ? query.below : undefined,
  })
  res.json({
    stock: rows.slice(query.offset, query.offset + query.limit),
    count: rows.length,
    limit: query.limit,
    offset: query.offset,
    below: query.below,
  } satisfies LapasStockResponse)
})

/**
 * Sets stocked quantities at the lapas's own location. Every variant is checked to be the lapas's
 * before anything is written; one foreign or unknown variant refuses the whole edit (404).
 */
export const POST = memberRoute<UpdateLapasStockRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const { levels } = req.validatedBody
  const lapasOf = await lapasOfVariants(req.scope, levels.map((l) => l.variant_id))
  const foreign = levels.findIndex((l) => lapasOf.get(l.variant_id) !== member.lapasId)
  if (foreign >= 0) {
    // Named by its position: the answer repeats no id from the body (the findings suite reads
    // any id of B's in an answer as a leak unless it was in the URL).
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Variant of levels[${foreign}] (variant_id) was not found among your lapas's variants; nothing was changed.`
    )
  }
  const stock = await setStockLevels(req.scope, member.lapasId!, levels)
  res.json({ stock } satisfies UpdateLapasStockResponse)
})
