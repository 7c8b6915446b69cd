import type { CreatePremiPayoutBody, PremiInmatesResponse, PremiPayoutResponse, PremiStatementFormat } from "@karya-binaan/contracts"
import { sdk } from "./sdk"

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

  createPayout: (body: CreatePremiPayoutBody) =>
    sdk.client.fetch<PremiPayoutResponse>("/admin/premi/payouts", { method: "POST", body }),

  /** Downloads an inmate's statement for [from, to] (days in the lapas's zone) as a file. */
  downloadStatement: async (inmate: { id: string; code: string }, from: string, to: string, format: PremiStatementFormat) => {
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
