import type { Rupiah } from "@karya-binaan/contracts"
import { rupiahNumber } from "./format"

/**
 * Basis points and dates for the money screens. Percent input is parsed as
 * text (no floating point): "35", "33,33" or "33.33" → 3500, 3333 bp.
 */

/** 10.000 bp = 100 %. */
export const FULL_BP = 10_000

/** 5000 → "50 %", 3333 → "33,33 %", 1250 → "12,5 %" (Indonesian decimal comma). */
export function formatBp(bp: number | null | undefined): string {
  if (bp === null || bp === undefined || !Number.isFinite(bp)) {
    return "—"
  }
  return `${bpToPercentText(bp)} %`
}

/** 5000 → "50", 3333 → "33,33" (for a percent input's value). */
export function bpToPercentText(bp: number): string {
  const negative = bp < 0
  const abs = Math.round(Math.abs(bp))
  const whole = Math.floor(abs / 100)
  const fraction = (abs % 100).toString().padStart(2, "0").replace(/0+$/, "")
  return `${negative ? "-" : ""}${whole}${fraction ? `,${fraction}` : ""}`
}

/**
 * A percent typed by a user, with at most two decimals, as whole basis
 * points; null when it is not such a number or lies outside 0–100 %.
 */
export function percentTextToBp(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (!match) {
    return null
  }
  const bp =
    Number.parseInt(match[1], 10) * 100 +
    Number.parseInt((match[2] ?? "").padEnd(2, "0") || "0", 10)
  return bp <= FULL_BP ? bp : null
}

/**
 * An account's share of a profit as a percent text ("50 %"), rounded to
 * 0,1 %; null when there is no positive profit to take a share of.
 */
export function shareOfProfit(amount: Rupiah, profit: Rupiah): string | null {
  const share = rupiahNumber(amount)
  const whole = rupiahNumber(profit)
  if (!(whole > 0)) {
    return null
  }
  const tenths = Math.round((share * 1000) / whole)
  const percent = Math.trunc(tenths / 10)
  const decimal = Math.abs(tenths % 10)
  return `${percent}${decimal ? `,${decimal}` : ""} %`
}

/** Today in the browser's time zone as "YYYY-MM-DD". */
export function todayIso(): string {
  const now = new Date()
  const month = String(now.getMonth() + 1).padStart(2, "0")
  const day = String(now.getDate()).padStart(2, "0")
  return `${now.getFullYear()}-${month}-${day}`
}

/** The calendar day ("YYYY-MM-DD") of an instant in an IANA time zone; null for an unreadable instant. */
export function dayIn(value: string | Date, timeZone: string): string | null {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return null
  }
  // en-CA prints ISO order: 2026-03-01
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date)
}

/**
 * Today as "YYYY-MM-DD" in an IANA time zone (default WIB, Asia/Jakarta):
 * the server decides "today" for share policies in WIB, and a lapas's
 * production day in its own zone, whatever the browser's zone is.
 */
export function todayIn(timeZone = "Asia/Jakarta"): string {
  try {
    return dayIn(new Date(), timeZone) ?? todayIso()
  } catch {
    return todayIso()
  }
}

/**
 * A whole-rupiah amount typed by a user ("12500", "12.500", "Rp 12.500");
 * null when it has anything but digits, dots, spaces or an "Rp" prefix.
 */
export function parseRupiahInput(text: string): number | null {
  const cleaned = text.trim().replace(/^rp\.?\s*/i, "")
  if (!/^\d{1,3}(\.?\d{3})*$|^\d+$/.test(cleaned)) {
    return null
  }
  const value = Number.parseInt(cleaned.replace(/\./g, ""), 10)
  return Number.isSafeInteger(value) ? value : null
}

const dateTimeFormatter = new Intl.DateTimeFormat("id-ID", {
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
})

/** An ISO timestamp as "01 Mar 2026 14.05", in the browser's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : dateTimeFormatter.format(date)
}
