import type { DirectSaleResponse } from "@karya-binaan/contracts"
import { directSaleViews, type DirectSaleRecord } from "../../../../lib/direct-sales/views"
import { DIRECT_SALE_MODULE } from "../../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../../modules/direct-sale/service"
import { ALL_MEMBERS, memberRoute, notInScope } from "../../../utils/member-access"

/** The lapas's direct sale, else 404 (another lapas's reads as unknown). */
export async function requireDirectSaleInScope(
  scope: Parameters<typeof directSaleViews>[0],
  member: { role: string; lapasId: string | null },
  id: string
): Promise<DirectSaleRecord> {
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const filters: Record<string, unknown> = { id, order_id: { $ne: null } }
  if (member.role !== "national") filters.lapas_id = member.lapasId
  const [sale] = (await service.listDirectSales(filters)) as unknown as DirectSaleRecord[]
  if (!sale) throw notInScope("Direct sale", id)
  return sale
}

export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const sale = await requireDirectSaleInScope(req.scope, member, req.params.id)
  const [view] = await directSaleViews(req.scope, [sale])
  res.json({ direct_sale: view } satisfies DirectSaleResponse)
})
