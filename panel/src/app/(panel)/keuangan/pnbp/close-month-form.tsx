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
      <div className={styles.confirm}>
        <input
          id="close-confirm"
          type="checkbox"
          name="confirm"
          value="yes"
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "close-confirm-error" : undefined}
        />
        <label htmlFor="close-confirm">{t("close.confirm", { month: label })}</label>
      </div>
      {confirmError ? (
        <p id="close-confirm-error" className="field__error">
          {confirmError}
        </p>
      ) : null}
      {preview?.needs_confirmation ? (
        <div className={styles.confirm}>
          <input
            id="close-confirm-difference"
            type="checkbox"
            name="confirm_difference"
            value="yes"
            aria-invalid={differenceError ? true : undefined}
            aria-describedby={differenceError ? "close-confirm-difference-error" : undefined}
          />
          <label htmlFor="close-confirm-difference">{t("preview.confirmDifference", { month: label, status: status ?? "" })}</label>
        </div>
      ) : null}
      {differenceError ? (
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
