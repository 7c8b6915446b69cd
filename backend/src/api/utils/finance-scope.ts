import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { reportLapasById } from "../../lib/finance/lapas"
import { orderLinesWithLapas, type OrderLineOfLapas } from "../../lib/finance/order-lines"
import type { ReportLapas } from "../../modules/profit-share/reports/scope"
import { lapasScopeOf, notInScope, type MemberAccess } from "./member-access"

/**
 * The lapas a money route of the scoped API is about, as the reports need it: a finance member's
 * own (another `lapas_id` asked for is a 404), or the one a national member names (404 when there
 * is none). When a national member names none: null if `optional` (every lapas), else a 400.
 */
export async function financeLapas(
  scope: MedusaContainer,
  member: MemberAccess,
  asked: string | undefined,
  optional = false
): Promise<ReportLapas | null> {
  const lapasId = lapasScopeOf(member, asked)
  if (!lapasId) {
    if (optional) return null
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "lapas_id: name the lapas (national members see every lapas).")
  }
  const lapas = await reportLapasById(scope, lapasId)
  if (!lapas) throw notInScope("Lapas", lapasId)
  return lapas
}

/**
 * An order the member may see the money of: it exists and (unless national) holds at least one
 * line of the member's lapas; else a 404 naming it. Answers the order's lines with their lapas.
 */
export async function requireOrderInScope(
  scope: MedusaContainer,
  member: MemberAccess,
  orderId: string
): Promise<OrderLineOfLapas[]> {
  const lines = await orderLinesWithLapas(scope, orderId)
  if (!lines || (member.role !== "national" && !lines.some((line) => line.lapas_id === member.lapasId))) {
    throw notInScope("Order", orderId)
  }
  return lines
}

/** The lapas whose entries a member sees on an order: their own, or null (every lapas) for national. */
export const ownLapasOf = (member: MemberAccess) => (member.role === "national" ? null : member.lapasId)
