"use client"

import { useActionState } from "react"
import type { MessageKey } from "@/i18n"
import { useT } from "@/i18n/client"
import { ErrorSummary, Field, SubmitButton } from "@/modules/checkout/components/form-parts"
import { EMPTY_FORM_STATE, type FormState } from "@/modules/checkout/form-state"
import { loginAction, registerAction } from "../actions"
import { MIN_PASSWORD } from "../validation"

function useFieldError(state: FormState) {
  const t = useT()
  return (name: string) => (state.errors?.[name] ? t(state.errors[name] as MessageKey) : undefined)
}

export function LoginForm({ next }: { next?: string }) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(loginAction, EMPTY_FORM_STATE)
  const error = useFieldError(state)
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
      <Field
        formId="login"
        name="email"
        type="email"
        label={t("account.email")}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email ?? ""}
        error={error("email")}
      />
      <Field
        formId="login"
        name="password"
        type="password"
        label={t("account.password")}
        autoComplete="current-password"
        required
        error={error("password")}
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
  const error = useFieldError(state)
  const values = state.values ?? {}
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
        formId="register"
        name="first_name"
        label={t("account.firstName")}
        autoComplete="given-name"
        required
        defaultValue={values.first_name ?? ""}
        error={error("first_name")}
      />
      <Field
        formId="register"
        name="last_name"
        label={t("account.lastName")}
        optional={t("account.optional")}
        autoComplete="family-name"
        defaultValue={values.last_name ?? ""}
        error={error("last_name")}
      />
      <Field
        formId="register"
        name="email"
        type="email"
        label={t("account.email")}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={values.email ?? ""}
        error={error("email")}
      />
      <Field
        formId="register"
        name="phone"
        type="tel"
        label={t("account.phone")}
        optional={t("account.optional")}
        hint={t("checkout.field.phoneHint")}
        autoComplete="tel"
        inputMode="tel"
        defaultValue={values.phone ?? ""}
        error={error("phone")}
      />
      <Field
        formId="register"
        name="password"
        type="password"
        label={t("account.password")}
        hint={t("account.passwordHint", { min: MIN_PASSWORD })}
        autoComplete="new-password"
        minLength={MIN_PASSWORD}
        required
        error={error("password")}
      />
      <SubmitButton pendingText={t("account.pending")} testId="register-submit">
        {t("account.registerSubmit")}
      </SubmitButton>
    </form>
  )
}
