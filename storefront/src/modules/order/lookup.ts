/** Pure rules of the guest order lookup form. */
import type { MessageKey } from "@/i18n"
import { clean, isValidEmail } from "@/modules/checkout/validation"

export type LookupField = "number" | "email"

export type LookupResult =
  | { ok: true; value: { displayId: number; email: string } }
  | { ok: false; errors: Partial<Record<LookupField, MessageKey>> }

/** "#1024", " 1024 " and "1024" are the same order number; the email is compared lower-case. */
export function validateLookup(input: { number: string; email: string }): LookupResult {
  const errors: Partial<Record<LookupField, MessageKey>> = {}
  const number = clean(input.number).replace(/^#\s*/, "")
  const email = clean(input.email).toLowerCase()
  if (!number) errors.number = "lookup.error.numberRequired"
  else if (!/^\d{1,10}$/.test(number) || Number(number) < 1) errors.number = "lookup.error.numberInvalid"
  if (!email) errors.email = "checkout.error.emailRequired"
  else if (email.length > 254 || !isValidEmail(email)) errors.email = "checkout.error.emailInvalid"
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, value: { displayId: Number(number), email } }
}
