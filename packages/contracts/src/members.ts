/**
 * Lapas members: the people who work in the panel (Pusat Lapas). They authenticate with their
 * own actor type, `lapas_member` (`POST /auth/lapas_member/emailpass`), never as Medusa users,
 * and use only the scoped API under `/lapas-api`.
 */
import type { LapasTimeZone } from "./lapas"

/** The auth actor type of lapas members. */
export const MEMBER_ACTOR_TYPE = "lapas_member"

/** `lapas_staff` and `finance` work for one lapas; `national` (Ditjenpas) sees every lapas. */
export const MEMBER_ROLES = ["lapas_staff", "finance", "national"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** The prefix of the scoped API. */
export const LAPAS_API = "/lapas-api"

/** The lapas a member works for, as the panel shows it. */
export interface MemberLapas {
  id: string
  handle: string
  name: string
  time_zone: LapasTimeZone
}

export interface Member {
  id: string
  name: string
  email: string
  role: MemberRole
  /** Null for national members. */
  lapas: MemberLapas | null
}

/** `GET /lapas-api/me`. */
export interface MemberMeResponse {
  member: Member
}

/** Where a member's account stands: invited (no password yet), active, or deactivated. */
export const MEMBER_STATUSES = ["invited", "active", "deactivated"] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]

/** The shortest password a member may set (accepting an invitation, resetting). */
export const MEMBER_PASSWORD_MIN_LENGTH = 10

/** How long an invitation link stays valid. */
export const MEMBER_INVITE_DAYS = 7

/** A member as national administrators manage them (`/lapas-api/members`). */
export interface ManagedMember extends Member {
  status: MemberStatus
  /** ISO instant; null once accepted or when never invited. */
  invite_expires_at: string | null
  activated_at: string | null
  deactivated_at: string | null
  created_at: string
}

/** `GET /lapas-api/members` (national). */
export interface MemberListQuery {
  lapas_id?: string
  role?: MemberRole
  status?: MemberStatus
  q?: string
  limit?: number
  offset?: number
}

export interface MemberListResponse {
  members: ManagedMember[]
  count: number
  limit: number
  offset: number
}

/** `POST /lapas-api/members` (201), `POST /lapas-api/members/:id`, `…/deactivate`, `…/reactivate`, `…/invite`. */
export interface ManagedMemberResponse {
  member: ManagedMember
}

/** `POST /lapas-api/members` (national): invites a member by e-mail. */
export interface InviteMemberBody {
  name: string
  email: string
  role: MemberRole
  /** Required for lapas_staff and finance; left out for national members. */
  lapas_id?: string | null
}

/** `POST /lapas-api/members/:id` (national). */
export interface UpdateMemberBody {
  name?: string
  role?: MemberRole
  lapas_id?: string | null
}

/** `POST /lapas-api/invites/accept` (public). */
export interface AcceptInviteBody {
  token: string
  password: string
  name?: string
}

export interface AcceptInviteResponse {
  email: string
}
