"use client"

import { useActionState } from "react"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { financeMessages } from "@/i18n/finance"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import styles from "../finance.module.css"

/** Close a month, after ticking that the figures were checked; `action` is closeMonthAction. */
export function CloseMonthForm({
  action,
  lapasId,
  month,
  label,
}: {
  action: FormAction
  lapasId?: string
  /** YYYY-MM */
  month: string
  /** The month in words, e.g. "November 2026". */
  label: string
}) {
  const t = useT(financeMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const confirmError = state.fieldErrors?.confirm
  return (
    <form action={formAction} className="form" noValidate data-testid="close-month-form">
      <h2 className="section-title">{t("close.title")}</h2>
      <p className="muted">{t("close.intro", { month: label })}</p>
      <input type="hidden" name="month" value={month} />
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
      <SubmitButton variant="danger" pendingLabel={t("close.saving")}>
        {t("close.submit", { month: label })}
      </SubmitButton>
    </form>
  )
}
