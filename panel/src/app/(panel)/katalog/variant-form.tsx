"use client"

import type { LapasProductVariant } from "@karya-binaan/contracts"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { catalogMessages } from "@/i18n/catalog"
import { useT } from "@/i18n/client"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"

/**
 * One variant as an editable row (title, SKU, price in rupiah, track stock) with its stock, or
 * with no `variant` the form that adds one.
 */
export function VariantForm({
  action,
  variant,
  index,
  service = false,
}: {
  action: FormAction
  variant?: LapasProductVariant
  index: number
  /** A service's (jasa) variant: no stock tracking, no weight. */
  service?: boolean
}) {
  const t = useT(catalogMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const id = variant?.id ?? "new"
  const value = (name: string, fallback: string | number | null | undefined) => state.values?.[name] ?? (fallback ?? "").toString()
  return (
    <form action={formAction} className="catalog-variant" noValidate data-testid={variant ? `variant-${index}` : "variant-new"}>
      <Field
        id={`v-${id}-title`}
        className="catalog-variant__title"
        label={t("form.variantTitle")}
        name="title"
        defaultValue={value("title", variant?.title)}
        error={state.fieldErrors?.title}
      />
      <Field id={`v-${id}-sku`} label={t("form.sku")} name="sku" defaultValue={value("sku", variant?.sku)} />
      <Field
        id={`v-${id}-price`}
        label={t("form.price")}
        name="price"
        inputMode="numeric"
        defaultValue={value("price", variant?.price)}
        error={state.fieldErrors?.price}
      />
      {service ? (
        <>
          <input type="hidden" name="kind" value="service" />
          <span className="catalog-variant__stock muted">{t("stock.service")}</span>
          <span />
        </>
      ) : (
        <>
          <Field
            id={`v-${id}-weight`}
            label={t("form.variantWeight")}
            name="weight"
            inputMode="numeric"
            hint={t("form.variantWeightHint")}
            defaultValue={value("weight", variant?.weight)}
            error={state.fieldErrors?.weight}
          />
          <label className="catalog-check">
            <input type="checkbox" name="manage_inventory" defaultChecked={variant ? variant.manage_inventory : true} />
            {t("detail.manageInventory")}
          </label>
          {variant ? (
            <span className="catalog-variant__stock">
              {variant.manage_inventory ? `${t("detail.available")}: ${variant.available}` : ""}
            </span>
          ) : (
            <span />
          )}
        </>
      )}
      <div className="catalog-actions">
        <SubmitButton variant="secondary" name="intent" value="save">
          {variant ? t("detail.saveVariant") : t("detail.addVariant")}
        </SubmitButton>
        {variant ? (
          <SubmitButton variant="ghost" name="intent" value="delete">
            {t("detail.deleteVariant")}
          </SubmitButton>
        ) : null}
      </div>
      {state.error ? <Notice tone="danger">{state.error}</Notice> : null}
      {state.success ? <Notice tone="success">{state.success}</Notice> : null}
    </form>
  )
}
