/**
 * The cash closing's arithmetic and form check, shared by the live form (client) and its server
 * action: whole rupiah as BigInt (amounts may come as decimal strings), never floats.
 */
import type { CashClosingMethodTotal, CloseCashRequest, Rupiah, Venue } from "@karya-binaan/contracts"
import { isDay } from "../riwayat/rules"

/**
 * Whole rupiah as a person types them ("Rp 150.000", "150000", "150.000,00", "0") → BigInt;
 * null for anything else (fractions, letters, negatives, empty).
 */
export function parseRupiahAmount(text: string): bigint | null {
  let value = text.trim().replace(/^rp\.?\s*/i, "").replace(/\s/g, "")
  value = value.replace(/,0{1,2}$/, "")
  if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(value)) return null
  const amount = BigInt(value.replace(/\./g, ""))
  return amount <= BigInt(Number.MAX_SAFE_INTEGER) ? amount : null
}

const toBig = (amount: Rupiah) => BigInt(amount)

/** The cash the day's sales took (voided ones are already left out by the API). */
export function cashTakings(byMethod: readonly CashClosingMethodTotal[]): bigint {
  return byMethod.filter((m) => m.payment_method === "cash").reduce((sum, m) => sum + toBig(m.expected), BigInt(0))
}

/** What the drawer should hold: the opening float plus the cash taken. */
export function expectedCash(byMethod: readonly CashClosingMethodTotal[], openingFloat: bigint): bigint {
  return openingFloat + cashTakings(byMethod)
}

/** counted − expected: negative when short. */
export const cashDifference = (counted: bigint, expected: bigint) => counted - expected

export type CloseFormErrorKey = "closing.amountInvalid" | "closing.reasonRequired" | "event.dayInvalid"

export interface CloseFormValues {
  venue_id: string
  business_date: string
  opening_float: string
  counted_cash: string
  reason: string
}

export type CheckedCloseForm =
  | { ok: true; value: CloseCashRequest; difference: bigint }
  | { ok: false; errors: Partial<Record<keyof CloseFormValues, CloseFormErrorKey>> }

/**
 * Checks the closing form against the day's takings: amounts are whole rupiah (an empty opening
 * float is 0), and a difference other than 0 needs a reason of at least 5 characters.
 */
export function checkCloseForm(values: CloseFormValues, byMethod: readonly CashClosingMethodTotal[]): CheckedCloseForm {
  const errors: Partial<Record<keyof CloseFormValues, CloseFormErrorKey>> = {}
  const float = values.opening_float.trim() === "" ? BigInt(0) : parseRupiahAmount(values.opening_float)
  const counted = parseRupiahAmount(values.counted_cash)
  if (float === null) errors.opening_float = "closing.amountInvalid"
  if (counted === null) errors.counted_cash = "closing.amountInvalid"
  if (!isDay(values.business_date)) errors.business_date = "event.dayInvalid"
  const reason = values.reason.trim()
  let difference = BigInt(0)
  if (float !== null && counted !== null) {
    difference = cashDifference(counted, expectedCash(byMethod, float))
    if (difference !== BigInt(0) && reason.length < 5) errors.reason = "closing.reasonRequired"
  }
  if (Object.keys(errors).length || float === null || counted === null) return { ok: false, errors }
  return {
    ok: true,
    difference,
    value: {
      venue_id: values.venue_id,
      business_date: values.business_date,
      opening_float: Number(float),
      counted_cash: Number(counted),
      ...(reason ? { reason } : {}),
    },
  }
}

/** How a difference reads: short (negative), over (positive) or even, with its size. */
export function describeDifference(difference: bigint): { kind: "short" | "over" | "even"; amount: bigint } {
  if (difference < BigInt(0)) return { kind: "short", amount: -difference }
  if (difference > BigInt(0)) return { kind: "over", amount: difference }
  return { kind: "even", amount: BigInt(0) }
}

/**
 * The venue the closing page opens with: the one asked for when it is the lapas's, else an open
 * event running that day, else the first open standing venue (the showroom).
 */
export function pickVenue(venues: readonly Venue[], asked: string | undefined, day: string): Venue | null {
  const named = asked ? venues.find((v) => v.id === asked) : undefined
  if (named) return named
  const open = venues.filter((v) => !v.closed_at)
  const running = open.find((v) => v.kind === "event" && v.starts_on !== null && v.ends_on !== null && v.starts_on <= day && day <= v.ends_on)
  return running ?? open.find((v) => v.kind !== "event") ?? open[0] ?? venues[0] ?? null
}
