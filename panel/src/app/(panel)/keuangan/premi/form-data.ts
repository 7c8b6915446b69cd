import { PAYOUT_METHODS, type CreatePremiPayoutBody, type PayoutMethod } from "@karya-binaan/contracts"
import type { KeyOf } from "@/i18n/define"
import type { premiMessages } from "@/i18n/premi"

/** Reading the payout form (pure: the action translates the message keys and calls the API). */

type MessageKey = KeyOf<typeof premiMessages>
export type ParsedPayout = { ok: true; body: CreatePremiPayoutBody } | { ok: false; fieldErrors: Record<string, MessageKey> }

const text = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** "Rp 50.000" or "50000" → 50000; null unless whole rupiah. */
export function parseRupiah(input: string): number | null {
  const cleaned = input.replace(/^rp\.?\s*/i, "").replace(/\s+/g, "")
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(cleaned)) return null
  const value = Number(cleaned.replace(/\./g, ""))
  return Number.isSafeInteger(value) ? value : null
}

export function parsePayoutForm(formData: FormData): ParsedPayout {
  const fieldErrors: Record<string, MessageKey> = {}
  const inmateId = text(formData, "inmate_id")
  if (!inmateId) fieldErrors.inmate_id = "payout.inmateRequired"
  const amount = parseRupiah(text(formData, "amount"))
  if (amount === null || amount <= 0) fieldErrors.amount = "payout.amountInvalid"
  const paidOn = text(formData, "paid_on")
  if (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn)) fieldErrors.paid_on = "payout.dateInvalid"
  const method = text(formData, "method") as PayoutMethod
  if (!(PAYOUT_METHODS as readonly string[]).includes(method)) fieldErrors.method = "payout.methodInvalid"
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors }
  const note = text(formData, "note")
  return { ok: true, body: { inmate_id: inmateId, amount: amount!, paid_on: paidOn, method, ...(note ? { note } : {}) } }
}

/** A statement period from the query: both days YYYY-MM-DD with from ≤ to, else this month so far. */
export function statementPeriod(query: { dari?: string; sampai?: string }, today: string): { from: string; to: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/
  const to = query.sampai && day.test(query.sampai) && query.sampai <= today ? query.sampai : today
  const from = query.dari && day.test(query.dari) && query.dari <= to ? query.dari : `${to.slice(0, 8)}01`
  return { from, to }
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}
