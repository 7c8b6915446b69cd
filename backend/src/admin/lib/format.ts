import type { Rupiah } from "@karya-binaan/contracts"

/**
 * "Rp 1.250.000": whole rupiah, thousands grouped with ".". An amount the API wrote as a string
 * (beyond the safe integers) is grouped digit by digit, so it stays exact.
 */
export function formatRupiah(amount: Rupiah | null | undefined): string {
  if (typeof amount === "string" && /^-?\d+$/.test(amount)) {
    const negative = amount.startsWith("-")
    return `${negative ? "-" : ""}Rp ${groupThousands(amount.replace("-", ""))}`
  }
  const value = typeof amount === "string" ? Number(amount) : amount
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return "—"
  }
  const negative = value < 0
  return `${negative ? "-" : ""}Rp ${groupThousands(Math.round(Math.abs(value)).toString())}`
}

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".")

/**
 * A Rupiah from the API as a number, for sums, comparisons and charts on screen (exact up to
 * 2^53 rupiah; amounts are shown with formatRupiah, which keeps the string form exact).
 */
export function rupiahNumber(amount: Rupiah | null | undefined): number {
  if (amount === null || amount === undefined) return 0
  const value = typeof amount === "number" ? amount : Number(amount)
  return Number.isFinite(value) ? value : 0
}

const dateFormatter = new Intl.DateTimeFormat("id-ID", {
  day: "2-digit",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
})

/**
 * A calendar date ("2026-03-01" or an ISO timestamp) as "01 Maret 2026".
 * Plain dates are read as UTC midnight and printed in UTC, so the day never
 * shifts with the browser's time zone.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return "—"
  }
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = new Date(plain ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return dateFormatter.format(date)
}
