import type { Rupiah } from "./money"
import type { SaleChannel } from "./direct-sales"
import type { PnbpDepositStatus } from "./pnbp"

/**
 * Profit share: the shares booked per order and line, the ledger, share policies and closed
 * periods. Scoped API (finance of a lapas: their own lapas; national: every lapas, `lapas_id` to
 * narrow): GET /lapas-api/orders/:id/shares, POST /lapas-api/orders/:id/shares/corrections,
 * GET /lapas-api/ledger, GET /lapas-api/periods, POST /lapas-api/periods/close; share policies:
 * GET|POST /lapas-api/share-policies (national).
 * Amounts are Rupiah (rupiahToJson); splits are basis points.
 */

export const LEDGER_ACCOUNTS = ["capital", "premi", "pnbp"] as const
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number]

export const LEDGER_ENTRY_KINDS = ["sale", "refund", "correction"] as const
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number]

/** What a booked line was: goods, or a service (jasa). */
export const LEDGER_LINE_KINDS = ["goods", "service"] as const
export type LedgerLineKind = (typeof LEDGER_LINE_KINDS)[number]

export const LEDGER_LINE_KIND_LABELS: Record<LedgerLineKind, { id: string; en: string }> = {
  goods: { id: "Barang", en: "Goods" },
  service: { id: "Jasa", en: "Services" },
}

export const SHARE_POLICY_SCOPES = ["all", "lapas", "partner_agreement"] as const
export type SharePolicyScope = (typeof SHARE_POLICY_SCOPES)[number]

/** One ledger row behind an order's shares. */
export interface OrderShareEntry {
  id: string
  line_item_id: string
  account: LedgerAccount
  /** Signed: refunds and some corrections are negative. */
  amount: Rupiah
  kind: LedgerEntryKind
  /** Why a correction was booked; null on sales and refunds. */
  reason: string | null
  /** The accounting date (sale: capture, refund: refund, correction: booking). */
  booked_at: string
  created_at: string
}

/** An order line's shares, net of refunds and corrections. */
export interface OrderShareLine {
  line_item_id: string
  title: string
  lapas_id: string | null
  quantity: number
  revenue: Rupiah
  /** HPP per unit: the latest correction's, else the sale's snapshot. */
  unit_cost: Rupiah
  profit: Rupiah
  capital: Rupiah
  premi: Rupiah
  pnbp: Rupiah
}

/** `GET /admin/orders/:id/shares` (finance of a lapas sees only their lapas's lines). */
export interface OrderShares {
  order_id: string
  revenue: Rupiah
  cost: Rupiah
  profit: Rupiah
  capital: Rupiah
  premi: Rupiah
  pnbp: Rupiah
  lines: OrderShareLine[]
  /** Oldest first. */
  entries: OrderShareEntry[]
}

/** `POST /admin/orders/:id/shares/corrections` */
export interface CreateShareCorrectionBody {
  line_item_id: string
  /** The corrected HPP per unit, whole rupiah. */
  unit_cost: number
  reason: string
  /** The same key books once; without one, a key is made and returned. */
  idempotency_key?: string
}

/** What one HPP correction booked. */
export interface ShareCorrection {
  idempotency_key: string
  line_item_id: string
  unit_cost: Rupiah
  reason: string
  /** true when the key had booked already: nothing new was booked. */
  replayed: boolean
  entries: { account: LedgerAccount; amount: Rupiah }[]
}

/** `POST /admin/orders/:id/shares/corrections`: the order's shares afterwards, and the correction. */
export interface ShareCorrectionResponse extends OrderShares {
  correction: ShareCorrection
}

export interface LedgerEntry {
  id: string
  order_id: string
  line_item_id: string
  lapas_id: string | null
  account: LedgerAccount
  amount: Rupiah
  kind: LedgerEntryKind
  policy_id: string | null
  /** HPP per unit the entry was booked with. */
  unit_cost: Rupiah | null
  reason: string | null
  created_at: string
  /** The accounting date the entry counts for in periods and reports. */
  booked_at: string
  /** Where the line was sold (a refund or correction carries its sale's). */
  channel: SaleChannel
  line_kind: LedgerLineKind
}

