import type { ManagedMemberResponse, MemberListResponse } from "@karya-binaan/contracts"
import { managedMember, managedMembers, MEMBER_ROW_FIELDS, statusFilter, type MemberRow } from "../../../lib/lapas/member-admin"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { inviteLapasMemberWorkflow } from "../../../workflows/lapas/invite-lapas-member"
import { memberRoute, NATIONAL_ONLY } from "../../utils/member-access"
import { requireLapasExists } from "./scope"
import type { InviteMember, ListMembersQuery } from "./validators"

/** Every panel member, filtered by lapas, role, status (invited, active, deactivated) or name/e-mail. */
export const GET = memberRoute<unknown, ListMembersQuery>(NATIONAL_ONLY, async (req, res) => {
  const { limit, offset, lapas_id, role, status, q } = req.validatedQuery as unknown as ListMembersQuery
  if (lapas_id) await requireLapasExists(req.scope, lapas_id)
  const filters: Record<string, unknown> = {
    ...(lapas_id ? { lapas_id } : {}),
    ...(role ? { role } : {}),
    ...(status ? statusFilter(status) : {}),
    ...(q ? { $or: [{ name: { $ilike: `%${q}%` } }, { email: { $ilike: `%${q}%` } }] } : {}),
  }
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [rows, count] = await lapasService.listAndCountLapasMembers(filters, {
    select: MEMBER_ROW_FIELDS,
    take: limit,
    skip: offset,
    order: { name: "ASC" },
  })
  res.json({
    members: await managedMembers(req.scope, rows as unknown as MemberRow[]),
    count,
    limit,
    offset,
  } satisfies MemberListResponse)
})

/**
 * Invites someone to the panel: the member (not yet active) and an e-mail with a link to set a
 * password, valid 7 days. Staff and finance name their lapas; national members none.
 */
export const POST = memberRoute<InviteMember>(NATIONAL_ONLY, async (req, res) => {
  const body = req.validatedBody as InviteMember
  if (body.lapas_id) await requireLapasExists(req.scope, body.lapas_id)
  const { result } = await inviteLapasMemberWorkflow(req.scope).run({
    input: { name: body.name, email: body.email, role: body.role, lapas_id: body.lapas_id ?? null },
  })
  res.status(201).json({ member: await managedMember(req.scope, result.member_id) } satisfies ManagedMemberResponse)
})
