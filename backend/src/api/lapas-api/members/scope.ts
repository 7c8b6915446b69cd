import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { MemberRow } from "../../../lib/lapas/member-admin"
import { MEMBER_ROW_FIELDS } from "../../../lib/lapas/member-admin"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { notInScope, type MemberAccess } from "../../utils/member-access"

/** The member named in the path (404 when there is none). */
export async function memberRow(scope: MedusaContainer, memberId: string): Promise<MemberRow> {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const [row] = await lapasService.listLapasMembers({ id: memberId }, { select: MEMBER_ROW_FIELDS })
  if (!row) throw notInScope("Member", memberId)
  return row as unknown as MemberRow
}

/** A lapas named in a body or query must exist (404 naming it). */
export async function requireLapasExists(scope: MedusaContainer, lapasId: string) {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id"] })
  if (!lapas) throw notInScope("Lapas", lapasId)
}

/** A national member cannot lock themselves out: their own role, lapas and account are another national member's to change. */
export function refuseSelf(caller: MemberAccess, memberId: string, what: string) {
  if (caller.memberId === memberId) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `You cannot ${what} your own account; ask another national member.`
    )
  }
}
