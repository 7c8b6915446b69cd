import type { PnbpDepositStatus, Rupiah } from "@karya-binaan/contracts"
import { formatRupiah } from "@karya-binaan/format"

type StatusKey = `status.${PnbpDepositStatus}`

/**
 * How PNBP deposits stand, in words, one way everywhere: "Tidak ada transaksi", "Lunas",
 * "Kurang setor Rp 1.000", "Lebih setor Rp 1.000" (the API's status and its non-negative
 * difference; never a label beside a minus sign).
 */
export function depositStatusText(
  t: (key: StatusKey, params?: Record<string, string | number>) => string,
  status: PnbpDepositStatus,
  difference: Rupiah | number
): string {
  return t(`status.${status}`, { amount: formatRupiah(Math.abs(Number(difference))) })
}

/** The tone a status is shown in: a difference wants attention, the rest is quiet. */
export function depositStatusTone(status: PnbpDepositStatus): "warning" | "success" | "neutral" {
  return status === "under_deposited" || status === "over_deposited" ? "warning" : status === "settled" ? "success" : "neutral"
}
