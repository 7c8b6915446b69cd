/** Shapes of the premi admin API (src/api/admin/premi). Amounts are whole rupiah. */

export type PayoutMethod = "cash_inside" | "savings_account" | "on_release"

export type PremiInmate = {
  id: string
  lapas_id: string
  code: string
  display_name: string | null
  status: "active" | "released"
  earned: number
  paid: number
  outstanding: number
}

export type PremiInmatesResponse = {
  lapas_id: string | null
  inmates: PremiInmate[]
  count: number
  totals: {
    earned: number
    paid: number
    outstanding: number
    /** Premi on the ledger for the lapas (one lapas only). */
    booked: number | null
    /** Premi no maker got (variants with no batch); one lapas only. */
    unallocated: number | null
  }
}

export type CreatePayoutBody = {
  inmate_id: string
  amount: number
  paid_on: string
  method: PayoutMethod
  note?: string | null
}

export type CreatePayoutResponse = {
  payout: { id: string; inmate_id: string; amount: number; paid_on: string; method: PayoutMethod }
  balance: { earned: number; paid: number; outstanding: number }
}

export type StatementFormat = "json" | "pdf"
