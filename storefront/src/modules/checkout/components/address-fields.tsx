"use client"

import type { MessageKey, Translate } from "@/i18n"
import { PROVINCES } from "../provinces"
import type { AddressField, AddressValues } from "../validation"
import { Field } from "./form-parts"

export function addressLabels(t: Translate, includeEmail: boolean): Partial<Record<AddressField, string>> {
  return {
    ...(includeEmail ? { email: t("checkout.field.email") } : {}),
    name: t("checkout.field.name"),
    phone: t("checkout.field.phone"),
    province: t("checkout.field.province"),
    city: t("checkout.field.city"),
    district: t("checkout.field.district"),
    address: t("checkout.field.address"),
    postal_code: t("checkout.field.postalCode"),
  }
}

/**
 * Contact (optional) and Indonesian delivery address fields in the order a buyer thinks of them:
 * who, how to reach them, then province → city/regency → district → street → postal code.
 */
export function AddressFields({
  formId,
  values,
  errors,
  includeEmail,
  t,
}: {
  formId: string
  values: AddressValues
  errors: Partial<Record<string, MessageKey>> | undefined
  includeEmail: boolean
  t: Translate
}) {
  const error = (field: AddressField) => (errors?.[field] ? t(errors[field] as MessageKey) : undefined)
  const provincesId = `${formId}-provinces`
  return (
    <>
      {includeEmail && (
        <fieldset className="form-section">
          <legend className="form-section__title">{t("checkout.contactTitle")}</legend>
          <Field
            formId={formId}
            name="email"
            type="email"
            label={t("checkout.field.email")}
            hint={t("checkout.field.emailHint")}
            autoComplete="email"
            inputMode="email"
            required
            defaultValue={values.email}
            error={error("email")}
          />
        </fieldset>
      )}
      <fieldset className="form-section">
        <legend className="form-section__title">{t("checkout.addressTitle")}</legend>
        <Field
          formId={formId}
          name="name"
          label={t("checkout.field.name")}
          autoComplete="name"
          required
          defaultValue={values.name}
          error={error("name")}
        />
        <Field
          formId={formId}
          name="phone"
          type="tel"
          label={t("checkout.field.phone")}
          hint={t("checkout.field.phoneHint")}
          autoComplete="tel"
          inputMode="tel"
          required
          defaultValue={values.phone}
          error={error("phone")}
        />
        <Field
          formId={formId}
          name="province"
          label={t("checkout.field.province")}
          autoComplete="address-level1"
          list={provincesId}
          required
          defaultValue={values.province}
          error={error("province")}
        >
          <datalist id={provincesId}>
            {PROVINCES.map((province) => (
              <option key={province} value={province} />
            ))}
          </datalist>
        </Field>
        <Field
          formId={formId}
          name="city"
          label={t("checkout.field.city")}
          hint={t("checkout.field.cityHint")}
          autoComplete="address-level2"
          required
          defaultValue={values.city}
          error={error("city")}
        />
        <Field
          formId={formId}
          name="district"
          label={t("checkout.field.district")}
          autoComplete="address-level3"
          required
          defaultValue={values.district}
          error={error("district")}
        />
        <Field
          formId={formId}
          name="address"
          label={t("checkout.field.address")}
          hint={t("checkout.field.addressHint")}
          autoComplete="street-address"
          required
          defaultValue={values.address}
          error={error("address")}
        />
        <Field
          formId={formId}
          name="postal_code"
          label={t("checkout.field.postalCode")}
          hint={t("checkout.field.postalCodeHint")}
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={10}
          required
          defaultValue={values.postal_code}
          error={error("postal_code")}
          className="form-field__input field__input--short"
        />
      </fieldset>
    </>
  )
}
