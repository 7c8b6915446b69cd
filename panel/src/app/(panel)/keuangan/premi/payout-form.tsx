"use client"

import { PAYOUT_METHODS } from "@karya-binaan/contracts"
import { formatRupiah } from "@karya-binaan/format"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { premiMessages } from "@/i18n/premi"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"

export interface PayeeChoice {
  id: string
  code: string
  outstanding: number | string
}

/** Records a premi payout: an inmate with outstanding premi, amount, day paid, method, note. */
export function PayoutForm({ action, payees, today }: { action: FormAction; payees: PayeeChoice[]; today: string }) {
  const t = useT(premiMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  if (!payees.length) return <Notice tone="info">{t("payout.none")}</Notice>
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback
  const select = (name: string, label: string, options: { value: string; label: string }[], placeholder?: string) => (
    <div className={`field${state.fieldErrors?.[name] ? " field--invalid" : ""}`}>
      <label className="field__label" htmlFor={`field-${name}`}>
        {label}
      </label>
      <select
        id={`field-${name}`}
        name={name}
        className="field__input"
        defaultValue={value(name, placeholder === undefined ? options[0]?.value : "")}
        aria-invalid={state.fieldErrors?.[name] ? true : undefined}
        aria-describedby={state.fieldErrors?.[name] ? `field-${name}-error` : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {state.fieldErrors?.[name] ? (
        <p id={`field-${name}-error`} className="field__error">
          {state.fieldErrors[name]}
        </p>
      ) : null}
    </div>
  )
  return (
    <form key={state.success ?? "payout"} action={formAction} className="form" noValidate data-testid="payout-form">
      {select(
        "inmate_id",
        t("payout.inmate"),
        payees.map((p) => ({ value: p.id, label: t("payout.inmateOption", { code: p.code, outstanding: formatRupiah(p.outstanding) }) })),
        t("payout.chooseInmate")
      )}
      <Field
        label={t("payout.amount")}
        name="amount"
        inputMode="numeric"
        autoComplete="off"
        hint={t("payout.amountHint")}
        defaultValue={value("amount")}
        error={state.fieldErrors?.amount}
      />
      <Field
        label={t("payout.paidOn")}
        name="paid_on"
        type="date"
        max={today}
        defaultValue={value("paid_on", today)}
        error={state.fieldErrors?.paid_on}
      />
      {select(
        "method",
        t("payout.method"),
        PAYOUT_METHODS.map((m) => ({ value: m, label: t(`payout.method.${m}`) }))
      )}
      <Field label={t("payout.note")} name="note" autoComplete="off" maxLength={500} defaultValue={value("note")} />
      {state.error ? (
        <Notice tone="danger" testId="form-error">
          {state.error}
        </Notice>
      ) : null}
      {state.success ? (
        <Notice tone="success" testId="form-success">
          {state.success}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel={t("payout.saving")}>{t("payout.submit")}</SubmitButton>
    </form>
  )
}