/** `GET /lapas-api/ledger` query. */
export interface LedgerQuery {
  lapas_id?: string
  order_id?: string
  account?: LedgerAccount
  kind?: LedgerEntryKind
  channel?: SaleChannel
  line_kind?: LedgerLineKind
  /** YYYY-MM-DD (a day in the lapas's zone) or an ISO instant. */
  from?: string
  to?: string
  limit?: number
  offset?: number
}

/** `GET /lapas-api/ledger`: newest booking first, with the totals of everything matching. */
export interface LedgerResponse {
  entries: LedgerEntry[]
  count: number
  limit: number
  offset: number
  totals: Record<LedgerAccount, Rupiah>
  /** The totals per channel of everything matching, in SALE_CHANNELS order, only channels with entries. */
  totals_by_channel: ({ channel: SaleChannel } & Record<LedgerAccount, Rupiah>)[]
}

export interface SharePolicy {
  id: string
  scope: SharePolicyScope
  lapas_id: string | null
  partner_agreement_id: string | null
  capital_bp: number
  premi_bp: number
  pnbp_bp: number
  /** YYYY-MM-DD (WIB) */
  effective_from: string
  note: string | null
  created_at: string
}

/** `GET /lapas-api/share-policies` */
export interface SharePolicyListResponse {
  share_policies: SharePolicy[]
  count: number
}

/** `POST /lapas-api/share-policies` (201) */
export interface SharePolicyResponse {
  share_policy: SharePolicy
}

/** `POST /lapas-api/share-policies`: the three shares add up to 10,000 bp. */
export interface CreateSharePolicyBody {
  scope: SharePolicyScope
  lapas_id?: string
  partner_agreement_id?: string
  capital_bp: number
  premi_bp: number
  pnbp_bp: number
  /** YYYY-MM-DD, today (WIB) or later. */
  effective_from: string
  note?: string
}

export interface ClosedPeriod {
  id: string
  lapas_id: string
  /** YYYY-MM */
  month: string
  start_at: string
  end_at: string
  closed_at: string
  closed_by: string | null
}

/** `GET /lapas-api/periods` query. */
export interface ClosedPeriodListQuery {
  /** National members only; finance always get their own lapas (another is a 404). */
  lapas_id?: string
}

/** `GET /lapas-api/periods` */
export interface ClosedPeriodListResponse {
  closed_periods: ClosedPeriod[]
}

/** `POST /lapas-api/periods/close` (201; 409 ErrorResponse when already closed) */
export interface ClosePeriodResponse {
  closed_period: ClosedPeriod
}

/** `POST /lapas-api/periods/close` */
export interface ClosePeriodBody {
  /** Finance users may leave it out (their own lapas). */
  lapas_id?: string
  /** YYYY-MM */
  month: string
}

/** `GET /lapas-api/periods/preview` query. */
export interface ClosePeriodPreviewQuery {
  /** Finance users may leave it out (their own lapas); national members name it. */
  lapas_id?: string
  /** YYYY-MM: the month to close. */
  month: string
}

/** Why a close would be refused now. */
export type ClosePeriodBlocker = "closed" | "not_ended" | "earlier_months_open"

/**
 * `GET /lapas-api/periods/preview`: what closing a month would leave behind, read before the close
 * button. `status`/`difference` as in the reconciliation (PnbpDepositStatus; difference never
 * negative); `needs_confirmation` when PNBP is under- or over-deposited (the panel asks first);
 * `blockers` list why POST /lapas-api/periods/close would be refused now, with its message.
 */
export interface ClosePeriodPreviewResponse {
  lapas_id: string
  month: string
  /** YYYY-MM-DD, the month's first and last day in the lapas's zone. */
  from: string
  to: string
  closed: boolean
  closed_at: string | null
  booked: Rupiah
  deposited: Rupiah
  status: PnbpDepositStatus
  difference: Rupiah
  /** Earlier months (YYYY-MM) with ledger entries or deposits that are not closed, oldest first. */
  open_months_before: string[]
  blockers: { code: ClosePeriodBlocker; message: string }[]
  can_close: boolean
  needs_confirmation: boolean
}
