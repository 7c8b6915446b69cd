/** What a shop Server Action hands back to its form: errors as message keys, the input to refill, or a backend message. */
import type { MessageKey, MessageParams } from "@/i18n"
import type { AreaLists } from "./areas"

export type FormMessage = { key: MessageKey; params?: MessageParams; href?: string }

export type FormState = {
  /** Field name → message key, shown next to the field and in the summary. */
  errors?: Partial<Record<string, MessageKey>>
  /** Messages that belong to no single field (shown in the summary). */
  messages?: FormMessage[]
  /** A 4xx message from the backend, shown as it is. */
  serverMessage?: string
  /** What the buyer typed, to refill the form after a refusal. */
  values?: Record<string, string>
  /** Address forms: the pickers' lists for the refilled values (so they work without JavaScript too). */
  areas?: AreaLists
  /** Set when the action succeeded without navigating away. */
  done?: MessageKey
}

export const EMPTY_FORM_STATE: FormState = {}

export function hasErrors(state: FormState | null | undefined): boolean {
  return Boolean(
    state &&
      ((state.errors && Object.keys(state.errors).length > 0) ||
        (state.messages && state.messages.length > 0) ||
        state.serverMessage)
  )
}
