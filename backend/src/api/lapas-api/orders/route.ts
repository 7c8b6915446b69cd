import type { LapasOrderListResponse } from "@karya-binaan/contracts"
import { listOrderParts } from "../../../lib/order-parts/part-list"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { ALL_MEMBERS, lapasScopeOf, memberRoute, notInScope } from "../../utils/member-access"
import type { ListOrdersQuery } from "./validators"

/**
 * The parts of orders of the member's lapas, newest first, with how many wait in each state and
 * tab; search by order number. National members see every lapas's parts, or one lapas's with
 * `lapas_id`; a lapas member naming another lapas gets a 404. Paged and counted in SQL over the
 * parts' state rows, which hold each part as listed; no order is loaded (lib/order-parts/part-list.ts).
 */
export const GET = memberRoute<unknown, ListOrdersQuery>(ALL_MEMBERS, async (req, res, member) => {
  const { state, tab, lapas_id, q, limit, offset } = req.validatedQuery as unknown as ListOrdersQuery
  const lapasId = lapasScopeOf(member, lapas_id)
  if (lapasId && member.role === "national") {
    const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    const [found] = await lapas.listLapas({ id: lapasId }, { select: ["id"] })
    if (!found) throw notInScope("Lapas", lapasId)
  }
  res.json(
    (await listOrderParts(req.scope, { lapasId: lapasId ?? null, state, tab, q }, { limit, offset })) satisfies LapasOrderListResponse
  )
})
