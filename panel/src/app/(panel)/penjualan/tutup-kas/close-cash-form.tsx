"use client"

import type { CashClosingMethodTotal } from "@karya-binaan/contracts"
import { formatRupiah } from "@karya-binaan/format"
import { useActionState, useState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import styles from "../riwayat/direct-sales.module.css"
import { cashDifference, describeDifference, expectedCash, parseRupiahAmount } from "./closing-rules"

/**
 * The cash count: opening float and counted cash, with the expected cash and the difference
 * worked out as they are typed; a reason is asked for (and required) once the difference is not 0.
 */
export function CloseCashForm({
  action,
  venueId,
  day,
  byMethod,
}: {
  action: FormAction
  venueId: string
  day: string
  byMethod: CashClosingMethodTotal[]
}) {
  const t = useT(directSalesAdminMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const [float, setFloat] = useState(state.values?.opening_float ?? "")
  const [counted, setCounted] = useState(state.values?.counted_cash ?? "")
  const floatAmount = float.trim() === "" ? BigInt(0) : parseRupiahAmount(float)
  const countedAmount = parseRupiahAmount(counted)
  const expected = floatAmount === null ? null : expectedCash(byMethod, floatAmount)
  const difference = expected !== null && countedAmount !== null ? cashDifference(countedAmount, expected) : null
  const described = difference === null ? null : describeDifference(difference)
  const needsReason = difference !== null && difference !== BigInt(0)

  return (
    <form action={formAction} className="order-form" data-testid="close-cash-form">
      <h2 className="order-form__title">{t("closing.formTitle")}</h2>
      <input type="hidden" name="venue_id" value={venueId} />
      <input type="hidden" name="business_date" value={day} />
      <Field
        label={t("closing.openingFloat")}
        name="opening_float"
        id="closing-opening-float"
        inputMode="numeric"
        autoComplete="off"
        placeholder="0"
        hint={t("closing.openingFloatHint")}
        value={float}
        onChange={(event) => setFloat(event.target.value)}
        error={state.fieldErrors?.opening_float}
      />
      <Field
        label={t("closing.counted")}
        name="counted_cash"
        id="closing-counted"
        inputMode="numeric"
        autoComplete="off"
        required
        hint={t("closing.countedHint")}
        value={counted}
        onChange={(event) => setCounted(event.target.value)}
        error={state.fieldErrors?.counted_cash}
      />
      <dl className="order-sums" aria-live="polite">
        <div>
          <dt>{t("closing.expectedCash")}</dt>
          <dd data-testid="closing-expected-cash">{expected === null ? "–" : formatRupiah(expected)}</dd>
        </div>
        <div className="order-sums__total">
          <dt>{t("closing.difference")}</dt>
          <dd data-testid="closing-difference" className={described ? `${styles.difference} ${styles[described.kind]}` : styles.difference}>
            {described
              ? described.kind === "even"
                ? t("closing.even")
                : t(`closing.${described.kind}`, { amount: formatRupiah(described.amount) })
              : "–"}
          </dd>
        </div>
      </dl>
      {needsReason || state.values?.reason || state.fieldErrors?.reason ? (
        <Field
          label={t("closing.reason")}
          name="reason"
          id="closing-reason"
          required={needsReason}
          minLength={5}
          maxLength={500}
          hint={t("closing.reasonHint")}
          defaultValue={state.values?.reason ?? ""}
          error={state.fieldErrors?.reason}
        />
      ) : null}
      {state.error ? (
        <Notice tone="danger" testId="close-cash-error">
          {state.error}
        </Notice>
      ) : null}
      {state.fieldErrors?.venue_id || state.fieldErrors?.business_date ? (
        <Notice tone="danger" testId="close-cash-error">
          {state.fieldErrors.venue_id ?? state.fieldErrors.business_date}
        </Notice>
      ) : null}
      {state.success ? (
        <Notice tone="success" testId="close-cash-success">
          {state.success}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel={t("closing.pending")}>{t("closing.submit")}</SubmitButton>
    </form>
  )
}
