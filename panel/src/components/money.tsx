import { formatRupiah, type RupiahInput } from "@karya-binaan/format"

/** Whole rupiah as "Rp 125.000" (the same in both languages). */
export function Money({ amount, className }: { amount: RupiahInput; className?: string }) {
  return <span className={["money", className].filter(Boolean).join(" ")}>{formatRupiah(amount)}</span>
}
