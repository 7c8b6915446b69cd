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
