"use client"

import { useActionState, useState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { INITIAL_FORM_STATE, type FormAction, type FormState } from "@/lib/forms"

// One sale's forms (void with a confirm step, settle negative stock) and the receipt link's copy button.

function Outcome({ state, testId }: { state: FormState; testId: string }) {
  if (state.error) return <Notice tone="danger" testId={`${testId}-error`}>{state.error}</Notice>
  if (state.success) return <Notice tone="success" testId={`${testId}-success`}>{state.success}</Notice>
  return null
}

/**
 * Voiding in two steps: the reason, then "Yakin …?" with the sale's number and total before
 * anything is sent. A refused reason comes back to the first step with the message under it.
 */
export function VoidSaleForm({ action, saleId, number, total }: { action: FormAction; saleId: string; number: string; total: string }) {
  const t = useT(directSalesAdminMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const [reason, setReason] = useState(state.values?.reason ?? "")
  const [confirming, setConfirming] = useState(false)
  const [tooShort, setTooShort] = useState(false)
  const [seen, setSeen] = useState(state)
  if (seen !== state) {
    // A new answer from the server: back to the reason when it refused.
    setSeen(state)
    if (state.fieldErrors || state.error) setConfirming(false)
  }
  const reasonError = tooShort ? t("void.reasonInvalid") : state.fieldErrors?.reason

  if (state.success) return <Outcome state={state} testId="void" />
  return (
    <details className="order-cancel" open={confirming || Boolean(state.fieldErrors || state.error) || undefined}>
      <summary>{t("void.title")}</summary>
      <form action={formAction} className="order-form" data-testid="void-form">
        <p className="order-form__intro">{t("void.intro")}</p>
        <input type="hidden" name="sale_id" value={saleId} />
        {confirming ? (
          <>
            <input type="hidden" name="reason" value={reason} />
            <Notice tone="warning" testId="void-confirm">
              <p>{t("void.confirm", { number, total })}</p>
              <p>
                {t("void.reason")}: {reason}
              </p>
            </Notice>
            <div className="shipping-actions">
              <SubmitButton variant="danger" pendingLabel={t("void.pending")}>
                {t("void.submit")}
              </SubmitButton>
              <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
                {t("void.back")}
              </button>
            </div>
          </>
        ) : (
          <>
            <Field
              label={t("void.reason")}
              name="reason"
              required
              minLength={5}
              maxLength={500}
              hint={t("void.reasonHint")}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value)
                setTooShort(false)
              }}
              error={reasonError}
            />
            <Outcome state={state} testId="void" />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                if (reason.trim().length < 5) setTooShort(true)
                else setConfirming(true)
              }}
            >
              {t("void.next")}
            </button>
          </>
        )}
      </form>
    </details>
  )
}

export function SettleStockForm({ action, saleId }: { action: FormAction; saleId: string }) {
  const t = useT(directSalesAdminMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  if (state.success) return <Outcome state={state} testId="settle" />
  return (
    <form action={formAction} className="order-form" data-testid="settle-form">
      <h3 className="order-form__title">{t("settle.title")}</h3>
      <input type="hidden" name="sale_id" value={saleId} />
      <Field
        label={t("settle.note")}
        name="note"
        required
        minLength={5}
        maxLength={500}
        hint={t("settle.noteHint")}
        defaultValue={state.values?.note ?? ""}
        error={state.fieldErrors?.note}
      />
      <Outcome state={state} testId="settle" />
      <SubmitButton pendingLabel={t("settle.pending")}>{t("settle.submit")}</SubmitButton>
    </form>
  )
}

/** Copies the buyer's receipt link; says so, or says to copy it by hand where the clipboard is refused. */
export function CopyLinkButton({ url }: { url: string }) {
  const t = useT(directSalesAdminMessages)
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null)
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        data-testid="copy-receipt-link"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url)
            setOutcome("copied")
          } catch {
            setOutcome("failed")
          }
        }}
      >
        {t("receipt.copy")}
      </button>
      {outcome ? (
        <p role="status" className="muted">
          {t(outcome === "copied" ? "receipt.copied" : "receipt.copyFailed")}
        </p>
      ) : null}
    </>
  )
}
