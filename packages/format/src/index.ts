/**
 * Indonesian formatting shared by the backend (notifications, reports) and the storefront.
 * Rupiah have no minor unit: every amount is a whole number of rupiah.
 */
import { toRupiahBigInt } from "@karya-binaan/shares"

export type RupiahInput = number | bigint | string

const GROUP_SEPARATOR = "."

/** 125000 → "Rp 125.000"; -5000 → "-Rp 5.000". */
export function formatRupiah(amount: RupiahInput): string {
  const value = toRupiahBigInt(amount)
  const negative = value < 0n
  const digits = (negative ? -value : value).toString()
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR)
  return `${negative ? "-" : ""}Rp ${grouped}`
}

export type LapasTimeZone = "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura"

const ZONE_ABBREVIATION: Record<LapasTimeZone, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
}

export function timeZoneAbbreviation(timeZone: LapasTimeZone): string {
  return ZONE_ABBREVIATION[timeZone]
}

/**
 * A date and time as an Indonesian reader expects it, in the lapas's own zone:
 * "22 November 2026 14.05 WIB". With `locale: "en"` the month is in English.
 */
export function formatDateTime(
  date: Date | string,
  timeZone: LapasTimeZone = "Asia/Jakarta",
  locale: "id" | "en" = "id"
): string {
  const value = typeof date === "string" ? new Date(date) : date
  if (Number.isNaN(value.getTime())) {
    throw new RangeError(`Not a date: ${String(date)}`)
  }
  const formatted = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone,
  }).format(value)
  return `${formatted.replace(" pukul ", " ").replace(", ", " ")} ${timeZoneAbbreviation(timeZone)}`
}

/** "22 November 2026" in the lapas's zone. */
export function formatDate(
  date: Date | string,
  timeZone: LapasTimeZone = "Asia/Jakarta",
  locale: "id" | "en" = "id"
): string {
  const value = typeof date === "string" ? new Date(date) : date
  if (Number.isNaN(value.getTime())) {
    throw new RangeError(`Not a date: ${String(date)}`)
  }
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(value)
}
