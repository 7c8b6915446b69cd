import type { MedusaContainer } from "@medusajs/framework/types"
import type { VenueRecord } from "../../../lib/direct-sales/venues"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import { notInScope, type MemberAccess } from "../../utils/member-access"

/**
 * The venue named in the path or query when the member may see it: their own lapas's (national:
 * any lapas's, or the one `lapasId` names), else 404 before anything of it is read.
 */
export async function venueInScope(
  scope: MedusaContainer,
  member: MemberAccess,
  venueId: string,
  lapasId?: string | null
): Promise<VenueRecord> {
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const filters: Record<string, unknown> = { id: venueId }
  if (member.role !== "national") filters.lapas_id = member.lapasId
  else if (lapasId) filters.lapas_id = lapasId
  const [venue] = (await service.listVenues(filters)) as unknown as VenueRecord[]
  if (!venue || (member.role !== "national" && lapasId && lapasId !== member.lapasId)) throw notInScope("Venue", venueId)
  return venue
}
