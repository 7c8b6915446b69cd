import type {
  ClosePeriodBody,
  ClosePeriodResponse,
  CreatePnbpDepositBody,
  PnbpDepositListResponse,
  PnbpDepositResponse,
  PnbpReconciliationResponse,
  PnbpReportFormat,
} from "@karya-binaan/contracts"
import { sdk } from "./sdk"


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
    sdk.client.fetch<PnbpDepositListResponse>("/admin/pnbp-deposits", {
      query: { limit: 100, ...(lapasId ? { lapas_id: lapasId } : {}) },
    }),
  createDeposit: (body: CreatePnbpDepositBody) =>
    sdk.client.fetch<PnbpDepositResponse>("/admin/pnbp-deposits", { method: "POST", body }),
  closeMonth: (body: ClosePeriodBody) =>
    sdk.client.fetch<ClosePeriodResponse>("/admin/periods/close", {
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
