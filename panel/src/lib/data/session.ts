import "server-only"
import { LAPAS_API, MEMBER_ACTOR_TYPE, type Member, type MemberMeResponse, type MemberRole } from "@karya-binaan/contracts"
import { notFound, redirect } from "next/navigation"
import { cache } from "react"
import { canUse, type SectionKey } from "../navigation"
import { backendFetch, lapasApi, ApiError } from "./api"
import { clientAddressHeaders } from "./client-address"
import { clearSessionCookie, getSessionToken, setSessionCookie } from "./session-cookie"

export { SESSION_COOKIE } from "./session-cookie"
export type { Member, MemberRole }

/** Logs in with e-mail and password and keeps the token in the cookie. Throws ApiError (401: wrong credentials). */
export async function login(email: string, password: string): Promise<void> {
  const { token } = await backendFetch<{ token?: string }>(`/auth/${MEMBER_ACTOR_TYPE}/emailpass`, {
    method: "POST",
    body: { email, password },
    headers: await clientAddressHeaders(),
  })
  if (!token) throw new ApiError(500, "No token in the login response")
  await setSessionCookie(token)
}

/** Forgets the session (Medusa's bearer tokens are stateless: nothing to tell the backend). */
export async function logout(): Promise<void> {
  await clearSessionCookie()
}

/** The logged-in member, once per request; null without a session cookie. A refused token redirects (see lapasApi). */
export const getCurrentMember = cache(async (): Promise<Member | null> => {
  if (!(await getSessionToken())) return null
  const { member } = await lapasApi<MemberMeResponse>(`${LAPAS_API}/me`)
  return member
})

/** The logged-in member, or a redirect to /masuk. */
export async function requireMember(): Promise<Member> {
  const member = await getCurrentMember()
  if (!member) redirect("/masuk")
  return member
}

/** 404 unless the member has one of the roles. */
export function requireRole(member: Member, roles: readonly MemberRole[]): Member {
  if (!roles.includes(member.role)) notFound()
  return member
}

/** First line of every panel page: the member, or /masuk; 404 when their role may not use the section. */
export async function requireSection(section: SectionKey): Promise<Member> {
  const member = await requireMember()
  if (!canUse(member.role, section)) notFound()
  return member
}
