"use client"

import { formatDate, formatRupiah, type LapasTimeZone } from "@karya-binaan/format"
import { useActionState, useState } from "react"
import { interpolate } from "@/i18n/translate"
import { Field, FieldError, SubmitButton, useVersion } from "@/modules/checkout/components/form-parts"
import { sendTransferNoticeAction } from "../actions"
import {
  EMPTY_NOTICE_STATE,
  PROOF_ACCEPT,
  proofProblem,
  noticeHasErrors,
  type ProofProblem,
  type TransferNoticeState,
} from "../transfer-notice"

/**
 * The texts of the form, translated by the server (like CopyButton's), so no catalogue travels
 * to the browser. `sent` and `sentDetail` keep their {lapas}, {amount} and {date} placeholders.
 */
export type TransferNoticeTexts = {
  open: string
  openAgain: string
  title: string
  amount: string
  amountHint: string
  date: string
  dateHint: string
  sender: string
  senderHint: string
  bank: string
  optional: string
  proof: string
  proofHint: string
  proofTooLarge: string
  proofNotImage: string
  orderMissing: string
  unavailable: string
  submit: string
  sending: string
  sent: string
  sentDetail: string
  errorTitle: string
}

/**
 * "Saya sudah transfer" for one lapas's account: a disclosure (works without JavaScript) holding
 * the form, amount prefilled with the part's amount and the day with today in the lapas's zone.
 * Once the lapas was told (now, or earlier: `notice`), the account says so and the button
 * becomes "Kirim ulang".
 */
export function TransferNotice({
  orderId,
  lapasHandle,
  lapasName,
  amount,
  today,
  zone,
  locale,
  notice,
  texts,
}: {
  orderId: string
  lapasHandle: string
  lapasName: string
  /** The part's amount, whole rupiah. */
  amount: number
  /** YYYY-MM-DD in the lapas's zone. */
  today: string
  zone: LapasTimeZone
  locale: "id" | "en"
  /** The buyer's latest notice for this part, as the backend recorded it. */
  notice: { amount: number; transferred_on: string } | null
  texts: TransferNoticeTexts
}) {
  const [state, formAction] = useActionState<TransferNoticeState, FormData>(sendTransferNoticeAction, EMPTY_NOTICE_STATE)
  const version = useVersion(state)
  const [proofError, setProofError] = useState<string | null>(null)
  const formId = `transfer-notice-${lapasHandle}`
  const sent = state.sent ?? notice
  const failed = noticeHasErrors(state)
  const values = state.values ?? {}
  const proofText = (problem: ProofProblem | null | undefined) =>
    problem === "too_large" ? texts.proofTooLarge : problem === "not_image" ? texts.proofNotImage : undefined
  const errors = { ...state.errors, ...(state.proof ? { proof: proofText(state.proof) } : {}) }
  const failure = state.failure === "order_missing" ? texts.orderMissing : state.failure === "unavailable" ? texts.unavailable : null
  const day = (value: string) => {
    try {
      return formatDate(`${value}T12:00:00Z`, zone, locale)
    } catch {
      return value
    }
  }
  return (
    <div className="transfer-notice" data-testid="transfer-notice" data-lapas={lapasHandle}>
      {sent && (
        <p className="notice notice--success" role="status" data-testid="transfer-notice-sent">
          {interpolate(texts.sent, { lapas: lapasName })}{" "}
          {interpolate(texts.sentDetail, { amount: formatRupiah(sent.amount), date: day(sent.transferred_on) })}
        </p>
      )}
      {/* Remounted after every answer: open again with the refilled fields when refused, closed once sent. */}
      <details key={version} className="transfer-notice__details" open={failed || undefined}>
        <summary className="button button--ghost" data-testid={`transfer-notice-open-${lapasHandle}`}>
          {sent ? texts.openAgain : texts.open}
        </summary>
        <form action={formAction} noValidate className="checkout-form transfer-notice__form" data-testid="transfer-notice-form">
          <p className="transfer-notice__title">{interpolate(texts.title, { lapas: lapasName })}</p>
          {failed && (
            <div className="error-summary" role="alert" data-testid="transfer-notice-error">
              <p className="error-summary__title">{texts.errorTitle}</p>
              <ul className="error-summary__list">
                {failure && <li>{failure}</li>}
                {state.message && <li>{state.message}</li>}
                {Object.entries(errors)
                  .filter(([, text]) => text)
                  .map(([name, text]) => (
                    <li key={name}>
                      <a href={`#${formId}-${name}`}>{text}</a>
                    </li>
                  ))}
              </ul>
            </div>
          )}
          <input type="hidden" name="order_id" value={orderId} />
          <input type="hidden" name="lapas_handle" value={lapasHandle} />
          <Field
            formId={formId}
            name="amount"
            label={texts.amount}
            hint={texts.amountHint}
            error={errors.amount}
            defaultValue={values.amount ?? String(amount)}
            inputMode="numeric"
            autoComplete="off"
            required
            data-testid="transfer-notice-amount"
          />
          <Field
            formId={formId}
            name="transferred_on"
            type="date"
            label={texts.date}
            hint={texts.dateHint}
            error={errors.transferred_on}
            defaultValue={values.transferred_on || today}
            max={today}
            required
            data-testid="transfer-notice-date"
          />
          <Field
            formId={formId}
            name="sender_name"
            label={texts.sender}
            hint={texts.senderHint}
            optional={texts.optional}
            error={errors.sender_name}
            defaultValue={values.sender_name ?? ""}
            maxLength={120}
            autoComplete="name"
            data-testid="transfer-notice-sender"
          />
          <Field
            formId={formId}
            name="sender_bank"
            label={texts.bank}
            optional={texts.optional}
            error={errors.sender_bank}
            defaultValue={values.sender_bank ?? ""}
            maxLength={80}
            autoComplete="off"
            data-testid="transfer-notice-bank"
          />
          <Field
            formId={formId}
            name="proof"
            type="file"
            accept={PROOF_ACCEPT}
            label={texts.proof}
            hint={texts.proofHint}
            optional={texts.optional}
            error={errors.proof}
            data-testid="transfer-notice-proof"
            onChange={(event) => {
              // Said at once, not after the upload: the photo is taken off again.
              const file = event.currentTarget.files?.[0] ?? null
              const problem = proofProblem(file)
              setProofError(proofText(problem) ?? null)
              if (problem) event.currentTarget.value = ""
            }}
          >
            {proofError && !errors.proof && <FieldError id={`${formId}-proof-error`}>{proofError}</FieldError>}
          </Field>
          <SubmitButton pendingText={texts.sending} testId="transfer-notice-submit" className="button button--primary">
            {texts.submit}
          </SubmitButton>
        </form>
      </details>
    </div>
  )
}
