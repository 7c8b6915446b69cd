import { MEMBER_ACTOR_TYPE, type Member, type MemberLapas, type MemberRole } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { notFound } from "../not-found"

/** A member as the panel shows them: name, e-mail, role and their lapas (none for national). */
export async function memberView(scope: MedusaContainer, memberId: string): Promise<Member> {
  const lapas: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const [member] = await lapas.listLapasMembers(
    { id: memberId },
    { select: ["id", "name", "email", "role", "lapas_id"] }
  )
  if (!member) {
    throw notFound("Member", memberId)
  }
  let memberLapas: MemberLapas | null = null
  if (member.lapas_id) {
    const [row] = await lapas.listLapas(
      { id: member.lapas_id },
      { select: ["id", "handle", "name", "time_zone"] }
    )
    memberLapas = row ? { id: row.id, handle: row.handle, name: row.name, time_zone: row.time_zone } : null
  }
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    role: member.role as MemberRole,
    lapas: memberLapas,
  }
}

/** Member e-mails are compared and stored lower-case. */
export function normalizeMemberEmail(email: string) {
  return email.trim().toLowerCase()
}

/**
 * Gives a member an e-mail/password login as the `lapas_member` actor: registers the e-mail with
 * the Auth Module's emailpass provider (or, when `reuseExisting` and the e-mail already has a
 * login, keeps that login's password) and records the member on the auth identity. Refuses an
 * e-mail whose login already belongs to another member.
 */
export async function attachMemberLogin(
  scope: MedusaContainer,
  input: { memberId: string; email: string; password: string; reuseExisting?: boolean }
) {
  const auth = scope.resolve(Modules.AUTH)
  const email = normalizeMemberEmail(input.email)
  const [existing] = await auth.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { select: ["id", "auth_identity_id"] }
  )
  let authIdentityId: string
  if (existing) {
    if (!input.reuseExisting) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `The e-mail ${email} already has a login; ask a national administrator to invite another address.`
      )
    }
    authIdentityId = existing.auth_identity_id!
  } else {
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password: input.password } })
    if (error || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? `Could not create a login for ${email}.`)
    }
    authIdentityId = authIdentity.id
  }
  const identity = await auth.retrieveAuthIdentity(authIdentityId)
  const owner = identity.app_metadata?.[`${MEMBER_ACTOR_TYPE}_id`]
  if (owner && owner !== input.memberId) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The e-mail ${email} already belongs to another member.`)
  }
  await auth.updateAuthIdentities({
    id: authIdentityId,
    app_metadata: { ...(identity.app_metadata ?? {}), [`${MEMBER_ACTOR_TYPE}_id`]: input.memberId },
  })
  return authIdentityId
}
