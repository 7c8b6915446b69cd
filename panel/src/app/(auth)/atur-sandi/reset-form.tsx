"use client"

import { useActionState } from "react"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { authMessages } from "@/i18n/auth"
import { useT } from "@/i18n/client"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import { NewPasswordFields } from "../new-password-fields"

export function ResetForm({ action, token, email }: { action: FormAction; token: string; email: string }) {
  const t = useT(authMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="form" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields state={state} />
      {state.error ? (
        <Notice tone="danger" testId="form-error">
          {state.error}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel={t("reset.submitting")}>{t("reset.submit")}</SubmitButton>
    </form>
  )
}
