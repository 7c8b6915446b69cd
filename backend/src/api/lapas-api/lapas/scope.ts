import type { MedusaContainer } from "@medusajs/framework/types"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { notInScope, requireLapasInScope, type MemberAccess } from "../../utils/member-access"

/**
 * The lapas named in the path, after checking the member may see it: 404 for another lapas (staff
 * and finance) or an unknown one (national), before anything of it is read.
 */
export async function lapasInScope(scope: MedusaContainer, member: MemberAccess, lapasId: string, relations: string[] = []) {
  requireLapasInScope(member, lapasId)
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ id: lapasId }, relations.length ? { relations } : {})
  if (!lapas) throw notInScope("Lapas", lapasId)
  return lapas
}

/** The partner named in the path when it belongs to that lapas (404 otherwise: another lapas's partner says nothing). */
export async function partnerInScope(
  scope: MedusaContainer,
  member: MemberAccess,
  lapasId: string,
  partnerId: string
) {
  requireLapasInScope(member, lapasId)
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const [partner] = await lapasService.listPartners({ id: partnerId, lapas_id: lapasId }, { relations: ["agreements"] })
  if (!partner) {
    const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id"] })
    if (!lapas) throw notInScope("Lapas", lapasId)
    throw notInScope("Partner", partnerId)
  }
  return partner
}
