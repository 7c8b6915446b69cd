/** "Rp 1.250.000": whole rupiah, thousands grouped with ".". */
export function formatRupiah(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) {
    return "—"
  }
  const negative = amount < 0
  const digits = Math.round(Math.abs(amount)).toString()
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".")
  return `${negative ? "-" : ""}Rp ${grouped}`
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
