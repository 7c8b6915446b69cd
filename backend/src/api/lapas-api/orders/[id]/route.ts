import type { OrderPartDetailResponse } from "@karya-binaan/contracts"
import { detailedParts } from "../../../../lib/order-parts/lapas-orders"
import { ALL_MEMBERS, memberRoute } from "../../../utils/member-access"
import { orderPartsInScope } from "../scope"
import type { OrderDetailQuery } from "./validators"

/**
 * The member's part of one order: its lines and amounts, its shipping, the buyer's delivery
 * address, its state and history. Never another lapas's lines or the order's grand total; national
 * members get every part (or the one of `lapas_id`).
 */
export const GET = memberRoute<unknown, OrderDetailQuery>(ALL_MEMBERS, async (req, res, member) => {
  const { lapas_id } = req.validatedQuery as unknown as OrderDetailQuery
  const { visible } = await orderPartsInScope(req.scope, member, req.params.id, lapas_id)
  res.json({ parts: await detailedParts(req.scope, visible) } satisfies OrderPartDetailResponse)
})
