"use client"

import { COURIERS, courierByCode, type LapasTimeZone, type PartTransferNotice } from "@karya-binaan/contracts"
import { formatDate, formatDateTime, formatRupiah } from "@karya-binaan/format"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useLocale, useT } from "@/i18n/client"
import { ordersMessages } from "@/i18n/orders"
import { INITIAL_FORM_STATE, type FormAction, type FormState } from "@/lib/forms"

// The order screen's forms; each posts to the server action the page passes in.

function Hidden({ fields }: { fields: Record<string, string | undefined> }) {
  return (
    <>
      {Object.entries(fields)
        .filter(([, value]) => value !== undefined && value !== "")
        .map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
    </>
  )
}

function Outcome({ state, testId }: { state: FormState; testId: string }) {
  if (state.error) return <Notice tone="danger" testId={`${testId}-error`}>{state.error}</Notice>
  if (state.success) return <Notice tone="success" testId={`${testId}-success`}>{state.success}</Notice>
  return null
}

/**
 * The buyer's "Saya sudah transfer" for this part: what they say they sent, when, from whom, the
 * proof photo, and when they said it; a clear warning when the amount is not the part's.
 */
export function TransferNoticeBox({
  notice,
  expected,
  timeZone,
}: {
  notice: PartTransferNotice
  expected: number
  timeZone: LapasTimeZone
}) {
  const t = useT(ordersMessages)
  const locale = useLocale()
  const day = formatDate(`${notice.transferred_on}T12:00:00+07:00`, timeZone, locale)
  const differs = notice.amount !== expected
  return (
    <div className="transfer-notice" data-testid="transfer-notice">
      <p className="transfer-notice__title">{t("notice.title")}</p>
      <dl className="transfer-notice__facts">
        <div>
          <dt>{t("notice.amount")}</dt>
          <dd data-testid="transfer-notice-amount">{formatRupiah(notice.amount)}</dd>
        </div>
        <div>
          <dt>{t("notice.day")}</dt>
          <dd>{day}</dd>
        </div>
        <div>
          <dt>{t("notice.sender")}</dt>
          <dd>{notice.sender_name || "-"}</dd>
        </div>
        <div>
          <dt>{t("notice.bank")}</dt>
          <dd>{notice.sender_bank || "-"}</dd>
        </div>
        <div>
          <dt>{t("notice.sentAt")}</dt>
          <dd>{formatDateTime(notice.noticed_at, timeZone, locale)}</dd>
        </div>
      </dl>
      {notice.proof_url ? (
        <a href={notice.proof_url} target="_blank" rel="noopener noreferrer" className="transfer-notice__proof" data-testid="transfer-notice-proof">
          <img src={notice.proof_url} alt={t("notice.proofAlt")} width={96} height={96} loading="lazy" />
          <span>{t("notice.proof")}</span>
        </a>
      ) : (
        <p className="muted">{t("notice.noProof")}</p>
      )}
      {differs ? (
        <Notice tone="warning" testId="transfer-notice-mismatch">
          {t("notice.mismatch", {
            said: formatRupiah(notice.amount),
            expected: formatRupiah(expected),
            difference: formatRupiah(Math.abs(expected - notice.amount)),
          })}
        </Notice>
      ) : null}
    </div>
  )
}

export function ConfirmTransferForm({
  action,
  orderId,
  lapasId,
  expected,
  today,
  notice = null,
  timeZone = "Asia/Jakarta",
}: {
  action: FormAction
  orderId: string
  lapasId?: string
  expected: number
  /** YYYY-MM-DD in the lapas's zone. */
  today: string
  /** The buyer's latest notice: shown, and the amount and day prefilled from it. */
  notice?: PartTransferNotice | null
  timeZone?: LapasTimeZone
}) {
  const t = useT(ordersMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const amount = formatRupiah(expected)
  // The buyer's day, unless it lies after today (the field allows no later day).
  const noticeDay = notice && notice.transferred_on <= today ? notice.transferred_on : undefined
  return (
    <form action={formAction} className="order-form" aria-labelledby="confirm-title" data-testid="confirm-transfer-form">
      <h3 id="confirm-title" className="order-form__title">{t("confirm.title")}</h3>
      {notice ? <TransferNoticeBox notice={notice} expected={expected} timeZone={timeZone} /> : null}
      <p className="order-form__intro">{t("confirm.intro", { amount })}</p>
      <Hidden fields={{ order_id: orderId, lapas_id: lapasId, expected: String(expected) }} />
      <Field
        label={t("confirm.amount")}
        name="amount"
        inputMode="numeric"
        autoComplete="off"
        required
        defaultValue={state.values?.amount ?? (notice ? String(notice.amount) : "")}
        hint={t("confirm.amountHint", { amount })}
        error={state.fieldErrors?.amount}
      />
      <Field
        label={t("confirm.day")}
        name="transferred_on"
        type="date"
        max={today}
        required
        defaultValue={state.values?.transferred_on ?? noticeDay ?? today}
        error={state.fieldErrors?.transferred_on}
      />
      <Field
        label={t("confirm.proof")}
        name="proof"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        hint={t("confirm.proofHint")}
        error={state.fieldErrors?.proof}
      />
      <Outcome state={state} testId="confirm-transfer" />
      <SubmitButton pendingLabel={t("confirm.pending")}>{t("confirm.submit")}</SubmitButton>
    </form>
  )
}

export function PackForm({
  action,
  orderId,
  lapasId,
  pickup,
}: {
  action: FormAction
  orderId: string
  lapasId?: string
  pickup: boolean
}) {
  const t = useT(ordersMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="order-form" data-testid="pack-form">
      <h3 className="order-form__title">{t("pack.title")}</h3>
      <p className="order-form__intro">{t(pickup ? "pack.introPickup" : "pack.intro")}</p>
      <Hidden fields={{ order_id: orderId, lapas_id: lapasId }} />
      <Outcome state={state} testId="pack" />
      <SubmitButton pendingLabel={t("pack.pending")}>{t(pickup ? "pack.submitPickup" : "pack.submit")}</SubmitButton>
    </form>
  )
}

/** The courier select: every courier of the list, preselected with the one the buyer chose. */
function CourierSelect({
  id,
  chosen,
  value,
  error,
}: {
  id: string
  chosen: string | null
  value: string | undefined
  error: string | undefined
}) {
  const t = useT(ordersMessages)
  const chosenCourier = courierByCode(chosen)
  const hintId = `${id}-hint`
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={["field", error ? "field--invalid" : ""].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {t("ship.courier")}
      </label>
      <select
        id={id}
        name="courier"
        className="field__input"
        required
        defaultValue={value ?? chosenCourier?.code ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
      >
        <option value="" disabled>
          {t("ship.courierChoose")}
        </option>
        {COURIERS.map((courier) => (
          <option key={courier.code} value={courier.code}>
            {courier.name}
          </option>
        ))}
      </select>
      <p id={hintId} className="field__hint">
        {chosenCourier ? t("ship.courierChosen", { courier: chosenCourier.name }) : t("ship.courierHint")}
      </p>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function ShipForm({
  action,
  orderId,
  fulfillmentId,
  title,
  chosenCourier = null,
}: {
  action: FormAction
  orderId: string
  fulfillmentId: string
  title: string
  /** The courier the buyer chose at checkout (a code of COURIERS), preselected. */
  chosenCourier?: string | null
}) {
  const t = useT(ordersMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="order-form" data-testid="ship-form">
      <h3 className="order-form__title">{title}</h3>
      <Hidden fields={{ order_id: orderId, fulfillment_id: fulfillmentId }} />
      <CourierSelect
        id={`courier-${fulfillmentId}`}
        chosen={chosenCourier}
        value={state.values?.courier}
        error={state.fieldErrors?.courier}
      />
      <Field
        label={t("ship.resi")}
        name="resi"
        id={`resi-${fulfillmentId}`}
        required
        autoComplete="off"
        autoCapitalize="characters"
        hint={t("ship.resiHint")}
        defaultValue={state.values?.resi ?? ""}
        error={state.fieldErrors?.resi}
      />
      <Outcome state={state} testId="ship" />
      <SubmitButton pendingLabel={t("ship.pending")}>{t("ship.submit")}</SubmitButton>
    </form>
  )
}

export function ReceivedForm({
  action,
  orderId,
  fulfillmentId,
  pickup,
}: {
  action: FormAction
  orderId: string
  fulfillmentId: string
  pickup: boolean
}) {
  const t = useT(ordersMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="order-form order-form--inline" data-testid="received-form">
      <Hidden fields={{ order_id: orderId, fulfillment_id: fulfillmentId }} />
      <Outcome state={state} testId="received" />
      <SubmitButton variant="secondary" pendingLabel={t("received.pending")}>
        {t(pickup ? "received.submitPickup" : "received.submit")}
      </SubmitButton>
    </form>
  )
}

export function CancelForm({ action, orderId }: { action: FormAction; orderId: string }) {
  const t = useT(ordersMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <details className="order-cancel">
      <summary>{t("cancel.title")}</summary>
      <form action={formAction} className="order-form" data-testid="cancel-form">
        <p className="order-form__intro">{t("cancel.intro")}</p>
        <Hidden fields={{ order_id: orderId }} />
        <Field
          label={t("cancel.reason")}
          name="reason"
          required
          minLength={5}
          maxLength={500}
          hint={t("cancel.reasonHint")}
          defaultValue={state.values?.reason ?? ""}
          error={state.fieldErrors?.reason}
        />
        <Outcome state={state} testId="cancel" />
        <SubmitButton variant="danger" pendingLabel={t("cancel.pending")}>{t("cancel.submit")}</SubmitButton>
      </form>
    </details>
  )
}

/** A shipped package's link to its courier's tracking page, in a new tab. */
export function TrackingLink({ url, courier }: { url: string; courier: string }) {
  const t = useT(ordersMessages)
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" data-testid="package-tracking-link">
      {t("detail.track", { courier })}
      <span className="visually-hidden"> {t("detail.newTab")}</span>
    </a>
  )
}
