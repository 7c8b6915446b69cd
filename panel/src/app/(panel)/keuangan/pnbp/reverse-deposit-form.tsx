"use client"

import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { financeMessages } from "@/i18n/finance"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"

/**
 * "Koreksi" on a deposit row: a reason, then the deposit is reversed (a new, negative entry; the
 * deposit stays on record, struck). `action` is reverseDepositAction (a fake in tests).
 */
export function ReverseDepositForm({ action, depositId, ntpn }: { action: FormAction; depositId: string; ntpn: string }) {
  const t = useT(financeMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  if (state.success) {
    return (
      <Notice tone="success" testId="reverse-done">
        {state.success}
      </Notice>
    )
  }
  return (
    <details data-testid={`reverse-${depositId}`}>
      <summary className="button button--secondary">{t("reverse.action")}</summary>
      <form action={formAction} className="form" noValidate>
        <p className="muted">{t("reverse.hint")}</p>
        <input type="hidden" name="deposit_id" value={depositId} />
        <input type="hidden" name="ntpn" value={ntpn} />
        <Field
          label={t("reverse.reason")}
          name="reason"
          id={`reason-${depositId}`}
          required
          maxLength={500}
          defaultValue={state.values?.reason ?? ""}
          error={state.fieldErrors?.reason}
        />
        {state.error ? (
          <Notice tone="danger" testId="reverse-error">
            {state.error}
          </Notice>
        ) : null}
        <SubmitButton variant="danger" pendingLabel={t("reverse.saving")}>
          {t("reverse.submit")}
        </SubmitButton>
      </form>
    </details>
  )
}
