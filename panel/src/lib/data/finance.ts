import "server-only"
import {
  LAPAS_API,
  type ClosePeriodBody,
  type ClosePeriodPreviewQuery,
  type ClosePeriodPreviewResponse,
  type ClosePeriodResponse,
  type ClosedPeriodListResponse,
  type CreatePnbpDepositBody,
  type CreateShareCorrectionBody,
  type LedgerEntryKind,
  type LedgerAccount,
  type LedgerChainResponse,
  type LedgerResponse,
  type OrderShares,
  type PnbpDepositListQuery,
  type PnbpDepositListResponse,
  type PnbpDepositResponse,
  type PnbpReconciliationQuery,
  type PnbpReconciliationResponse,
  type PnbpReport,
  type PnbpReportFormat,
  type SaleChannel,
  type ReversePnbpDepositBody,
  type ReversePnbpDepositResponse,
  type ShareCorrectionResponse,
} from "@karya-binaan/contracts"
import { getBackendUrl } from "../config"
import { lapasApi } from "./api"
import { getSessionToken } from "./session-cookie"

/** Finance: the ledger, an order's shares, PNBP deposits, periods and the PNBP report (scoped API). */

type Query = Record<string, string | number | undefined | null>

/** `path?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

export interface LedgerFilter {
  lapas_id?: string
  order_id?: string
  account?: LedgerAccount
  kind?: LedgerEntryKind
  channel?: SaleChannel
  /** YYYY-MM-DD, in the lapas's zone. */
  from?: string
  to?: string
  limit?: number
  offset?: number
}

export function getLedger(filter: LedgerFilter = {}): Promise<LedgerResponse> {
  const { lapas_id, order_id, account, kind, channel, from, to, limit, offset } = filter
  return lapasApi<LedgerResponse>(withQuery(`${LAPAS_API}/ledger`, { lapas_id, order_id, account, kind, channel, from, to, limit, offset }))
}

/** The hash chains of the ledger, deposits and closed periods, verified now (finance: own lapas; national: all or `lapasId`). */
export function getLedgerChain(lapasId?: string): Promise<LedgerChainResponse> {
  return lapasApi<LedgerChainResponse>(withQuery(`${LAPAS_API}/ledger/chain`, { lapas_id: lapasId }))
}

export function getOrderShares(orderId: string): Promise<OrderShares> {
  return lapasApi<OrderShares>(`${LAPAS_API}/orders/${encodeURIComponent(orderId)}/shares`)
}

export function correctOrderShares(orderId: string, body: CreateShareCorrectionBody): Promise<ShareCorrectionResponse> {
  return lapasApi<ShareCorrectionResponse>(`${LAPAS_API}/orders/${encodeURIComponent(orderId)}/shares/corrections`, {
    method: "POST",
    body,
  })
}

/** Months `from`..`to` (YYYY-MM) of one lapas, or of every lapas for a national member without `lapas_id`. */
export function getPnbpReconciliation(query: PnbpReconciliationQuery): Promise<PnbpReconciliationResponse> {
  return lapasApi<PnbpReconciliationResponse>(withQuery(`${LAPAS_API}/reports/pnbp/reconciliation`, { ...query }))
}

/** Deposits whose period ends between `from` and `to` (YYYY-MM-DD). */
export function listPnbpDeposits(query: PnbpDepositListQuery = {}): Promise<PnbpDepositListResponse> {
  return lapasApi<PnbpDepositListResponse>(withQuery(`${LAPAS_API}/pnbp-deposits`, { ...query }))
}

export function recordPnbpDeposit(body: CreatePnbpDepositBody): Promise<PnbpDepositResponse> {
  return lapasApi<PnbpDepositResponse>(`${LAPAS_API}/pnbp-deposits`, { method: "POST", body })
}

/** Corrects a mistyped deposit by a reversal with a reason; the deposit stays on record, struck. */
export function reversePnbpDeposit(id: string, body: ReversePnbpDepositBody): Promise<ReversePnbpDepositResponse> {
  return lapasApi<ReversePnbpDepositResponse>(`${LAPAS_API}/pnbp-deposits/${encodeURIComponent(id)}/reverse`, {
    method: "POST",
    body,
  })
}

/** What closing `month` would leave behind: PNBP status, earlier open months, why it is refused now. */
export function getClosePreview(query: ClosePeriodPreviewQuery): Promise<ClosePeriodPreviewResponse> {
  return lapasApi<ClosePeriodPreviewResponse>(withQuery(`${LAPAS_API}/periods/preview`, { ...query }))
}

export function listClosedPeriods(lapasId?: string): Promise<ClosedPeriodListResponse> {
  return lapasApi<ClosedPeriodListResponse>(withQuery(`${LAPAS_API}/periods`, { lapas_id: lapasId }))
}

export function closePeriod(body: ClosePeriodBody): Promise<ClosePeriodResponse> {
  return lapasApi<ClosePeriodResponse>(`${LAPAS_API}/periods/close`, { method: "POST", body })
}

export interface PnbpReportRequest {
  lapas_id?: string
  from: string
  to: string
  format: Exclude<PnbpReportFormat, "json">
  /** One channel only; absent: every channel. */
  channel?: SaleChannel
}

/**
 * The PNBP report as JSON (its totals, per-channel totals and services subtotal are what the
 * screen shows). National members without `lapas_id` get the roll-up of every lapas.
 */
export function getPnbpReport(query: { lapas_id?: string; from: string; to: string; channel?: SaleChannel }): Promise<PnbpReport> {
  return lapasApi<PnbpReport>(withQuery(`${LAPAS_API}/reports/pnbp`, { ...query, format: "json" }))
}

/**
 * The PNBP report file straight from the backend, with the session's token added here (server
 * side): the panel's download route streams it on. Answers the backend's Response as it is
 * (the caller passes its status, type and file name on), or null without a session. `signal`
 * (the browser's request's) aborts the backend request when the member's browser goes away, so
 * the backend stops the report and releases its transaction at once.
 */
export async function fetchPnbpReport(request: PnbpReportRequest, signal?: AbortSignal): Promise<Response | null> {
  const token = await getSessionToken()
  if (!token) return null
  return await fetch(`${getBackendUrl()}${withQuery(`${LAPAS_API}/reports/pnbp`, { ...request })}`, {
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
    signal,
  })
}
