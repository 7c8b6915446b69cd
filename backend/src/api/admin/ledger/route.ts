import type { LedgerResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import type { LedgerFilters } from "../../../modules/profit-share/service"
import { endOfPeriodIn, startOfDayIn } from "../../../modules/profit-share/reports/period"
import { resolveAdminAccess } from "../../utils/access"
import { lapasTimeZone } from "../../utils/report-lapas"
import { parseQuery } from "../../utils/validation"
import { LedgerQuerySchema } from "./validators"

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

/**
 * Ledger entries by accounting date (booked_at), newest first; from/to days are in the lapas's own
 * time zone (WIB without a lapas), with the totals per account of everything that matches (not
 * only the page). Finance of a lapas sees their own lapas's entries whatever lapas_id says.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const query = parseQuery(req, LedgerQuerySchema)
  const lapasId = access.role === "national" ? query.lapas_id : access.lapasId
  const zone = await lapasTimeZone(req, lapasId)
  const filters: LedgerFilters = {
    lapas_id: lapasId,
    order_id: query.order_id,
    account: query.account,
    kind: query.kind,
    from: query.from ? (isDay(query.from) ? startOfDayIn(query.from, zone) : new Date(query.from)) : undefined,
    to: query.to ? (isDay(query.to) ? endOfPeriodIn(query.to, zone) : new Date(query.to)) : undefined,
  }
  const where: Record<string, unknown> = {}
  for (const field of ["lapas_id", "order_id", "account", "kind"] as const) {
    if (filters[field] !== undefined) where[field] = filters[field]
  }
  if (filters.from || filters.to) {
    where.booked_at = {
      ...(filters.from ? { $gte: filters.from } : {}),
      ...(filters.to ? { $lt: filters.to } : {}),
    }
  }
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const [[entries, count], totals] = await Promise.all([
    profitShare.listAndCountLedgerEntries(where as any, {
      take: query.limit,
      skip: query.offset,
      order: { booked_at: "DESC", created_at: "DESC", id: "DESC" },
    }),
    profitShare.ledgerTotals(filters),
  ])
  res.json({
    entries: entries.map((entry: any) => ({
      id: entry.id,
      order_id: entry.order_id,
      line_item_id: entry.line_item_id,
      lapas_id: entry.lapas_id ?? null,
      account: entry.account,
      amount: rupiahToJson(entry.raw_amount ?? entry.amount),
      kind: entry.kind,
      policy_id: entry.policy_id ?? null,
      unit_cost: entry.unit_cost === null || entry.unit_cost === undefined ? null : rupiahToJson(entry.raw_unit_cost ?? entry.unit_cost),
      /** Why a correction was booked; null on sales and refunds. */
      reason: entry.reason ?? null,
      created_at: new Date(entry.created_at).toISOString(),
      /** The accounting date the entry counts for in periods and reports. */
      booked_at: new Date(entry.booked_at ?? entry.created_at).toISOString(),
    })),
    count,
    limit: query.limit,
    offset: query.offset,
    totals: { capital: rupiahToJson(totals.capital), premi: rupiahToJson(totals.premi), pnbp: rupiahToJson(totals.pnbp) },
  } satisfies LedgerResponse)
}
