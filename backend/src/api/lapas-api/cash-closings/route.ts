import type { CashClosingResponse, CloseCashRequest, ListCashClosingsResponse } from "@karya-binaan/contracts"
import { cashClosingViews, closeCash, type CashClosingRecord } from "../../../lib/direct-sales/closing"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { ALL_MEMBERS, LAPAS_STAFF_ONLY, lapasScopeOf, memberRoute } from "../../utils/member-access"
import { venueInScope } from "../venues/scope"
import type { ListCashClosingsQuery } from "./validators"

/** The lapas's daily closings, newest day first (national: every lapas, or one by lapas_id). */
export const GET = memberRoute<unknown, ListCashClosingsQuery>(ALL_MEMBERS, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ListCashClosingsQuery
  const lapasId = lapasScopeOf(member, query.lapas_id)
  const filters: Record<string, unknown> = {}
  if (lapasId) filters.lapas_id = lapasId
  if (query.venue_id) filters.venue_id = (await venueInScope(req.scope, member, query.venue_id, lapasId)).id
  if (query.cashier_id) filters.cashier_id = query.cashier_id === "me" ? member.memberId : query.cashier_id
  if (query.from || query.to) {
    filters.business_date = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) }
  }
  const service: DirectSaleModuleService = req.scope.resolve(DIRECT_SALE_MODULE)
  const [rows, count] = (await service.listAndCountCashClosings(filters, {
    order: { business_date: "DESC", created_at: "DESC" },
    skip: query.offset,
    take: query.limit,
  } as any)) as unknown as [CashClosingRecord[], number]
  res.json({
    closings: await cashClosingViews(req.scope, rows),
    count,
    limit: query.limit,
    offset: query.offset,
  } satisfies ListCashClosingsResponse)
})

/**
 * Closes the caller's own till at a venue for a day (tutup kas): expected cash = opening float +
 * the day's cash sales; a difference needs a reason (400); a second closing is a 409.
 */
export const POST = memberRoute<CloseCashRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const body = req.validatedBody as CloseCashRequest & { opening_float: number }
  const venue = await venueInScope(req.scope, member, body.venue_id)
  const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [me] = await lapas.listLapasMembers({ id: member.memberId }, { select: ["id", "name"] })
  const closing = await closeCash(req.scope, {
    venue,
    cashier: { id: member.memberId, name: (me as any)?.name ?? "" },
    request: body,
    closed_by: member.memberId,
  })
  res.status(201).json({ closing } satisfies CashClosingResponse)
})
