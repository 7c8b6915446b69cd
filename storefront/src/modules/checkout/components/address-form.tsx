"use client"

import { useActionState } from "react"
import { useT } from "@/i18n/client"
import { saveAddressAction } from "../actions"
import type { AreaLists } from "../areas"
import { EMPTY_FORM_STATE, type FormState } from "../form-state"
import type { AddressValues } from "../validation"
import { AddressFields, addressLabels } from "./address-fields"
import { ErrorSummary, SubmitButton, useVersion } from "./form-parts"

const FORM_ID = "checkout-address"

/** Step 1 of checkout: contact email and delivery address, checked on the server. */
export function AddressForm({ initial, areas }: { initial: AddressValues; areas: AreaLists }) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(saveAddressAction, EMPTY_FORM_STATE)
  const version = useVersion(state)
  const values = { ...initial, ...(state.values ?? {}) } as AddressValues
  return (
    <form action={formAction} noValidate className="checkout-form" data-testid="address-form">
      <ErrorSummary state={state} formId={FORM_ID} labels={addressLabels(t, true)} testId="checkout-error" />
      <AddressFields
        key={version}
        formId={FORM_ID}
        values={values}
        areas={state.areas ?? areas}
        errors={state.errors}
        includeEmail
        t={t}
      />
      <SubmitButton pendingText={t("checkout.saving")} testId="checkout-submit">
        {t("checkout.addressSubmit")}
      </SubmitButton>
    </form>
  )
}
