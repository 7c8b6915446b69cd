"use client"

import { useActionState, useState } from "react"
import { SelectField } from "@/components/choice-field"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { INITIAL_FORM_STATE, type FormAction, type FormState } from "@/lib/forms"
import styles from "../riwayat/direct-sales.module.css"
import type { CloseEventState } from "./actions"
import { QUANTITY_FIELD_PREFIX } from "./event-rules"

function Outcome({ state, testId }: { state: FormState; testId: string }) {
  if (state.error) return <Notice tone="danger" testId={`${testId}-error`}>{state.error}</Notice>
  if (state.success) return <Notice tone="success" testId={`${testId}-success`}>{state.success}</Notice>
  return null
}

/** Registers an event, or edits one (`venue` given: name, place and discount; dates stay). */
export function EventForm({
  action,
  venue,
  today,
}: {
  action: FormAction
  venue?: { id: string; name: string; place: string | null; max_discount_percent: string }
  /** YYYY-MM-DD in the lapas's zone: the new event's default first day. */
  today: string
}) {
  const t = useT(directSalesAdminMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const v = state.success && !venue ? {} : (state.values ?? {})
  // A registered event clears the form (a new key remounts its fields).
  const generation = state.success && !venue ? "done" : "open"
  return (
    <form action={formAction} className="order-form" data-testid={venue ? "event-edit-form" : "event-form"} key={generation}>
      <h3 className="order-form__title">{t(venue ? "event.editTitle" : "event.createTitle")}</h3>
      {venue ? <input type="hidden" name="venue_id" value={venue.id} /> : null}
      <Field
        label={t("event.name")}
        name="name"
        id={venue ? `event-name-${venue.id}` : "event-name"}
        required
        minLength={2}
        maxLength={120}
        defaultValue={v.name ?? venue?.name ?? ""}
        error={state.fieldErrors?.name}
      />
      <Field
        label={t("event.place")}
        name="place"
        id={venue ? `event-place-${venue.id}` : "event-place"}
        maxLength={200}
        hint={t("event.placeHint")}
        defaultValue={v.place ?? venue?.place ?? ""}
        error={state.fieldErrors?.place}
      />
      {venue ? null : (
        <div className="form-grid">
          <Field
            label={t("event.startsOn")}
            name="starts_on"
            id="event-starts-on"
            type="date"
            required
            defaultValue={v.starts_on ?? today}
            error={state.fieldErrors?.starts_on}
          />
          <Field
            label={t("event.endsOn")}
            name="ends_on"
            id="event-ends-on"
            type="date"
            required
            defaultValue={v.ends_on ?? today}
            error={state.fieldErrors?.ends_on}
          />
        </div>
      )}
      <Field
        label={t("event.maxDiscount")}
        name="max_discount"
        id={venue ? `event-discount-${venue.id}` : "event-discount"}
        inputMode="numeric"
        hint={t("event.maxDiscountHint")}
        defaultValue={v.max_discount ?? venue?.max_discount_percent ?? "0"}
        error={state.fieldErrors?.max_discount}
      />
      <Outcome state={state} testId={venue ? "event-edit" : "event"} />
      <SubmitButton pendingLabel={t("event.pending")}>{t(venue ? "event.save" : "event.create")}</SubmitButton>
    </form>
  )
}

export interface MoveRow {
  variant_id: string
  title: string
  variant_title: string | null
  sku: string | null
  /** Available at the lapas's own location (null: not tracked there). */
  warehouse: number | null
  /** Units at the event. */
  at_event: number
}

/** Moves stock to or from an event: one quantity field per variant; empty ones are left out. */
export function MoveStockForm({ action, venueId, rows }: { action: FormAction; venueId: string; rows: MoveRow[] }) {
  const t = useT(directSalesAdminMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const [direction, setDirection] = useState(state.values?.direction ?? "to_venue")
  const kept = state.success ? {} : (state.values ?? {})
  return (
    <form action={formAction} className="order-form" data-testid="move-stock-form" key={state.success ? `done-${state.success}` : "open"}>
      <h3 className="order-form__title">{t("move.title")}</h3>
      <input type="hidden" name="venue_id" value={venueId} />
      <SelectField
        label={t("move.direction")}
        name="direction"
        id="move-direction"
        value={direction}
        onChange={(event) => setDirection(event.target.value)}
        options={[
          { value: "to_venue", label: t("move.toVenue") },
          { value: "from_venue", label: t("move.fromVenue") },
        ]}
      />
      <p className="order-form__intro">{t("move.intro")}</p>
      {rows.length === 0 ? <p className="muted">{t("move.noVariants")}</p> : null}
      <div className="table-wrap">
        <table className="rtable">
          <caption className="visually-hidden">{t("move.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("col.product")}</th>
              <th scope="col" className="rtable__end">
                {t("col.warehouse")}
              </th>
              <th scope="col" className="rtable__end">
                {t("col.atEvent")}
              </th>
              <th scope="col" className="rtable__end">
                {t("col.move")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = `${QUANTITY_FIELD_PREFIX}${row.variant_id}`
              const label = [row.title, row.variant_title].filter(Boolean).join(" · ")
              const error = state.fieldErrors?.[name]
              return (
                <tr key={row.variant_id} data-testid="move-row">
                  <td className="rtable__primary">
                    <span>
                      {label}
                      {row.sku ? <span className="muted"> · {row.sku}</span> : null}
                    </span>
                  </td>
                  <td data-label={t("col.warehouse")} className="rtable__end">
                    {row.warehouse ?? "–"}
                  </td>
                  <td data-label={t("col.atEvent")} className="rtable__end">
                    <span className={row.at_event < 0 ? styles.negative : undefined}>{row.at_event}</span>
                  </td>
                  <td data-label={t("col.move")} className="rtable__end">
                    <span className="field">
                      <input
                        name={name}
                        className={`field__input ${styles.qty}`}
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={t("move.quantityLabel", { title: label })}
                        aria-invalid={error ? true : undefined}
                        defaultValue={kept[name] ?? ""}
                      />
                      {error ? <span className="field__error">{error}</span> : null}
                    </span>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <Outcome state={state} testId="move-stock" />
      <SubmitButton pendingLabel={t("move.pending")}>{t("move.submit")}</SubmitButton>
    </form>
  )
}

/** Closes an event after a tick; then lists what went back to the lapas's warehouse. */
export function CloseEventForm({
  action,
  venueId,
  closed,
}: {
  action: (state: CloseEventState, formData: FormData) => Promise<CloseEventState>
  venueId: string
  /** Already closed: nothing to do, unless this form just closed it (then it shows what came back). */
  closed: boolean
}) {
  const t = useT(directSalesAdminMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE as CloseEventState)
  if (state.success) {
    return (
      <div data-testid="close-event-done">
        <Notice tone="success" testId="close-event-success">
          <p>{state.success}</p>
          {state.returned?.length ? (
            <>
              <p>{t("close.returned")}</p>
              <ul className={styles.returned} data-testid="close-event-returned">
                {state.returned.map((r) => (
                  <li key={r.variant_id}>
                    {[r.title, r.variant_title].filter(Boolean).join(" · ")} × {r.quantity}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("close.returnedNone")}</p>
          )}
        </Notice>
      </div>
    )
  }
  if (closed) return null
  return (
    <details className="order-cancel">
      <summary>{t("close.title")}</summary>
      <form action={formAction} className="order-form" data-testid="close-event-form">
        <p className="order-form__intro">{t("close.intro")}</p>
        <input type="hidden" name="venue_id" value={venueId} />
        <label className={styles.checkbox}>
          <input type="checkbox" name="confirm" value="yes" aria-invalid={state.fieldErrors?.confirm ? true : undefined} />
          {t("close.confirm")}
        </label>
        {state.fieldErrors?.confirm ? <p className="field__error">{state.fieldErrors.confirm}</p> : null}
        <Outcome state={state} testId="close-event" />
        <SubmitButton variant="danger" pendingLabel={t("close.pending")}>
          {t("close.submit")}
        </SubmitButton>
      </form>
    </details>
  )
}

/** Uploads (or replaces) the lapas's static QRIS image. */
export function QrisUploadForm({ action, lapasId, replacing }: { action: FormAction; lapasId: string; replacing: boolean }) {
  const t = useT(directSalesAdminMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="order-form" data-testid="qris-upload-form" key={state.success ?? "open"}>
      <input type="hidden" name="lapas_id" value={lapasId} />
      <Field
        label={t("qris.file")}
        name="file"
        id="qris-file"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        required
        error={state.fieldErrors?.file}
      />
      <Outcome state={state} testId="qris-upload" />
      <SubmitButton variant={replacing ? "secondary" : "primary"} pendingLabel={t("qris.pending")}>
        {t(replacing ? "qris.replace" : "qris.upload")}
      </SubmitButton>
    </form>
  )
}
