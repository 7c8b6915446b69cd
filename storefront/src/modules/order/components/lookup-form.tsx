"use client"

import { useActionState } from "react"
import type { MessageKey } from "@/i18n"
import { useT } from "@/i18n/client"
import { ErrorSummary, Field, SubmitButton } from "@/modules/checkout/components/form-parts"
import { EMPTY_FORM_STATE, type FormState } from "@/modules/checkout/form-state"
import { lookupOrderAction } from "../actions"

const FORM_ID = "lookup"

/** Order number + email → the order page, or a clear "not found". */
export function LookupForm() {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(lookupOrderAction, EMPTY_FORM_STATE)
  const error = (field: string) => (state.errors?.[field] ? t(state.errors[field] as MessageKey) : undefined)
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
        formId={FORM_ID}
        name="number"
        label={t("lookup.number")}
        hint={t("lookup.numberHint")}
        inputMode="numeric"
        autoComplete="off"
        required
        defaultValue={state.values?.number ?? ""}
        error={error("number")}
      />
      <Field
        formId={FORM_ID}
        name="email"
        type="email"
        label={t("lookup.email")}
        hint={t("lookup.emailHint")}
        inputMode="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ""}
        error={error("email")}
      />
      <SubmitButton pendingText={t("lookup.searching")} testId="lookup-submit">
        {t("lookup.submit")}
      </SubmitButton>
    </form>
  )
}
