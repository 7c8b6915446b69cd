import type { ManagedMemberResponse } from "@karya-binaan/contracts"
import { managedMember } from "../../../../../lib/lapas/member-admin"
import { resendMemberInviteWorkflow } from "../../../../../workflows/lapas/invite-lapas-member"
import { memberRoute, NATIONAL_ONLY } from "../../../../utils/member-access"
import { memberRow } from "../../scope"

/** Sends a member who has not accepted yet a new invitation link; the old link stops working. */
export const POST = memberRoute(NATIONAL_ONLY, async (req, res) => {
  const row = await memberRow(req.scope, req.params.id)
  await resendMemberInviteWorkflow(req.scope).run({ input: { member_id: row.id } })
  res.json({ member: await managedMember(req.scope, row.id) } satisfies ManagedMemberResponse)
})
