import type { LedgerAccount, LedgerEntryKind, LedgerLineKind, LedgerResponse, SaleChannel } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { rupiahToJson } from "@karya-binaan/shares"
import { PROFIT_SHARE_MODULE } from "../../modules/profit-share"
import { endOfPeriodIn, startOfDayIn, type ReportTimeZone } from "../../modules/profit-share/reports/period"
import type ProfitShareModuleService from "../../modules/profit-share/service"
import type { LedgerFilters } from "../../modules/profit-share/service"
import { ledgerEntryView } from "./views"

export interface LedgerSelection {
  /** One lapas's entries, or null for every lapas's (national). */
  lapas_id: string | null
  /** The zone `from`/`to` days are read in: the lapas's, WIB for every lapas. */
  time_zone: ReportTimeZone
  order_id?: string
  account?: LedgerAccount
  kind?: LedgerEntryKind
  channel?: SaleChannel
  line_kind?: LedgerLineKind
  /** YYYY-MM-DD (inclusive, in `time_zone`) or an ISO instant. */
  from?: string
  to?: string
  limit: number
  offset: number
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

/**
 * Ledger entries by accounting date (booked_at), newest first, with the totals per account of
 * everything that matches (not only the page).
 */
export async function listLedger(scope: MedusaContainer, selection: LedgerSelection): Promise<LedgerResponse> {
  const zone = selection.time_zone
  const filters: LedgerFilters = {
    lapas_id: selection.lapas_id ?? undefined,
    order_id: selection.order_id,
    account: selection.account,
    kind: selection.kind,
    channel: selection.channel,
    line_kind: selection.line_kind,
    from: selection.from ? (isDay(selection.from) ? startOfDayIn(selection.from, zone) : new Date(selection.from)) : undefined,
    to: selection.to ? (isDay(selection.to) ? endOfPeriodIn(selection.to, zone) : new Date(selection.to)) : undefined,
  }
  const where: Record<string, unknown> = {}
  for (const field of ["lapas_id", "order_id", "account", "kind", "channel", "line_kind"] as const) {
    if (filters[field] !== undefined) where[field] = filters[field]
  }
  if (filters.from || filters.to) {
    where.booked_at = {
      ...(filters.from ? { $gte: filters.from } : {}),
      ...(filters.to ? { $lt: filters.to } : {}),
    }
  }
  const profitShare: ProfitShareModuleService = scope.resolve(PROFIT_SHARE_MODULE)
  const [[entries, count], totals, byChannel] = await Promise.all([
    profitShare.listAndCountLedgerEntries(where as any, {
      take: selection.limit,
      skip: selection.offset,
      order: { booked_at: "DESC", created_at: "DESC", id: "DESC" },
    }),
    profitShare.ledgerTotals(filters),
    profitShare.ledgerTotalsByChannel(filters),
  ])
  return {
    entries: entries.map((entry: any) => ledgerEntryView(entry)),
    count,
    limit: selection.limit,
    offset: selection.offset,
    totals: { capital: rupiahToJson(totals.capital), premi: rupiahToJson(totals.premi), pnbp: rupiahToJson(totals.pnbp) },
    totals_by_channel: byChannel.map(({ channel, totals: t }) => ({
      channel,
      capital: rupiahToJson(t.capital),
      premi: rupiahToJson(t.premi),
      pnbp: rupiahToJson(t.pnbp),
    })),
  }
}
