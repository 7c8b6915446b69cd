"use client"

import { PRODUCT_KINDS, type LapasCategory, type LapasProductDetail, type ProductKind } from "@karya-binaan/contracts"
import { useActionState, useState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { catalogMessages } from "@/i18n/catalog"
import { useT } from "@/i18n/client"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import { PhotoPicker } from "./photo-picker"

/**
 * The product form: details, category, licences; for a new product also its first variant with
 * price and opening stock, photos and "publish now". `action` is the server action (tests pass a fake).
 */
export function ProductForm({
  action,
  categories,
  product,
}: {
  action: FormAction
  categories: LapasCategory[]
  /** The product being edited; none for a new one. */
  product?: LapasProductDetail
}) {
  const t = useT(catalogMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const value = (name: string, fallback: string | number | null | undefined) => state.values?.[name] ?? (fallback ?? "").toString()
  const isNew = !product
  // A service (jasa) has no stock, weight or packed size: those fields hide while it is chosen.
  const [kind, setKind] = useState<ProductKind>(((state.values?.kind as ProductKind | undefined) ?? product?.kind ?? "goods"))
  const isService = kind === "service"
  return (
    <form action={formAction} className="form catalog-sections" noValidate data-testid="product-form">
      <section className="catalog-panel">
        <h2>{t("form.details")}</h2>
        <fieldset className="field" data-testid="product-kind">
          <legend className="field__label">{t("form.kind")}</legend>
          {PRODUCT_KINDS.map((option) => (
            <label key={option} className="catalog-check">
              <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} />{" "}
              {t(`kind.${option}`)}
            </label>
          ))}
          <p className="muted">{t("form.kindHint")}</p>
        </fieldset>
        <Field label={t("form.title")} name="title" required defaultValue={value("title", product?.title)} error={state.fieldErrors?.title} />
        <Field label={t("form.subtitle")} name="subtitle" defaultValue={value("subtitle", product?.subtitle)} error={state.fieldErrors?.subtitle} />
        <div className="field">
          <label className="field__label" htmlFor="field-description">
            {t("form.description")}
          </label>
          <textarea id="field-description" name="description" className="catalog-textarea" defaultValue={value("description", product?.description)} />
        </div>
        <div className="catalog-grid">
          <div className="field">
            <label className="field__label" htmlFor="field-category">
              {t("form.category")}
            </label>
            <select id="field-category" name="category_id" className="field__input catalog-select" defaultValue={value("category_id", product?.category?.id)}>
              <option value="">{t("form.categoryNone")}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {isService ? null : (
            <Field
              label={t("form.weight")}
              name="weight"
              inputMode="numeric"
              defaultValue={value("weight", product?.weight)}
              error={state.fieldErrors?.weight}
            />
          )}
        </div>
        <fieldset className="catalog-grid catalog-size" hidden={isService}>
          <legend className="field__label">{t("form.size")}</legend>
          <p className="muted">{t("form.sizeHint")}</p>
          {(["length", "width", "height"] as const).map((name) => (
            <Field
              key={name}
              label={t(`form.${name}`)}
              name={name}
              inputMode="numeric"
              defaultValue={value(name, product?.[name])}
              error={state.fieldErrors?.[name]}
            />
          ))}
        </fieldset>
        <Field
          label={t("form.handle")}
          name="handle"
          hint={t("form.handleHint")}
          defaultValue={value("handle", product?.handle)}
          error={state.fieldErrors?.handle}
        />
      </section>
      <section className="catalog-panel">
        <h2>{t("form.licences")}</h2>
        <div className="catalog-grid">
          <Field label={t("form.pirt")} name="pirt" inputMode="numeric" hint={t("form.pirtHint")} defaultValue={value("pirt", product?.licences.pirt)} />
          <Field label={t("form.bpom")} name="bpom_md" defaultValue={value("bpom_md", product?.licences.bpom_md)} />
          <Field label={t("form.halal")} name="halal" defaultValue={value("halal", product?.licences.halal)} />
        </div>
      </section>
      {isNew ? (
        <>
          <section className="catalog-panel">
            <h2>{t("form.firstVariant")}</h2>
            <div className="catalog-grid">
              <Field
                label={t("form.variantTitle")}
                name="variant_title"
                hint={t("form.variantTitleHint")}
                required
                defaultValue={value("variant_title", "")}
                error={state.fieldErrors?.variant_title}
              />
              <Field label={t("form.sku")} name="sku" defaultValue={value("sku", "")} error={state.fieldErrors?.sku} />
              <Field
                label={t("form.price")}
                name="price"
                inputMode="numeric"
                hint={t("form.priceHint")}
                required
                defaultValue={value("price", "")}
                error={state.fieldErrors?.price}
              />
              {isService ? null : (
                <Field label={t("form.stock")} name="stock" inputMode="numeric" defaultValue={value("stock", "")} error={state.fieldErrors?.stock} />
              )}
            </div>
          </section>
          <section className="catalog-panel">
            <h2>{t("form.photos")}</h2>
            <PhotoPicker error={state.fieldErrors?.photos} />
            <label className="catalog-check">
              <input type="checkbox" name="publish" value="1" /> {t("form.publishNow")}
            </label>
          </section>
        </>
      ) : null}
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
      <div>
        <SubmitButton pendingLabel={isNew ? t("form.creating") : t("form.saving")}>{isNew ? t("form.create") : t("form.save")}</SubmitButton>
      </div>
    </form>
  )
}
