"use client"

import type { PaymentKind } from "@karya-binaan/contracts"
import { useActionState } from "react"
import type { MessageKey } from "@/i18n"
import { useT } from "@/i18n/client"
import { savePaymentAction } from "../actions"
import { EMPTY_FORM_STATE, type FormState } from "../form-state"
import { ErrorSummary, FieldError, RadioChoice, SubmitButton } from "./form-parts"

const FORM_ID = "checkout-payment"

export type PaymentChoice = { id: string; kind: Exclude<PaymentKind, "other"> }

/**
 * Step 3: the payment methods the region offers and the storefront can take. `bankTransferHint`:
 * the server's words for this cart's transfers (one per lapas), else the general hint.
 */
export function PaymentForm({
  methods,
  selected,
  bankTransferHint,
}: {
  methods: PaymentChoice[]
  selected: string | null
  bankTransferHint?: string | null
}) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(savePaymentAction, EMPTY_FORM_STATE)
  const chosen = state.values?.provider_id || selected || methods[0]?.id || ""
  const errorKey = state.errors?.provider_id as MessageKey | undefined
  const errorId = `${FORM_ID}-error`
  return (
    <form action={formAction} noValidate className="checkout-form" data-testid="payment-form">
      <ErrorSummary
        state={state}
        formId={FORM_ID}
        labels={{ provider_id: t("checkout.paymentTitle") }}
        testId="checkout-error"
      />
      <fieldset className="form-section" aria-describedby={errorKey ? errorId : undefined}>
        <legend className="form-section__title">{t("checkout.paymentTitle")}</legend>
        {errorKey && <FieldError id={errorId}>{t(errorKey)}</FieldError>}
        <div className="choice-list">
          {methods.map((method, index) => (
            <RadioChoice
              key={method.id}
              formId={FORM_ID}
              name="provider_id"
              index={index}
              value={method.id}
              defaultChecked={chosen === method.id}
              data-testid={`payment-${method.kind}`}
              title={method.kind === "card" ? t("checkout.paymentCard") : t("checkout.paymentBankTransfer")}
              detail={
                method.kind === "card" ? t("checkout.paymentCardHint") : bankTransferHint || t("checkout.paymentBankTransferHint")
              }
            />
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingText={t("checkout.saving")} testId="checkout-submit">
        {t("checkout.paymentSubmit")}
      </SubmitButton>
    </form>
  )
}
