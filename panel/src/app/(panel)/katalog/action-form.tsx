"use client"

import { useActionState, type ReactNode } from "react"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import type { ButtonVariant } from "@/components/button"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"

/**
 * A one-button form for an action without fields (publish, delete, remove a photo), or with
 * fields the server renders (`children`); shows the action's error or success beside it.
 */
export function ActionForm({
  action,
  label,
  pendingLabel,
  variant = "secondary",
  children,
  testId,
}: {
  action: FormAction
  label: ReactNode
  pendingLabel?: ReactNode
  variant?: ButtonVariant
  children?: ReactNode
  testId?: string
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="catalog-actions" data-testid={testId}>
      {children}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      {state.error ? <Notice tone="danger">{state.error}</Notice> : null}
      {state.success ? <Notice tone="success">{state.success}</Notice> : null}
    </form>
  )
}
