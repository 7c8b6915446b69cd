"use client"

import type { ClosePeriodPreviewResponse } from "@karya-binaan/contracts"
import { formatRupiah } from "@karya-binaan/format"
import { useActionState } from "react"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { financeMessages } from "@/i18n/finance"
import { depositStatusText } from "@/lib/deposit-status"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import styles from "../finance.module.css"

/**
 * Close a month, after ticking that the figures were checked; `action` is closeMonthAction. With
 * the close preview it first says what stays outstanding or over-deposited (and asks a second tick
 * for it) and, when earlier months are open, names them instead of offering the button.
 */
export function CloseMonthForm({
  action,
  lapasId,
  month,
  label,
  preview,
  openMonthNames,
}: {
  action: FormAction
  lapasId?: string
  /** YYYY-MM */
  month: string
  /** The month in words, e.g. "November 2026". */
  label: string
  /** GET /lapas-api/periods/preview for the month, when it could be read. */
  preview?: ClosePeriodPreviewResponse | null
  /** The preview's earlier open months in words, in its order (a server page passes data, not functions). */
  openMonthNames?: string[]
}) {
  const t = useT(financeMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const confirmError = state.fieldErrors?.confirm
  const differenceError = state.fieldErrors?.confirm_difference
  const status = preview ? depositStatusText(t, preview.status, preview.difference) : null
  const openBefore = preview?.open_months_before ?? []
  const blocked = Boolean(preview && openBefore.length)
  const statusNote = preview
    ? {
        no_activity: t("preview.noActivity", { month: label }),
        settled: t("preview.settled", { month: label }),
        under_deposited: t("preview.under", { month: label, amount: formatRupiah(preview.difference) }),
        over_deposited: t("preview.over", { month: label, amount: formatRupiah(preview.difference) }),
      }[preview.status]
    : null
  return (
    <form action={formAction} className="form" noValidate data-testid="close-month-form">
      <h2 className="section-title">{t("close.title")}</h2>
      <p className="muted">{t("close.intro", { month: label })}</p>
      {preview ? (
        <div data-testid="close-preview">
          <h3 className="section-title">{t("preview.title", { month: label })}</h3>
          {blocked ? (
            <Notice tone="danger" testId="close-open-before">
              {t("preview.openBefore", { months: (openMonthNames ?? openBefore).join(", ") })}
            </Notice>
          ) : null}
          <Notice tone={preview.needs_confirmation ? "warning" : "info"} testId="close-preview-status">
            {statusNote}
          </Notice>
        </div>
      ) : null}
      <input type="hidden" name="month" value={month} />
      {preview?.needs_confirmation ? <input type="hidden" name="needs_confirmation" value="yes" /> : null}
      {lapasId ? <input type="hidden" name="lapas_id" value={lapasId} /> : null}
      <ConfirmBox id="close-confirm" name="confirm" label={t("close.confirm", { month: label })} error={confirmError} />
      {preview?.needs_confirmation ? (
        <ConfirmBox
          id="close-confirm-difference"
          name="confirm_difference"
          label={t("preview.confirmDifference", { month: label, status: status ?? "" })}
          error={differenceError}
        />
      ) : differenceError ? (
        <p id="close-confirm-difference-error" className="field__error">
          {differenceError}
        </p>
      ) : null}
      {state.error ? (
        <Notice tone="danger" testId="close-error">
          {state.error}
        </Notice>
      ) : null}
      {state.success ? (
        <Notice tone="success" testId="close-done">
          {state.success}
        </Notice>
      ) : null}
      {blocked ? null : (
        <SubmitButton variant="danger" pendingLabel={t("close.saving")}>
          {t("close.submit", { month: label })}
        </SubmitButton>
      )}
    </form>
  )
}

/** A tick the member must give before closing, with its error under it. */
function ConfirmBox({ id, name, label, error }: { id: string; name: string; label: string; error?: string }) {
  return (
    <>
      <div className={styles.confirm}>
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  )
}
