import type { LapasTimeZone } from "./lapas"
import type { Rupiah } from "./money"
import type { SaleChannel } from "./direct-sales"
import type { ClosedPeriodChainHeads } from "./ledger-chain"

/**
 * PNBP: deposits to the state treasury (SIMPONI), the PNBP report and its reconciliation per
 * month. Scoped API (finance: their own lapas; national: every lapas or `lapas_id`):
 * GET|POST /lapas-api/pnbp-deposits, GET /lapas-api/reports/pnbp (format=json; csv, xlsx and pdf
 * are files), GET /lapas-api/reports/pnbp/reconciliation. Amounts are Rupiah (rupiahToJson).
 */

export interface PnbpDeposit {
  id: string
  lapas_id: string
  /** YYYY-MM-DD: the period of PNBP the deposit pays for, in the lapas's zone. */
  period_from: string
  period_to: string
  /** The 15-digit kode billing from SIMPONI. */
  billing_code: string
  /** The 16-character NTPN on the receipt. */
  ntpn: string
  amount: Rupiah
  /** YYYY-MM-DD */
  deposited_on: string
  note: string | null
  created_by: string | null
  created_at: string
  /**
   * A reversal (a correction of a mistyped deposit): the deposit it cancels. Its `amount` is that
   * deposit's, negated (the one signed amount of a deposit list); `reason` says why. Null otherwise.
   */
  reverses_id: string | null
  /** A deposit recorded again after its NTPN's deposit was reversed: the reversed deposit. */
  replaces_id: string | null
  /** Why it was reversed (reversals only). */
  reason: string | null
  /** On a deposit that has been reversed: the reversal (id, reason, when). Null when it stands. */
  reversed_by: { id: string; reason: string | null; created_at: string } | null
}

/**
 * How PNBP deposited stands against PNBP booked, said one way everywhere: `no_activity` (nothing
 * booked or deposited, "Tidak ada transaksi"), `settled` ("Lunas"), `under_deposited` ("Kurang
 * setor"), `over_deposited` ("Lebih setor"); the amount beside it is `difference`, never negative.
 * (`outstanding` = booked − deposited keeps its sign for older readers.)
 */
export const PNBP_DEPOSIT_STATUSES = ["no_activity", "settled", "under_deposited", "over_deposited"] as const
export type PnbpDepositStatus = (typeof PNBP_DEPOSIT_STATUSES)[number]

/** `POST /lapas-api/pnbp-deposits/:id/reverse` */
export interface ReversePnbpDepositBody {
  /** Why the deposit is wrong, e.g. "Nominal salah ketik"; 5–500 characters. */
  reason: string
}

/**
 * `POST /lapas-api/pnbp-deposits/:id/reverse` (201): the reversal written and the deposit as it
 * now reads. 409 when the deposit is reversed already; 400 for a reversal or a closed month.
 */
export interface ReversePnbpDepositResponse {
  reversal: PnbpDeposit
  pnbp_deposit: PnbpDeposit
}

/** `GET /lapas-api/pnbp-deposits`: newest deposit day first. */
export interface PnbpDepositListResponse {
  pnbp_deposits: PnbpDeposit[]
  count: number
  limit: number
  offset: number
}

/** `POST /lapas-api/pnbp-deposits` (201; 409 ErrorResponse when the NTPN is on record). */
export interface PnbpDepositResponse {
  pnbp_deposit: PnbpDeposit
}

/** `POST /lapas-api/pnbp-deposits` */
export interface CreatePnbpDepositBody {
  /** Finance users may leave it out (their own lapas). */
  lapas_id?: string
  period_from: string
  period_to: string
  /** 15 digits; spaces and dashes are dropped. */
  billing_code: string
  /** 16 letters or digits; spaces and dashes are dropped. */
  ntpn: string
  /** Whole rupiah above 0, as a number or a string of digits. */
  amount: number | string
  deposited_on: string
  note?: string | null
}

/** One lapas's PNBP in one month (the lapas's zone). */
export interface PnbpReconciliationMonth {
  lapas_id: string
  handle: string
  /** YYYY-MM */
  month: string
  /** YYYY-MM-DD, the month's first and last day. */
  from: string
  to: string
  booked: Rupiah
  /** Deposits whose period ends in this month. */
  deposited: Rupiah
  /** Negative when over-deposited. */
  outstanding: Rupiah
  over_deposited: boolean
  /** See PnbpDepositStatus; with `difference` (never negative) it is what to show. */
  status: PnbpDepositStatus
  difference: Rupiah
  closed: boolean
  closed_at: string | null
  corrections_after_close: Rupiah
  corrections_after_close_count: number
}

/** PNBP booked per channel (every channel, 0 where nothing was booked); they add up to `booked`. */
export type PnbpBookedByChannel = Record<SaleChannel, Rupiah>

