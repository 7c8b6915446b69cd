import type { LapasMemberSummary, ManagedMember, MemberRole, MemberStatus } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createHash, randomBytes } from "node:crypto"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"

/** Where the panel runs; invitation and password links point there. */
export const DEFAULT_PANEL_URL = "http://localhost:7001"
export const panelUrl = (env: NodeJS.ProcessEnv = process.env) => (env.PANEL_URL || DEFAULT_PANEL_URL).replace(/\/+$/, "")

/** A fresh invitation token (URL-safe) and the SHA-256 the member row keeps instead of it. */
export function newInviteToken() {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashInviteToken(token) }
}

export function hashInviteToken(token: string) {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

export interface MemberRow {
  id: string
  name: string
  email: string
  role: string
  lapas_id: string | null
  invite_expires_at: Date | string | null
  activated_at: Date | string | null
  deactivated_at: Date | string | null
  created_at: Date | string
}

export const MEMBER_ROW_FIELDS = [
  "id",
  "name",
  "email",
  "role",
  "lapas_id",
  "invite_expires_at",
  "activated_at",
  "deactivated_at",
  "created_at",
]

const instant = (value: Date | string | null | undefined) =>
  value == null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString()

export function memberStatus(row: Pick<MemberRow, "activated_at" | "deactivated_at">): MemberStatus {
  if (row.deactivated_at) return "deactivated"
  return row.activated_at ? "active" : "invited"
}

/** The filters of a member status, for the lapas module's listLapasMembers. */
export function statusFilter(status: MemberStatus): Record<string, unknown> {
  if (status === "deactivated") return { deactivated_at: { $ne: null } }
  if (status === "active") return { deactivated_at: null, activated_at: { $ne: null } }
  return { deactivated_at: null, activated_at: null }
}

/** Members as national administrators see them, with their lapas. */
export async function managedMembers(scope: MedusaContainer, rows: MemberRow[]): Promise<ManagedMember[]> {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const lapasIds = [...new Set(rows.map((row) => row.lapas_id).filter((id): id is string => !!id))]
  const lapasRows = lapasIds.length
    ? await lapasService.listLapas({ id: lapasIds }, { select: ["id", "handle", "name", "time_zone"] })
    : []
  const byId = new Map(lapasRows.map((row) => [row.id, row]))
  return rows.map((row) => {
    const lapas = row.lapas_id ? byId.get(row.lapas_id) : undefined
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role as MemberRole,
      lapas: lapas ? { id: lapas.id, handle: lapas.handle, name: lapas.name, time_zone: lapas.time_zone } : null,
      status: memberStatus(row),
      invite_expires_at: row.activated_at ? null : instant(row.invite_expires_at),
      activated_at: instant(row.activated_at),
      deactivated_at: instant(row.deactivated_at),
      created_at: instant(row.created_at)!,
    }
  })
}

export async function managedMember(scope: MedusaContainer, memberId: string): Promise<ManagedMember> {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const rows = (await lapasService.listLapasMembers({ id: memberId }, { select: MEMBER_ROW_FIELDS })) as unknown as MemberRow[]
  const [member] = await managedMembers(scope, rows)
  return member
}

/** The staff and finance members of one lapas, for its profile. */
export async function lapasMemberSummaries(scope: MedusaContainer, lapasId: string): Promise<LapasMemberSummary[]> {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const rows = (await lapasService.listLapasMembers(
    { lapas_id: lapasId },
    { select: MEMBER_ROW_FIELDS, order: { name: "ASC" } }
  )) as unknown as MemberRow[]
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as LapasMemberSummary["role"],
    status: memberStatus(row),
  }))
}
