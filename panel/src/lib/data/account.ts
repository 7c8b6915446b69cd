import "server-only"
import { LAPAS_API, MEMBER_ACTOR_TYPE } from "@karya-binaan/contracts"
import { backendFetch } from "./api"
import { clientAddressHeaders } from "./client-address"

/** Asks for a reset e-mail; the backend answers 201 whether or not the address is known. */
export async function requestPasswordReset(email: string): Promise<void> {
  await backendFetch(`/auth/${MEMBER_ACTOR_TYPE}/emailpass/reset-password`, {
    method: "POST",
    body: { identifier: email },
    headers: await clientAddressHeaders(),
  })
}

/** Sets a new password with the token from the reset e-mail. Throws ApiError (401: expired or used token). */
export async function resetPassword(token: string, email: string, password: string): Promise<void> {
  await backendFetch(`/auth/${MEMBER_ACTOR_TYPE}/emailpass/update`, {
    method: "POST",
    token,
    body: { email, password },
  })
}

/** Accepts an invitation: the account gets its password. Returns the account's e-mail. */
export async function acceptInvite(input: { token: string; password: string; name?: string }): Promise<{ email: string }> {
  return backendFetch<{ email: string }>(`${LAPAS_API}/invites/accept`, { method: "POST", body: input })
}
