import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderIdsOfLapas, resolveAdminAccess } from "../../utils/access"
import type { ListLapasOrdersQuery } from "./validators"
import { ACTION_STATES, type ActionState, type OrderPartListResponse } from "@karya-binaan/contracts"
import { loadOrderParts, publicPart } from "../../../lib/order-parts/parts"

async function allOrderIds(req: MedusaRequest): Promise<string[]> {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw(
    `SELECT id FROM "order" WHERE deleted_at IS NULL AND is_draft_order = false`
  )
  return (result.rows as { id: string }[]).map((row) => row.id)
}

/**
 * The lapas parts of orders, newest first, with how many parts wait in each state that needs
 * action (awaiting transfer, to pack, to ship, ready for pickup). Lapas users see their own
 * lapas's parts; national users every part, or one lapas's with `lapas_id`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { state, lapas_id, q, limit, offset } = req.validatedQuery as unknown as ListLapasOrdersQuery
  const access = await resolveAdminAccess(req)
  const lapasId = access.role === "national" ? lapas_id ?? null : access.lapasId
  const orderIds = lapasId ? await orderIdsOfLapas(req, lapasId) : await allOrderIds(req)
  const byOrder = await loadOrderParts(req.scope, orderIds)
  const parts = [...byOrder.values()]
    .flat()
    .filter((part) => !lapasId || part.lapas.id === lapasId)
    .filter((part) => q === undefined || part.display_id === q)
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.display_id - a.display_id)

  const counts = Object.fromEntries(ACTION_STATES.map((s) => [s, 0])) as Record<ActionState, number>
  for (const part of parts) {
    if ((ACTION_STATES as readonly string[]).includes(part.state)) counts[part.state as ActionState]++
  }
  const matching = state ? parts.filter((part) => part.state === state) : parts
  res.json({
    parts: matching.slice(offset, offset + limit).map(publicPart),
    count: matching.length,
    limit,
    offset,
    counts,
  } satisfies OrderPartListResponse)
}
