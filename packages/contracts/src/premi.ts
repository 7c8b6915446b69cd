import type { LapasTimeZone } from "./lapas"
import type { Rupiah } from "./money"
import type { InmateStatus } from "./production"
import type { LedgerEntryKind } from "./profit-share"

/**
 * Premi: what inmates earned from sales (allocated by work units), what they were paid, their
 * statements. Routes of the lapas API (finance and national members): GET /lapas-api/premi/inmates,
 * GET /lapas-api/premi/inmates/:id/statement (format=json; pdf is a file),
 * GET|POST /lapas-api/premi/payouts; the same shapes as the admin routes they replace
 * (/lapas-api/premi/…). Amounts are Rupiah (rupiahToJson).
 */

export const PAYOUT_METHODS = ["cash_inside", "savings_account", "on_release"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

export const PREMI_STATEMENT_FORMATS = ["json", "pdf"] as const
export type PremiStatementFormat = (typeof PREMI_STATEMENT_FORMATS)[number]

export interface PremiBalance {
  earned: Rupiah
  paid: Rupiah
  outstanding: Rupiah
}

export interface PremiInmate extends PremiBalance {
  id: string
  lapas_id: string
  code: string
  display_name: string | null
  status: InmateStatus
}

/** `GET /lapas-api/premi/inmates` */
export interface PremiInmatesResponse {
  lapas_id: string | null
  inmates: PremiInmate[]
  count: number
  totals: PremiBalance & {
    /** Premi on the ledger for the lapas (one lapas only). */
    booked: Rupiah | null
    /** Premi no maker got (variants with no batch); one lapas only. */
    unallocated: Rupiah | null
  }
}

/** `POST /lapas-api/premi/payouts`: not above the outstanding balance, not in a closed month. */
export interface CreatePremiPayoutBody {
  inmate_id: string
  /** Whole rupiah above 0. */
  amount: number
  /** YYYY-MM-DD */
  paid_on: string
  method: PayoutMethod
  note?: string | null
}

/** `POST /lapas-api/premi/payouts` (201) */
export interface PremiPayoutResponse {
  payout: {
    id: string
    lapas_id: string
    inmate_id: string
    inmate_code: string
    amount: Rupiah
    paid_on: string
    method: PayoutMethod
    note: string | null
    outstanding_before: Rupiah
  }
  balance: PremiBalance
}

export interface PremiStatementLine {
  /** The accounting day of the ledger entry, in the lapas's zone. */
  date: string
  booked_at: string
  kind: LedgerEntryKind
  order_id: string
  display_id: number | null
  line_item_id: string
  product_title: string | null
  /** Units of the line from the batches this inmate worked on. */
  units: number
  amount: Rupiah
  ledger_entry_id: string
}

export interface PremiStatementPayout {
  id: string
  paid_on: string
  method: PayoutMethod
  amount: Rupiah
  note: string | null
}

/** `GET /lapas-api/premi/inmates/:id/statement?format=json` */
export interface PremiStatement {
  inmate: { id: string; code: string; lapas_id: string }
  lapas: { id: string; name: string; time_zone: LapasTimeZone }
  /** Whole days in the lapas's zone. */
  period: { from: string; to: string; time_zone: LapasTimeZone }
  opening_balance: Rupiah
  lines: PremiStatementLine[]
  payouts: PremiStatementPayout[]
  totals: { earned: Rupiah; paid: Rupiah }
  closing_balance: Rupiah
}

/** One payout as `GET /lapas-api/premi/payouts` lists it, newest first. */
export interface PremiPayoutRow {
  id: string
  lapas_id: string
  inmate_id: string
  /** null when the inmate record is gone. */
  inmate_code: string | null
  amount: Rupiah
  paid_on: string
  method: PayoutMethod
  note: string | null
  created_at: string
}

/** `GET /lapas-api/premi/payouts` */
export interface PremiPayoutListResponse {
  payouts: PremiPayoutRow[]
  count: number
  limit: number
  offset: number
}
