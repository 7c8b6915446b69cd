"use client"

import Link from "next/link"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { authMessages } from "@/i18n/auth"
import { useT } from "@/i18n/client"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"

/** The login form; `action` is loginAction (passed in by the page, so tests can give a fake). */
export function LoginForm({ action, next }: { action: FormAction; next?: string }) {
  const t = useT(authMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="form" noValidate data-testid="login-form">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        label={t("field.email")}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        label={t("field.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      {state.error ? (
        <Notice tone="danger" testId="form-error">
          {state.error}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel={t("login.submitting")}>{t("login.submit")}</SubmitButton>
      <p className="form__aside">
        <Link href="/lupa-sandi">{t("login.forgot")}</Link>
      </p>
    </form>
  )
}
