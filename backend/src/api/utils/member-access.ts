import { MEMBER_ROLES, type MemberRole } from "@karya-binaan/contracts"
import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { notFound } from "../../lib/not-found"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"

/**
 * Who is calling the scoped lapas API: a national member (every lapas) or staff or finance of
 * one lapas. Resolved from the session's member record, never from the request.
 */
export type MemberAccess =
  | { memberId: string; role: "national"; lapasId: null }
  | { memberId: string; role: Exclude<MemberRole, "national">; lapasId: string }

const MEMBER = Symbol("karya-binaan.member-access")
type WithMember = MedusaRequest & { [MEMBER]?: MemberAccess }

const ROLE_LABELS: Record<MemberRole, string> = {
  lapas_staff: "lapas staff",
  finance: "finance",
  national: "national",
}

/**
 * Runs after `authenticate("lapas_member", …)` on every scoped route: loads the member behind the
 * token and refuses deactivated or deleted members, so a token outlives neither.
 */
export async function loadMember(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!actorId) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to the panel first."))
  }
  const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [member] = await lapas.listLapasMembers(
    { id: actorId },
    { select: ["id", "role", "lapas_id", "deactivated_at"] }
  )
  if (!member || member.deactivated_at) {
    return next(
      new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "This panel account is not active; ask a national administrator to reactivate it."
      )
    )
  }
  const role = member.role as MemberRole
  if (!(MEMBER_ROLES as readonly string[]).includes(role) || (role !== "national" && !member.lapas_id)) {
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, "This panel account has no valid role or lapas."))
  }
  ;(req as WithMember)[MEMBER] =
    role === "national"
      ? { memberId: member.id, role, lapasId: null }
      : { memberId: member.id, role, lapasId: member.lapas_id! }
  next()
}

/** The caller's access; 401 when the request never passed `loadMember`. */
export function memberOf(req: MedusaRequest<any, any>): MemberAccess {
  const member = (req as WithMember)[MEMBER]
  if (!member) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to the panel first.")
  }
  return member
}

/** Marks a scoped handler with the roles it serves, so tests can enumerate the route table. */
export const MEMBER_ROUTE = Symbol.for("karya-binaan.member-route")
export type MemberRouteInfo = { roles: readonly MemberRole[] } | { public: true }

type Handler<Body, Query> = (
  req: AuthenticatedMedusaRequest<Body, Query>,
  res: MedusaResponse,
  member: MemberAccess
) => Promise<unknown> | unknown

/**
 * A scoped API handler for the given roles. The role check belongs to the handler, not to a path
 * pattern, so no spelling of the path (case, trailing slash, encoding) reaches it unchecked.
 * Every handler in `api/lapas-api` is built with this or `publicMemberRoute`.
 */
export function memberRoute<Body = unknown, Query = Record<string, unknown>>(
  roles: readonly MemberRole[],
  handler: Handler<Body, Query>
) {
  const route = async (req: AuthenticatedMedusaRequest<Body, Query>, res: MedusaResponse) => {
    const member = memberOf(req)
    if (!roles.includes(member.role)) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `This is for ${roles.map((role) => ROLE_LABELS[role]).join(" or ")} members; you are signed in as ${ROLE_LABELS[member.role]}.`
      )
    }
    await handler(req, res, member)
  }
  return Object.assign(route, { [MEMBER_ROUTE]: { roles } satisfies MemberRouteInfo })
}

/** A scoped API handler anyone may call (accepting an invitation); listed in PUBLIC_MEMBER_PATHS. */
export function publicMemberRoute<Body = unknown>(
  handler: (req: MedusaRequest<Body>, res: MedusaResponse) => Promise<unknown> | unknown
) {
  const route = async (req: MedusaRequest<Body>, res: MedusaResponse) => {
    await handler(req, res)
  }
  return Object.assign(route, { [MEMBER_ROUTE]: { public: true } satisfies MemberRouteInfo })
}

export const ALL_MEMBERS = MEMBER_ROLES
export const LAPAS_STAFF_ONLY = ["lapas_staff"] as const satisfies readonly MemberRole[]
export const STAFF_AND_NATIONAL = ["lapas_staff", "national"] as const satisfies readonly MemberRole[]
export const FINANCE_AND_NATIONAL = ["finance", "national"] as const satisfies readonly MemberRole[]
export const NATIONAL_ONLY = ["national"] as const satisfies readonly MemberRole[]

/** 404 rather than 403 where telling a caller that a record exists would already leak it. */
export const notInScope = notFound

/** 404 unless the member may see this lapas: national members every lapas, others their own. */
export function requireLapasInScope(member: MemberAccess, lapasId: string) {
  if (member.role !== "national" && member.lapasId !== lapasId) {
    throw notInScope("Lapas", lapasId)
  }
}

/**
 * The lapas a scoped list or report covers: a lapas member's own (a different `lapas_id` asked for
 * is a 404), or for a national member the one asked for, or null for every lapas.
 */
export function lapasScopeOf(member: MemberAccess, asked?: string | null): string | null {
  if (member.role === "national") {
    return asked || null
  }
  if (asked && asked !== member.lapasId) {
    throw notInScope("Lapas", asked)
  }
  return member.lapasId
}
