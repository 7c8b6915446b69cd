/**
 * The state a server action returns to its form (`useActionState(action, INITIAL_FORM_STATE)`).
 * Texts are already in the member's language: the action translates them.
 */
export interface FormState {
  /** Shown in an error banner above the form's button. */
  error?: string
  /** Shown under the field of that name. */
  fieldErrors?: Record<string, string>
  /** Shown in a success banner (the form stays on the page). */
  success?: string
  /** What the member typed, so a refused form keeps it (never passwords). */
  values?: Record<string, string>
}

export const INITIAL_FORM_STATE: FormState = {}

/** A text field of a submitted form, trimmed; "" when missing. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** A password field, as typed (spaces count). */
export function formSecret(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value : ""
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
}

/** The backend refuses shorter passwords (MEMBER_PASSWORD_MIN_LENGTH). */
export { MEMBER_PASSWORD_MIN_LENGTH as MIN_PASSWORD_LENGTH } from "@karya-binaan/contracts"

/** A form's server action as `useActionState` takes it; pages pass it to the form as a prop. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>
