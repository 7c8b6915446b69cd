import type { DirectSaleResponse } from "@karya-binaan/contracts"
import { directSaleViews } from "../../../../lib/direct-sales/views"
import { ALL_MEMBERS, memberRoute } from "../../../utils/member-access"
import { requireDirectSaleInScope } from "../scope"

export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const sale = await requireDirectSaleInScope(req.scope, member, req.params.id)
  const [view] = await directSaleViews(req.scope, [sale])
  res.json({ direct_sale: view } satisfies DirectSaleResponse)
})