/** A reconciliation month with the channel split of its PNBP booked (deposits are not per channel). */
export interface PnbpReconciliationMonthByChannel extends PnbpReconciliationMonth {
  booked_by_channel: PnbpBookedByChannel
}

/** `GET /lapas-api/reports/pnbp/reconciliation` */
export interface PnbpReconciliationResponse {
  lapas_id: string | null
  /** YYYY-MM */
  from: string
  to: string
  months: PnbpReconciliationMonthByChannel[]
  totals: {
    booked: Rupiah
    deposited: Rupiah
    outstanding: Rupiah
    over_deposited: boolean
    status: PnbpDepositStatus
    difference: Rupiah
    /** PNBP booked over the range per channel; adds up to `booked`. */
    booked_by_channel: PnbpBookedByChannel
  }
}

export const PNBP_REPORT_FORMATS = ["json", "csv", "xlsx", "pdf"] as const
export type PnbpReportFormat = (typeof PNBP_REPORT_FORMATS)[number]

/** The six figures of a report row: revenue − cost = profit = capital + premi + pnbp. */
export interface PnbpFigures {
  revenue: Rupiah
  cost: Rupiah
  profit: Rupiah
  capital: Rupiah
  premi: Rupiah
  pnbp: Rupiah
}

/**
 * One channel's figures in a PNBP report: the entries booked under it, with its net units. Every
 * `quantity` of the report is net units: units sold less units refunded or returned, counted as
 * the backend's profit-share reports define them once (modules/profit-share/reports/scope.ts,
 * ENTRY_UNITS_SQL), consistently with the revenue the same rows net.
 */
export interface PnbpChannelTotals extends PnbpFigures {
  channel: SaleChannel
  quantity: number
}

/** `GET /lapas-api/reports/pnbp?format=json` */
export interface PnbpReport {
  /** null for a national roll-up. */
  lapas: {
    id: string
    name: string
    handle: string
    satker_code: string | null
    city: string | null
    time_zone: LapasTimeZone
  } | null
  period: {
    from: string
    to: string
    /** "per_lapas" for a roll-up (each lapas's days in its own zone). */
    time_zone: LapasTimeZone | "per_lapas"
    /** Every month the period touches is closed for every lapas in scope. */
    closed: boolean
    closed_at: string | null
  }
  /**
   * Per closed month in the period (and lapas in scope), the hash-chain heads its close recorded:
   * an auditor can later check that the ledger and deposits up to those heads are unchanged.
   */
  chain_heads: ClosedPeriodChainHeads[]
  /**
   * The figures of the selection (one channel when `channel` is set). `deposited` and
   * `outstanding` are always of every channel: deposits to the treasury are not per channel, so
   * with a channel filter `outstanding` is every channel's PNBP booked less what was deposited.
   */
  totals: PnbpFigures & {
    deposited: Rupiah
    outstanding: Rupiah
    over_deposited: boolean
    /** See PnbpDepositStatus; `difference` is never negative. */
    deposit_status: PnbpDepositStatus
    difference: Rupiah
  }
  /** The channel the report is narrowed to, or null for every channel. */
  channel: SaleChannel | null
  /**
   * Totals per channel, in SALE_CHANNELS order: every channel (0 where nothing was sold) for a
   * report of every channel, the one channel when narrowed. They add up to `totals`.
   */
  by_channel: PnbpChannelTotals[]
  /** The services (jasa) among the selection: a subtotal of `totals`, across channels. */
  services: PnbpFigures & { quantity: number }
  /** One row per product and channel (a product sold online and at an event has two), by title then channel. */
  by_product: (PnbpFigures & { lapas: string; product_id: string | null; title: string; quantity: number; channel: SaleChannel })[]
  orders: (PnbpFigures & { order_id: string; display_id: number | null; lapas: string; date: string; channel: SaleChannel })[]
  deposits: {
    lapas: string
    id: string
    period_from: string
    period_to: string
    billing_code: string
    ntpn: string
    amount: Rupiah
    deposited_on: string
  }[]
}

/** `GET /lapas-api/pnbp-deposits` query: deposits whose period ends between from and to. */
export interface PnbpDepositListQuery {
  lapas_id?: string
  /** YYYY-MM-DD */
  from?: string
  to?: string
  limit?: number
  offset?: number
}

/** `GET /lapas-api/reports/pnbp` query: whole days in the lapas's zone. */
export interface PnbpReportQuery {
  /** National members may leave it out for a roll-up of every lapas. */
  lapas_id?: string
  /** YYYY-MM-DD */
  from: string
  to: string
  format?: PnbpReportFormat
  /** Narrow the report to one channel (online or a kind of venue). */
  channel?: SaleChannel
}

/** `GET /lapas-api/reports/pnbp/reconciliation` query: months YYYY-MM (a day selects its month). */
export interface PnbpReconciliationQuery {
  lapas_id?: string
  /** Default: 11 months before `to`. */
  from?: string
  /** Default: the current month in the lapas's zone. */
  to?: string
}
