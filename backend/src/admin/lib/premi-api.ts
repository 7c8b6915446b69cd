import { sdk } from "./sdk"
import type {
  CreatePayoutBody,
  CreatePayoutResponse,
  PremiInmatesResponse,
  StatementFormat,
} from "./premi-types"

export const premiQueryKeys = {
  inmates: (lapasId: string | null) => ["karya-binaan", "premi", "inmates", lapasId ?? "own"] as const,
}

const backendUrl = () => String(import.meta.env.VITE_BACKEND_URL || "").replace(/\/+$/, "")

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export const premiApi = {
  /** Balances per inmate; finance always gets their own lapas whatever lapasId says. */
  inmates: (lapasId: string | null) =>
    sdk.client.fetch<PremiInmatesResponse>("/admin/premi/inmates", {
      query: lapasId ? { lapas_id: lapasId } : {},
    }),

  createPayout: (body: CreatePayoutBody) =>
    sdk.client.fetch<CreatePayoutResponse>("/admin/premi/payouts", { method: "POST", body }),

  /** Downloads an inmate's statement for [from, to] (days in the lapas's zone) as a file. */
  downloadStatement: async (inmate: { id: string; code: string }, from: string, to: string, format: StatementFormat) => {
    const query = new URLSearchParams({ format, ...(from ? { from } : {}), ...(to ? { to } : {}) })
    const response = await fetch(
      `${backendUrl()}/admin/premi/inmates/${encodeURIComponent(inmate.id)}/statement?${query}`,
      { credentials: "include" }
    )
    if (!response.ok) {
      const body = await response.json().catch(() => null)
      throw new Error((body as { message?: string } | null)?.message ?? `HTTP ${response.status}`)
    }
    const blob = format === "pdf" ? await response.blob() : new Blob([await response.text()], { type: "application/json" })
    saveBlob(blob, `premi-${inmate.code}-${from || "awal"}-${to || "kini"}.${format}`)
  },
}
