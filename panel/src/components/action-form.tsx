"use client"

import { useActionState, useEffect, useRef, startTransition, type FormEvent, type ReactNode } from "react"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import type { ButtonVariant } from "./button"
import { Notice } from "./notice"

/**
 * A form whose fields are rendered by a Server Component (`children`) and whose server action
 * answers with an error or a success text, shown above the button. The fields keep what was
 * typed when the action refuses it (the form is only cleared after a success, with
 * `resetOnSuccess`). `inline` lays a one-button form (e.g. "Nonaktifkan") out in a row.
 */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  children,
  testId,
  variant = "primary",
  resetOnSuccess = false,
  inline = false,
}: {
  action: FormAction
  submitLabel: ReactNode
  pendingLabel?: ReactNode
  children?: ReactNode
  testId?: string
  variant?: ButtonVariant
  resetOnSuccess?: boolean
  inline?: boolean
}) {
  const [state, dispatch, pending] = useActionState(action, INITIAL_FORM_STATE)
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (state.success && resetOnSuccess) formRef.current?.reset()
  }, [state, resetOnSuccess])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => dispatch(data))
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className={inline ? "action-form action-form--inline" : "form"} data-testid={testId} noValidate>
      {children}
      {state.error ? (
        <Notice tone="danger" testId="form-error">
          {state.error}
        </Notice>
      ) : null}
      {state.success ? (
        <Notice tone="success" testId="form-success">
          {state.success}
        </Notice>
      ) : null}
      <div>
        <button type="submit" className={`button button--${variant}`} disabled={pending} aria-busy={pending || undefined}>
          {pending && pendingLabel ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  )
}
