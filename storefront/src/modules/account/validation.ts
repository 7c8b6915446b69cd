/** Pure rules of the log-in and registration forms. */
import type { MessageKey } from "@/i18n"
import { clean, isValidEmail, normalizePhone } from "@/modules/checkout/validation"

export const MIN_PASSWORD = 8

type Errors<F extends string> = Partial<Record<F, MessageKey>>
type Result<T, F extends string> = { ok: true; value: T } | { ok: false; errors: Errors<F> }

function checkEmail(raw: string, errors: Errors<"email">): string {
  const email = clean(raw).toLowerCase()
  if (!email) errors.email = "checkout.error.emailRequired"
  else if (email.length > 254 || !isValidEmail(email)) errors.email = "checkout.error.emailInvalid"
  return email
}

export function validateLogin(input: { email: string; password: string }): Result<
  { email: string; password: string },
  "email" | "password"
> {
  const errors: Errors<"email" | "password"> = {}
  const email = checkEmail(input.email, errors)
  if (!input.password) errors.password = "account.error.passwordRequired"
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { email, password: input.password } }
}

export type RegisterField = "first_name" | "last_name" | "email" | "phone" | "password"

export function validateRegister(input: Record<RegisterField, string>): Result<
  { first_name: string; last_name: string; email: string; phone: string; password: string },
  RegisterField
> {
  const errors: Errors<RegisterField> = {}
  const first_name = clean(input.first_name)
  const last_name = clean(input.last_name)
  if (!first_name) errors.first_name = "account.error.firstNameRequired"
  else if (first_name.length > 100) errors.first_name = "checkout.error.tooLong"
  if (last_name.length > 100) errors.last_name = "checkout.error.tooLong"
  const email = checkEmail(input.email, errors)
  const rawPhone = clean(input.phone)
  const phone = rawPhone ? normalizePhone(rawPhone) : ""
  if (phone === null) errors.phone = "checkout.error.phoneInvalid"
  if (!input.password) errors.password = "account.error.passwordRequired"
  else if (input.password.length < MIN_PASSWORD) errors.password = "account.error.passwordShort"
  else if (input.password.length > 200) errors.password = "checkout.error.tooLong"
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, value: { first_name, last_name, email, phone: phone ?? "", password: input.password } }
}

/** Only same-site paths are followed after logging in (no open redirects). */
export function safeNext(value: unknown, fallback = "/akun"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback
  }
  return value
}
