import type { MedusaContainer } from "@medusajs/framework/types"
import type { DirectSaleRecord } from "../../../lib/direct-sales/views"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import { notInScope, type MemberAccess } from "../../utils/member-access"

/** The lapas's direct sale, else 404 (another lapas's reads as unknown). */
export async function requireDirectSaleInScope(
  scope: MedusaContainer,
  member: Pick<MemberAccess, "role" | "lapasId">,
  id: string
): Promise<DirectSaleRecord> {
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const filters: Record<string, unknown> = { id, order_id: { $ne: null } }
  if (member.role !== "national") filters.lapas_id = member.lapasId
  const [sale] = (await service.listDirectSales(filters)) as unknown as DirectSaleRecord[]
  if (!sale) throw notInScope("Direct sale", id)
  return sale
}

