"use client"

import { useActionState } from "react"
import { useT } from "@/i18n/client"
import { placeOrderAction } from "../actions"
import { EMPTY_FORM_STATE, type FormState } from "../form-state"
import { ErrorSummary, SubmitButton } from "./form-parts"

/** "Buat pesanan" for bank transfer: the server completes the cart and opens the order page. */
export function PlaceOrderForm({ notice }: { notice?: string }) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(placeOrderAction, EMPTY_FORM_STATE)
  return (
    <form action={formAction} className="checkout-form place-order" data-testid="place-order-form">
      <ErrorSummary state={state} formId="checkout-place" testId="checkout-error" title={t("checkout.error.placeTitle")} />
      {notice && <p className="muted">{notice}</p>}
      <SubmitButton pendingText={t("checkout.placing")} testId="place-order">
        {t("checkout.place")}
      </SubmitButton>
    </form>
  )
}
