import { formatDate, formatDateTime, type LapasTimeZone } from "@karya-binaan/format"
import type { Locale } from "@/i18n/locale"

/**
 * A moment in the lapas's own zone: "22 November 2026 14.05 WIB", or only the date.
 * Pass the zone of the lapas the record belongs to (a national member sees many lapas).
 */
export function DateTime({
  value,
  timeZone = "Asia/Jakarta",
  locale = "id",
  dateOnly = false,
}: {
  value: Date | string
  timeZone?: LapasTimeZone
  locale?: Locale
  dateOnly?: boolean
}) {
  const date = typeof value === "string" ? new Date(value) : value
  const text = dateOnly ? formatDate(date, timeZone, locale) : formatDateTime(date, timeZone, locale)
  return <time dateTime={date.toISOString()}>{text}</time>
}
