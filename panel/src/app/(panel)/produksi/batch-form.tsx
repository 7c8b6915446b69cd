"use client"

import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react"
import { Button } from "@/components/button"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { useT } from "@/i18n/client"
import { productionMessages } from "@/i18n/production"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import styles from "./production.module.css"

export interface VariantChoice {
  id: string
  product: string
  variant: string
  stock: number
  /** A service (jasa): its batch layanan takes materials and labour per service, and adds no stock. */
  service?: boolean
}

export interface MakerChoice {
  id: string
  code: string
  display_name: string | null
}

interface MakerRow {
  key: number
  inmate: string
  units: string
}

/**
 * "Catat batch": a variant of the lapas, units made, cost per unit, date and one or more makers
 * with their work units ("Tambah pembuat" adds a row). Every field is controlled and the form is
 * submitted without React's automatic form reset, so a refused form keeps what was typed; a
 * recorded batch empties it.
 */
export function BatchForm({
  action,
  variants,
  inmates,
  today,
}: {
  action: FormAction
  variants: VariantChoice[]
  inmates: MakerChoice[]
  today: string
}) {
  const t = useT(productionMessages)
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE)
  const [variant, setVariant] = useState("")
  const [quantity, setQuantity] = useState("")
  const [unitCost, setUnitCost] = useState("")
  const [materialCost, setMaterialCost] = useState("")
  const [labourCost, setLabourCost] = useState("")
  const [producedOn, setProducedOn] = useState(today)
  const [notes, setNotes] = useState("")
  const [makers, setMakers] = useState<MakerRow[]>([{ key: 0, inmate: "", units: "" }])
  const [nextKey, setNextKey] = useState(1)

  useEffect(() => {
    if (!state.success) return
    setVariant("")
    setQuantity("")
    setUnitCost("")
    setMaterialCost("")
    setLabourCost("")
    setProducedOn(today)
    setNotes("")
    setMakers([{ key: 0, inmate: "", units: "" }])
  }, [state, today])

  if (!variants.length) return <Notice tone="info">{t("batchForm.noVariants")}</Notice>
  if (!inmates.length) return <Notice tone="info">{t("batchForm.noInmates")}</Notice>

  const updateMaker = (key: number, change: Partial<MakerRow>) =>
    setMakers((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)))
  const addMaker = () => {
    setMakers((rows) => [...rows, { key: nextKey, inmate: "", units: "" }])
    setNextKey((k) => k + 1)
  }
  const removeMaker = (key: number) => setMakers((rows) => rows.filter((row) => row.key !== key))
  const chosen = variants.find((v) => v.id === variant)
  const service = Boolean(chosen?.service)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }

  return (
    <form onSubmit={submit} className="form" noValidate data-testid="batch-form">
      <input type="hidden" name="variant_label" value={chosen ? `${chosen.product} — ${chosen.variant}` : ""} />
      {service ? <input type="hidden" name="service" value="1" /> : null}
      <div className={`field${state.fieldErrors?.variant_id ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor="field-variant_id">
          {t("batchForm.variant")}
        </label>
        <select
          id="field-variant_id"
          name="variant_id"
          className="field__input"
          value={variant}
          onChange={(e) => setVariant(e.target.value)}
          aria-invalid={state.fieldErrors?.variant_id ? true : undefined}
          aria-describedby={state.fieldErrors?.variant_id ? "field-variant_id-error" : undefined}
        >
          <option value="">{t("batchForm.chooseVariant")}</option>
          {variants.map((v) => (
            <option key={v.id} value={v.id}>
              {v.service
                ? t("batchForm.variantOptionService", { product: v.product, variant: v.variant })
                : t("batchForm.variantOption", { product: v.product, variant: v.variant, stock: v.stock })}
            </option>
          ))}
        </select>
        {state.fieldErrors?.variant_id ? (
          <p id="field-variant_id-error" className="field__error">
            {state.fieldErrors.variant_id}
          </p>
        ) : null}
      </div>
      {service ? (
        <p className="muted" data-testid="service-batch-intro">
          {t("batchForm.serviceIntro")}
        </p>
      ) : null}
      <div className={styles.row}>
        <Field
          label={service ? t("batchForm.serviceQuantity") : t("batchForm.quantity")}
          name="quantity"
          inputMode="numeric"
          autoComplete="off"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          error={state.fieldErrors?.quantity}
        />
        {service ? (
          <>
            <Field
              label={t("batchForm.materialCost")}
              name="material_cost"
              inputMode="numeric"
              autoComplete="off"
              hint={t("batchForm.serviceCostHint")}
              value={materialCost}
              onChange={(e) => setMaterialCost(e.target.value)}
              error={state.fieldErrors?.material_cost}
            />
            <Field
              label={t("batchForm.labourCost")}
              name="labour_cost"
              inputMode="numeric"
              autoComplete="off"
              value={labourCost}
              onChange={(e) => setLabourCost(e.target.value)}
              error={state.fieldErrors?.labour_cost}
            />
          </>
        ) : (
          <Field
            label={t("batchForm.unitCost")}
            name="unit_cost"
            inputMode="numeric"
            autoComplete="off"
            hint={t("batchForm.unitCostHint")}
            value={unitCost}
            onChange={(e) => setUnitCost(e.target.value)}
            error={state.fieldErrors?.unit_cost}
          />
        )}
        <Field
          label={t("batchForm.producedOn")}
          name="produced_on"
          type="date"
          max={today}
          value={producedOn}
          onChange={(e) => setProducedOn(e.target.value)}
          error={state.fieldErrors?.produced_on}
        />
      </div>
      <fieldset className={styles.makers} aria-describedby="makers-hint">
        <legend className="field__label">{t("batchForm.makers")}</legend>
        <p id="makers-hint" className="field__hint">
          {t("batchForm.makersHint")}
        </p>
        {makers.map((row, index) => {
          const number = index + 1
          return (
            <div key={row.key} className={styles.makerRow} data-testid="maker-row">
              <div className="field">
                <label className="field__label" htmlFor={`maker-inmate-${row.key}`}>
                  {t("batchForm.maker", { number })}
                </label>
                <select
                  id={`maker-inmate-${row.key}`}
                  name="maker_inmate"
                  className="field__input"
                  value={row.inmate}
                  onChange={(e) => updateMaker(row.key, { inmate: e.target.value })}
                >
                  <option value="">{t("batchForm.chooseMaker")}</option>
                  {inmates.map((inmate) => (
                    <option key={inmate.id} value={inmate.id}>
                      {inmate.display_name ? `${inmate.code} · ${inmate.display_name}` : inmate.code}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label className="field__label" htmlFor={`maker-units-${row.key}`}>
                  {t("batchForm.workUnits", { number })}
                </label>
                <input
                  id={`maker-units-${row.key}`}
                  name="maker_units"
                  className="field__input"
                  inputMode="numeric"
                  autoComplete="off"
                  value={row.units}
                  onChange={(e) => updateMaker(row.key, { units: e.target.value })}
                />
              </div>
              {makers.length > 1 ? (
                <Button variant="ghost" className={styles.remove} onClick={() => removeMaker(row.key)}>
                  {t("batchForm.removeMaker", { number })}
                </Button>
              ) : null}
            </div>
          )
        })}
        {state.fieldErrors?.makers ? <p className="field__error">{state.fieldErrors.makers}</p> : null}
        <Button variant="secondary" onClick={addMaker} data-testid="add-maker">
          {t("batchForm.addMaker")}
        </Button>
      </fieldset>
      <Field
        label={t("batchForm.notes")}
        name="notes"
        autoComplete="off"
        maxLength={2000}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
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
      <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending || undefined}>
        {pending ? t("batchForm.saving") : t("batchForm.submit")}
      </button>
    </form>
  )
}
