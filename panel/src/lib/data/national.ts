import "server-only"
import {
  LAPAS_API,
  type CreateLapasBody,
  type CreateSharePolicyBody,
  type IndicatorsResponse,
  type InviteMemberBody,
  type LapasListResponse,
  type LapasResponse,
  type ManagedMemberResponse,
  type MemberListResponse,
  type MemberRole,
  type MemberStatus,
  type SearchDemandResponse,
  type SharePolicyListResponse,
  type SharePolicyResponse,
  type UpdateMemberBody,
} from "@karya-binaan/contracts"
import { lapasApi } from "./api"

/** The national office's screens: the lapas registry, members and invitations, share policies, search demand, indicators. */

/** "?a=1&b=2" of the defined values, "" when none. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

export function listLapas(filters: { q?: string; province?: string; is_active?: "true" | "false"; limit?: number; offset?: number } = {}) {
  return lapasApi<LapasListResponse>(`${LAPAS_API}/lapas${queryString({ limit: 100, ...filters })}`)
}

export function registerLapas(body: CreateLapasBody) {
  return lapasApi<LapasResponse>(`${LAPAS_API}/lapas`, { method: "POST", body })
}

export function listMembers(filters: { lapas_id?: string; role?: MemberRole; status?: MemberStatus; q?: string; limit?: number; offset?: number } = {}) {
  return lapasApi<MemberListResponse>(`${LAPAS_API}/members${queryString({ limit: 50, ...filters })}`)
}

export function inviteMember(body: InviteMemberBody) {
  return lapasApi<ManagedMemberResponse>(`${LAPAS_API}/members`, { method: "POST", body })
}

export function updateMember(id: string, body: UpdateMemberBody) {
  return lapasApi<ManagedMemberResponse>(`${LAPAS_API}/members/${encodeURIComponent(id)}`, { method: "POST", body })
}

export type MemberCommand = "deactivate" | "reactivate" | "invite"

/** Deactivate, reactivate, or resend the invitation. */
export function memberCommand(id: string, command: MemberCommand) {
  return lapasApi<ManagedMemberResponse>(`${LAPAS_API}/members/${encodeURIComponent(id)}/${command}`, { method: "POST", body: {} })
}

export function listSharePolicies(lapasId?: string) {
  return lapasApi<SharePolicyListResponse>(`${LAPAS_API}/share-policies${queryString({ lapas_id: lapasId })}`)
}

export function createSharePolicy(body: CreateSharePolicyBody) {
  return lapasApi<SharePolicyResponse>(`${LAPAS_API}/share-policies`, { method: "POST", body })
}

export function searchDemand(query: { lapas_id?: string; from?: string; to?: string; limit?: number } = {}) {
  return lapasApi<SearchDemandResponse>(`${LAPAS_API}/search-demand${queryString(query)}`)
}

export function indicators(query: { lapas_id?: string; year?: number } = {}) {
  return lapasApi<IndicatorsResponse>(`${LAPAS_API}/indicators${queryString(query)}`)
}
