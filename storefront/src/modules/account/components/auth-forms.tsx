"use client"

import { useActionState } from "react"
import { useT } from "@/i18n/client"
import { ErrorSummary, Field, SubmitButton, useStateFields } from "@/modules/checkout/components/form-parts"
import { EMPTY_FORM_STATE, type FormState } from "@/modules/checkout/form-state"
import { loginAction, registerAction } from "../actions"
import { MIN_PASSWORD } from "../validation"

function EmailField({ field }: { field: ReturnType<typeof useStateFields> }) {
  const t = useT()
  return (
    <Field
      {...field("email")}
      type="email"
      label={t("account.email")}
      autoComplete="email"
      inputMode="email"
      required
    />
  )
}

export function LoginForm({ next }: { next?: string }) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(loginAction, EMPTY_FORM_STATE)
  const field = useStateFields("login", state)
  return (
    <form action={formAction} noValidate className="checkout-form" data-testid="login-form" aria-labelledby="login-title">
      <h2 id="login-title" className="form-section__title">
        {t("account.loginTitle")}
      </h2>
      <ErrorSummary
        state={state}
        formId="login"
        labels={{ email: t("account.email"), password: t("account.password") }}
        testId="account-error"
      />
      {next && <input type="hidden" name="next" value={next} />}
      <EmailField field={field} />
      <Field
        {...field("password", { refill: false })}
        type="password"
        label={t("account.password")}
        autoComplete="current-password"
        required
      />
      <SubmitButton pendingText={t("account.pending")} testId="login-submit">
        {t("account.loginSubmit")}
      </SubmitButton>
    </form>
  )
}

export function RegisterForm({ next }: { next?: string }) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(registerAction, EMPTY_FORM_STATE)
  const field = useStateFields("register", state)
  return (
    <form
      action={formAction}
      noValidate
      className="checkout-form"
      data-testid="register-form"
      aria-labelledby="register-title"
    >
      <h2 id="register-title" className="form-section__title">
        {t("account.registerTitle")}
      </h2>
      <ErrorSummary
        state={state}
        formId="register"
        labels={{
          first_name: t("account.firstName"),
          last_name: t("account.lastName"),
          email: t("account.email"),
          phone: t("account.phone"),
          password: t("account.password"),
        }}
        testId="account-error"
      />
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        {...field("first_name")}
        label={t("account.firstName")}
        autoComplete="given-name"
        required
      />
      <Field
        {...field("last_name")}
        label={t("account.lastName")}
        optional={t("account.optional")}
        autoComplete="family-name"
      />
      <EmailField field={field} />
      <Field
        {...field("phone")}
        type="tel"
        label={t("account.phone")}
        optional={t("account.optional")}
        hint={t("checkout.field.phoneHint")}
        autoComplete="tel"
        inputMode="tel"
      />
      <Field
        {...field("password", { refill: false })}
        type="password"
        label={t("account.password")}
        hint={t("account.passwordHint", { min: MIN_PASSWORD })}
        autoComplete="new-password"
        minLength={MIN_PASSWORD}
        required
      />
      <SubmitButton pendingText={t("account.pending")} testId="register-submit">
        {t("account.registerSubmit")}
      </SubmitButton>
    </form>
  )
}
