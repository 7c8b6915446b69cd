import { sdk } from "./sdk"

/** One lapas's PNBP in one month (GET /admin/reports/pnbp/reconciliation). */
export interface PnbpMonth {
  lapas_id: string
  handle: string
  month: string
  from: string
  to: string
  booked: number
  deposited: number
  outstanding: number
  over_deposited: boolean
  closed: boolean
  closed_at: string | null
  corrections_after_close: number
  corrections_after_close_count: number
}

export interface PnbpReconciliationResponse {
  lapas_id: string | null
  from: string
  to: string
  months: PnbpMonth[]
  totals: { booked: number; deposited: number; outstanding: number; over_deposited: boolean }
}

export interface PnbpDeposit {
  id: string
  lapas_id: string
  period_from: string
  period_to: string
  billing_code: string
  ntpn: string
  amount: number
  deposited_on: string
  note: string | null
  created_at: string
}

export interface CreatePnbpDepositBody {
  lapas_id?: string
  period_from: string
  period_to: string
  billing_code: string
  ntpn: string
  amount: number
  deposited_on: string
  note?: string | null
}

export type PnbpReportFormat = "json" | "csv" | "xlsx" | "pdf"

export const pnbpQueryKeys = {
  all: ["karya-binaan", "pnbp"] as const,
  reconciliation: (lapasId: string | null, from: string, to: string) =>
    ["karya-binaan", "pnbp", "reconciliation", lapasId, from, to] as const,
  deposits: (lapasId: string | null) => ["karya-binaan", "pnbp", "deposits", lapasId] as const,
}

export const pnbpApi = {
  reconciliation: (lapasId: string | null, from: string, to: string) =>
    sdk.client.fetch<PnbpReconciliationResponse>("/admin/reports/pnbp/reconciliation", {
      query: { from, to, ...(lapasId ? { lapas_id: lapasId } : {}) },
    }),
  deposits: (lapasId: string | null) =>
    sdk.client.fetch<{ pnbp_deposits: PnbpDeposit[]; count: number }>("/admin/pnbp-deposits", {
      query: { limit: 100, ...(lapasId ? { lapas_id: lapasId } : {}) },
    }),
  createDeposit: (body: CreatePnbpDepositBody) =>
    sdk.client.fetch<{ pnbp_deposit: PnbpDeposit }>("/admin/pnbp-deposits", { method: "POST", body }),
  closeMonth: (body: { lapas_id?: string; month: string }) =>
    sdk.client.fetch<{ closed_period: { month: string; closed_at: string } }>("/admin/periods/close", {
      method: "POST",
      body,
    }),
  /** The report's download address (session cookie auth, so a plain link downloads it). */
  reportUrl: (lapasId: string | null, from: string, to: string, format: PnbpReportFormat) => {
    const base = String(import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
    const query = new URLSearchParams({ from, to, format, ...(lapasId ? { lapas_id: lapasId } : {}) })
    return `${base}/admin/reports/pnbp?${query.toString()}`
  },
}
