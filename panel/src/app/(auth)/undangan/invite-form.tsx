"use client"

import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { authMessages } from "@/i18n/auth"
import { useT } from "@/i18n/client"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import { NewPasswordFields } from "../new-password-fields"

export function InviteForm({ action, token }: { action: FormAction; token: string }) {
  const t = useT(authMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="form" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        label={t("field.name")}
        name="name"
        autoComplete="name"
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <NewPasswordFields state={state} />
      {state.error ? (
        <Notice tone="danger" testId="form-error">
          {state.error}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel={t("invite.submitting")}>{t("invite.submit")}</SubmitButton>
    </form>
  )
}
