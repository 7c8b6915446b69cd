/** Pure rules of the guest order lookup form: the lookup body's own schema, in the form's words. */
import { orderLookupBody } from "@karya-binaan/contracts"
import type { MessageKey } from "@/i18n"
import { clean } from "@/modules/checkout/validation"

export type LookupField = "number" | "email"

export type LookupResult =
  | { ok: true; value: { displayId: number; email: string } }
  | { ok: false; errors: Partial<Record<LookupField, MessageKey>> }

/** "#1024", " 1024 " and "1024" are the same order number; the email is compared lower-case. */
export function validateLookup(input: { number: string; email: string }): LookupResult {
  const number = clean(input.number).replace(/^#\s*/, "")
  const email = clean(input.email).toLowerCase()
  const parsed = orderLookupBody.safeParse({ display_id: number, email })
  const wrong = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0]))
  const errors: Partial<Record<LookupField, MessageKey>> = {}
  if (!number) errors.number = "lookup.error.numberRequired"
  else if (wrong.has("display_id")) errors.number = "lookup.error.numberInvalid"
  if (!email) errors.email = "checkout.error.emailRequired"
  else if (email.length > 254 || wrong.has("email")) errors.email = "checkout.error.emailInvalid"
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, value: { displayId: parsed.data.display_id, email: parsed.data.email } }
}
