"use client"

import { XENDIT_CHANNEL_NAMES, type PaymentKind, type XenditChannel, type XenditMethod } from "@karya-binaan/contracts"
import { useActionState, useState } from "react"
import type { MessageKey } from "@/i18n"
import { useT } from "@/i18n/client"
import { savePaymentAction } from "../actions"
import { EMPTY_FORM_STATE, type FormState } from "../form-state"
import { OVO_FIELD, XENDIT_GROUPS, xenditChoiceValue } from "../xendit"
import { ErrorSummary, Field, FieldError, RadioChoice, SubmitButton } from "./form-parts"

const FORM_ID = "checkout-payment"

export type PaymentChoice = { id: string; kind: Exclude<PaymentKind, "other"> }

const GROUP_TEXT: Record<XenditMethod, { title: MessageKey; hint: MessageKey }> = {
  qris: { title: "xendit.groupQris", hint: "xendit.groupQrisHint" },
  virtual_account: { title: "xendit.groupVa", hint: "xendit.groupVaHint" },
  ewallet: { title: "xendit.groupEwallet", hint: "xendit.groupEwalletHint" },
}

function channelDetail(channel: XenditChannel, method: XenditMethod, t: ReturnType<typeof useT>): string {
  if (method === "qris") return t("xendit.channelQrisDetail")
  if (method === "virtual_account") return t("xendit.channelVaDetail")
  if (channel === "OVO") return t("xendit.channelOvoDetail")
  return t("xendit.channelWalletDetail", { wallet: XENDIT_CHANNEL_NAMES[channel] })
}

/**
 * Step 3: the payment methods the region offers and the storefront can take. Bank transfer first
 * (`bankTransferHint`: the server's words for this cart's transfers, one per lapas); Xendit's
 * channels grouped as QRIS, virtual accounts and e-wallets (OVO asks for the buyer's OVO number);
 * card last. Each radio's value names the provider (and the Xendit channel).
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
  const withXendit = methods.some((method) => method.kind === "xendit")
  const values = methods.flatMap((method) =>
    method.kind === "xendit" ? XENDIT_GROUPS.flatMap((group) => group.channels.map(xenditChoiceValue)) : [method.id]
  )
  const initial = [state.values?.provider_id, selected].find((value) => value && values.includes(value)) ?? values[0] ?? ""
  const [chosen, setChosen] = useState(initial)
  const [seenState, setSeenState] = useState(state)
  if (seenState !== state) {
    // A refused answer refills the buyer's choice.
    setSeenState(state)
    setChosen(initial)
  }
  const errorKey = state.errors?.provider_id as MessageKey | undefined
  const ovoErrorKey = state.errors?.[OVO_FIELD] as MessageKey | undefined
  const errorId = `${FORM_ID}-error`
  const ovoValue = xenditChoiceValue("OVO")
  let index = 0
  const radio = (value: string, testId: string, title: string, detail: string) => (
    <RadioChoice
      key={value}
      formId={FORM_ID}
      name="provider_id"
      index={index++}
      value={value}
      defaultChecked={initial === value}
      onChange={() => setChosen(value)}
      data-testid={testId}
      title={title}
      detail={detail}
    />
  )
  return (
    <form action={formAction} noValidate className="checkout-form" data-testid="payment-form">
      <ErrorSummary
        state={state}
        formId={FORM_ID}
        labels={{ provider_id: t("checkout.paymentTitle"), [OVO_FIELD]: t("xendit.ovoNumber") }}
        testId="checkout-error"
      />
      <fieldset className="form-section" aria-describedby={errorKey ? errorId : undefined}>
        <legend className="form-section__title">{t("checkout.paymentTitle")}</legend>
        {errorKey && <FieldError id={errorId}>{t(errorKey)}</FieldError>}
        <div className="choice-list">
          {methods
            .filter((method) => method.kind === "bank_transfer")
            .map((method) =>
              radio(method.id, `payment-${method.kind}`, t("checkout.paymentBankTransfer"), bankTransferHint || t("checkout.paymentBankTransferHint"))
            )}
        </div>
        {withXendit &&
          XENDIT_GROUPS.map((group) => (
            <div
              key={group.method}
              className="choice-group"
              role="group"
              aria-labelledby={`${FORM_ID}-${group.method}`}
              data-testid={`payment-group-${group.method}`}
            >
              <p className="choice-group__title" id={`${FORM_ID}-${group.method}`}>
                {t(GROUP_TEXT[group.method].title)}
              </p>
              <p className="choice-group__hint muted">{t(GROUP_TEXT[group.method].hint)}</p>
              <div className="choice-list">
                {group.channels.map((channel) =>
                  radio(
                    xenditChoiceValue(channel),
                    `payment-xendit-${channel}`,
                    XENDIT_CHANNEL_NAMES[channel],
                    channelDetail(channel, group.method, t)
                  )
                )}
              </div>
              {group.method === "ewallet" && (chosen === ovoValue || ovoErrorKey) && (
                <Field
                  formId={FORM_ID}
                  name={OVO_FIELD}
                  label={t("xendit.ovoNumber")}
                  hint={t("xendit.ovoNumberHint")}
                  error={ovoErrorKey ? t(ovoErrorKey) : undefined}
                  defaultValue={state.values?.[OVO_FIELD] ?? ""}
                  type="tel"
                  inputMode="tel"
                  autoComplete="tel"
                  data-testid="ovo-number"
                />
              )}
            </div>
          ))}
        <div className="choice-list">
          {methods
            .filter((method) => method.kind === "card")
            .map((method) => radio(method.id, `payment-${method.kind}`, t("checkout.paymentCard"), t("checkout.paymentCardHint")))}
        </div>
      </fieldset>
      <SubmitButton pendingText={t("checkout.saving")} testId="checkout-submit">
        {t("checkout.paymentSubmit")}
      </SubmitButton>
    </form>
  )
}
