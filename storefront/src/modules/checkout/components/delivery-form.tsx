"use client"

import type { ShippingGroup } from "@karya-binaan/contracts"
import { useActionState } from "react"
import type { MessageKey } from "@/i18n"
import { useT } from "@/i18n/client"
import { saveDeliveryAction } from "../actions"
import { optionEstimate, optionPrice, optionTitle } from "../delivery"
import { EMPTY_FORM_STATE, type FormState } from "../form-state"
import { defaultOptionId, deliveryFieldName, orderedOptions } from "../validation"
import { ErrorSummary, FieldError, RadioChoice, SubmitButton } from "./form-parts"

const FORM_ID = "checkout-delivery"

export type DeliveryGroupView = ShippingGroup & { lines: { id: string; title: string; quantity: number }[] }

/**
 * Step 2: one choice per lapas from the backend's options for the cart's address and parcel:
 * each courier service with its price and estimate (the cheapest preselected), pickup at the
 * lapas last and free.
 */
export function DeliveryForm({ groups }: { groups: DeliveryGroupView[] }) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(saveDeliveryAction, EMPTY_FORM_STATE)
  const labels = Object.fromEntries(
    groups.map((g) => [deliveryFieldName(g.lapas.id), t("checkout.deliveryFrom", { lapas: g.lapas.name })])
  )
  return (
    <form action={formAction} noValidate className="checkout-form" data-testid="delivery-form">
      <ErrorSummary state={state} formId={FORM_ID} labels={labels} testId="checkout-error" />
      <p className="muted">{t("checkout.deliveryIntro")}</p>
      {groups.map((group) => {
        const name = deliveryFieldName(group.lapas.id)
        const chosen = state.values?.[name] ?? defaultOptionId(group) ?? ""
        const errorKey = state.errors?.[name] as MessageKey | undefined
        const errorId = `${FORM_ID}-${name}-error`
        const legendId = `${FORM_ID}-${name}-legend`
        return (
          <fieldset
            key={group.lapas.id}
            className={`form-section delivery-group${errorKey ? " form-section--invalid" : ""}`}
            data-testid="delivery-group"
            aria-describedby={errorKey ? errorId : undefined}
          >
            <legend className="form-section__title" id={legendId}>
              {t("checkout.deliveryFrom", { lapas: group.lapas.name })}
              {group.lapas.city ? <span className="muted"> · {group.lapas.city}</span> : null}
            </legend>
            <ul className="delivery-group__items muted" role="list">
              {group.lines.map((line) => (
                <li key={line.id}>
                  {line.quantity} × {line.title}
                </li>
              ))}
            </ul>
            {errorKey && <FieldError id={errorId}>{t(errorKey)}</FieldError>}
            {group.options.length === 0 ? (
              <p className="notice notice--error">{t("checkout.deliveryNone")}</p>
            ) : (
              <div className="choice-list">
                {orderedOptions(group.options).map((option, index) => (
                  <RadioChoice
                    key={option.id}
                    formId={FORM_ID}
                    name={name}
                    index={index}
                    value={option.id}
                    defaultChecked={chosen === option.id}
                    aria-invalid={errorKey ? true : undefined}
                    data-kind={option.kind}
                    data-courier={option.courier ?? undefined}
                    data-service={option.service ?? undefined}
                    cardTestId="delivery-option"
                    title={optionTitle(option, t)}
                    detail={
                      option.kind === "pickup"
                        ? t("checkout.deliveryPickupDetail", { lapas: group.lapas.name })
                        : (optionEstimate(option, t) ?? t("checkout.deliveryCourier"))
                    }
                    price={optionPrice(option, t)}
                  />
                ))}
              </div>
            )}
          </fieldset>
        )
      })}
      <SubmitButton pendingText={t("checkout.saving")} testId="checkout-submit">
        {t("checkout.deliverySubmit")}
      </SubmitButton>
    </form>
  )
}
