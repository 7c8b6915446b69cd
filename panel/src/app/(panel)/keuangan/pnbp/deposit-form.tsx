"use client"

import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { financeMessages } from "@/i18n/finance"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import styles from "../finance.module.css"

/** Record a PNBP deposit; `action` is recordDepositAction (a fake in tests). */
export function DepositForm({
  action,
  lapasId,
  periodFrom,
  periodTo,
  today,
}: {
  action: FormAction
  /** A national member's chosen lapas; finance record for their own. */
  lapasId?: string
  periodFrom: string
  periodTo: string
  today: string
}) {
  const t = useT(financeMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback
  return (
    <form action={formAction} className="form" noValidate data-testid="deposit-form">
      <h2 className="section-title">{t("deposit.title")}</h2>
      <p className="muted">{t("deposit.intro")}</p>
      {lapasId ? <input type="hidden" name="lapas_id" value={lapasId} /> : null}
      <Field
        label={t("deposit.ntpn")}
        name="ntpn"
        hint={t("deposit.ntpnHint")}
        autoComplete="off"
        autoCapitalize="characters"
        required
        defaultValue={value("ntpn")}
        error={state.fieldErrors?.ntpn}
      />
      <Field
        label={t("deposit.billing")}
        name="billing_code"
        hint={t("deposit.billingHint")}
        inputMode="numeric"
        autoComplete="off"
        required
        defaultValue={value("billing_code")}
        error={state.fieldErrors?.billing_code}
      />
      <div className={styles.twoFields}>
        <Field
          label={t("deposit.date")}
          name="deposited_on"
          type="date"
          max={today}
          required
          defaultValue={value("deposited_on", today)}
          error={state.fieldErrors?.deposited_on}
        />
        <Field
          label={t("deposit.amount")}
          name="amount"
          inputMode="numeric"
          hint={t("deposit.amountHint")}
          autoComplete="off"
          required
          defaultValue={value("amount")}
          error={state.fieldErrors?.amount}
        />
      </div>
      <div className={styles.twoFields}>
        <Field
          label={t("deposit.periodFrom")}
          name="period_from"
          type="date"
          required
          defaultValue={value("period_from", periodFrom)}
          error={state.fieldErrors?.period_from}
        />
        <Field
          label={t("deposit.periodTo")}
          name="period_to"
          type="date"
          required
          defaultValue={value("period_to", periodTo)}
          error={state.fieldErrors?.period_to}
        />
      </div>
      <Field label={t("deposit.note")} name="note" autoComplete="off" defaultValue={value("note")} maxLength={500} />
      {state.error ? (
        <Notice tone="danger" testId="deposit-error">
          {state.error}
        </Notice>
      ) : null}
      {state.success ? (
        <Notice tone="success" testId="deposit-saved">
          {state.success}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel={t("deposit.saving")}>{t("deposit.submit")}</SubmitButton>
    </form>
  )
}
