"use client"

import { useActionState } from "react"
import { useT } from "@/i18n/client"
import { ErrorSummary, Field, SubmitButton, useStateFields } from "@/modules/checkout/components/form-parts"
import { EMPTY_FORM_STATE, type FormState } from "@/modules/checkout/form-state"
import { lookupOrderAction } from "../actions"

const FORM_ID = "lookup"

/** Order number + email → the order page, or a clear "not found". */
export function LookupForm() {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(lookupOrderAction, EMPTY_FORM_STATE)
  const field = useStateFields(FORM_ID, state)
  return (
    <form action={formAction} noValidate className="checkout-form" data-testid="lookup-form">
      <ErrorSummary
        state={state}
        formId={FORM_ID}
        labels={{ number: t("lookup.number"), email: t("lookup.email") }}
        testId="lookup-error"
        title={state.errors ? undefined : t("lookup.errorTitle")}
      />
      <Field
        {...field("number")}
        label={t("lookup.number")}
        hint={t("lookup.numberHint")}
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <Field
        {...field("email")}
        type="email"
        label={t("lookup.email")}
        hint={t("lookup.emailHint")}
        inputMode="email"
        autoComplete="email"
        required
      />
      <SubmitButton pendingText={t("lookup.searching")} testId="lookup-submit">
        {t("lookup.submit")}
      </SubmitButton>
    </form>
  )
}
