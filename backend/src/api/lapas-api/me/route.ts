import type { MemberMeResponse } from "@karya-binaan/contracts"
import { memberView } from "../../../lib/lapas/members"
import { ALL_MEMBERS, memberRoute } from "../../utils/member-access"

/** The member behind the token, with their lapas (null for national members). */
export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  res.json({ member: await memberView(req.scope, member.memberId) } satisfies MemberMeResponse)
})
