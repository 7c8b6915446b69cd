import type { ListDirectSalesResponse, RecordDirectSaleRequest } from "@karya-binaan/contracts"
import { requireVenueOfLapas } from "../../../lib/direct-sales/venues"
import { directSaleViews, type DirectSaleRecord } from "../../../lib/direct-sales/views"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import { ALL_MEMBERS, LAPAS_STAFF_ONLY, lapasScopeOf, memberRoute } from "../../utils/member-access"
import { recordDirectSale } from "./record"
import type { ListDirectSalesQuery } from "./validators"

/** The lapas's direct sales, newest first (national: every lapas, or one by lapas_id). */
export const GET = memberRoute<unknown, ListDirectSalesQuery>(ALL_MEMBERS, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ListDirectSalesQuery
  const lapasId = lapasScopeOf(member, query.lapas_id)
  const filters: Record<string, unknown> = {}
  if (lapasId) filters.lapas_id = lapasId
  if (query.venue_id) {
    // Another lapas's venue is the same 404 as an unknown one.
    if (lapasId) await requireVenueOfLapas(req.scope, lapasId, query.venue_id)
    filters.venue_id = query.venue_id
  }
  if (query.business_date) filters.business_date = query.business_date
  if (query.cashier_id) filters.cashier_id = query.cashier_id === "me" ? member.memberId : query.cashier_id
  if (query.status) filters.voided_at = query.status === "voided" ? { $ne: null } : null
  filters.order_id = { $ne: null }
  const service: DirectSaleModuleService = req.scope.resolve(DIRECT_SALE_MODULE)
  let [rows, count] = (await service.listAndCountDirectSales(filters, {
    order: { sold_at: "DESC", created_at: "DESC" },
    skip: query.warnings ? 0 : query.offset,
    take: query.warnings ? null : query.limit,
  } as any)) as unknown as [DirectSaleRecord[], number]
  if (query.warnings) {
    const flagged = rows.filter((r) => (r.stock_warnings ?? []).length > 0 && !(r as any).voided_at && !r.stock_settled_at)
    count = flagged.length
    rows = flagged.slice(query.offset, query.offset + query.limit)
  }
  res.json({
    direct_sales: await directSaleViews(req.scope, rows),
    count,
    limit: query.limit,
    offset: query.offset,
  } satisfies ListDirectSalesResponse)
})

/**
 * Records a sale made at one of the lapas's venues, once per device id (client_id): sent again,
 * it answers the same sale with `replayed: true` (200) and books nothing new.
 */
export const POST = memberRoute<RecordDirectSaleRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [me] = await lapas.listLapasMembers({ id: member.memberId }, { select: ["id", "name"] })
  const result = await recordDirectSale(req.scope, {
    lapas_id: member.lapasId!,
    cashier: { id: member.memberId, name: (me as any)?.name ?? "" },
    sale: req.validatedBody as RecordDirectSaleRequest & { discount: number },
  })
  res.status(result.replayed ? 200 : 201).json(result)
})
