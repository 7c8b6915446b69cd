"use client"

import { useRef, useState } from "react"
import type { MessageKey, Translate } from "@/i18n"
import { EMPTY_AREA_LISTS, areasUrl, codeOfName, type AreaLevel, type AreaLists, type AreaOption } from "../areas"
import type { AddressField, AddressValues } from "../validation"
import { Field, SelectField } from "./form-parts"

export function addressLabels(t: Translate, includeEmail: boolean): Partial<Record<AddressField, string>> {
  return {
    ...(includeEmail ? { email: t("checkout.field.email") } : {}),
    name: t("checkout.field.name"),
    phone: t("checkout.field.phone"),
    province: t("checkout.field.province"),
    city: t("checkout.field.city"),
    district: t("checkout.field.district"),
    village: t("checkout.field.village"),
    address: t("checkout.field.address"),
    postal_code: t("checkout.field.postalCode"),
  }
}

type AreaField = "province" | "city" | "district" | "village"

/** Each picker, the list it shows, and the list its choice loads. */
const PICKERS: { field: AreaField; list: AreaLevel; child: AreaLevel | null }[] = [
  { field: "province", list: "provinces", child: "regencies" },
  { field: "city", list: "regencies", child: "districts" },
  { field: "district", list: "districts", child: "villages" },
  { field: "village", list: "villages", child: null },
]

const LOWER: Record<AreaField, AreaField[]> = {
  province: ["city", "district", "village"],
  city: ["district", "village"],
  district: ["village"],
  village: [],
}

const LEVEL_OF: Record<AreaField, AreaLevel> = {
  province: "provinces",
  city: "regencies",
  district: "districts",
  village: "villages",
}

const LABEL: Record<AreaField, MessageKey> = {
  province: "checkout.field.province",
  city: "checkout.field.city",
  district: "checkout.field.district",
  village: "checkout.field.village",
}

const PLACEHOLDER: Record<AreaField, { choose: MessageKey; parentFirst?: MessageKey }> = {
  province: { choose: "checkout.area.chooseProvince" },
  city: { choose: "checkout.area.chooseCity", parentFirst: "checkout.area.provinceFirst" },
  district: { choose: "checkout.area.chooseDistrict", parentFirst: "checkout.area.cityFirst" },
  village: { choose: "checkout.area.chooseVillage", parentFirst: "checkout.area.districtFirst" },
}

async function loadAreas(parent: string): Promise<AreaOption[]> {
  const response = await fetch(areasUrl(parent))
  if (!response.ok) throw new Error(`areas ${parent}: HTTP ${response.status}`)
  const body = (await response.json()) as { areas?: AreaOption[] }
  return body.areas ?? []
}

/**
 * Province → kabupaten/kota → kecamatan → kelurahan/desa as four selects. The server renders them
 * with the lists for the current address (so the form works without JavaScript: a refused submit
 * comes back with the next list); in the browser, choosing one level loads the next one's list
 * from `/api/areas` and clears the levels below. The selects submit names, as Medusa stores them.
 */
function AreaPickers({
  formId,
  values,
  areas,
  error,
  t,
}: {
  formId: string
  values: Pick<AddressValues, AreaField>
  areas: AreaLists
  error: (field: AddressField) => string | undefined
  t: Translate
}) {
  const [picked, setPicked] = useState<Record<AreaField, string>>({
    province: values.province,
    city: values.city,
    district: values.district,
    village: values.village,
  })
  const [lists, setLists] = useState<AreaLists>(areas)
  const [loading, setLoading] = useState<AreaLevel | null>(null)
  const [failed, setFailed] = useState<AreaLevel | null>(null)
  // The latest request per list: an answer to an earlier choice that arrives late is dropped.
  const latest = useRef<Partial<Record<AreaLevel, number>>>({})

  async function choose(field: AreaField, name: string, child: AreaLevel | null) {
    const cleared = Object.fromEntries(LOWER[field].map((lower) => [lower, ""])) as Partial<Record<AreaField, string>>
    setPicked((current) => ({ ...current, [field]: name, ...cleared }))
    const emptied = Object.fromEntries(LOWER[field].map((lower) => [LEVEL_OF[lower], []])) as Partial<AreaLists>
    setLists((current) => ({ ...current, ...emptied }))
    setFailed(null)
    setLoading(null)
    // Answers still on their way for the levels below belong to the previous choice.
    for (const lower of LOWER[field]) latest.current[LEVEL_OF[lower]] = (latest.current[LEVEL_OF[lower]] ?? 0) + 1
    const code = codeOfName(lists[LEVEL_OF[field]], name)
    if (!child || !code) return
    const request = latest.current[child]
    setLoading(child)
    try {
      const children = await loadAreas(code)
      if (latest.current[child] !== request) return
      setLists((current) => ({ ...current, [child]: children }))
    } catch (failure) {
      if (latest.current[child] !== request) return
      console.error("[storefront] area list failed", failure)
      setFailed(child)
    } finally {
      if (latest.current[child] === request) setLoading(null)
    }
  }

  return (
    <>
      {PICKERS.map(({ field, list, child }, index) => {
        const options = lists[list]
        const value = picked[field]
        const parentField = index > 0 ? PICKERS[index - 1].field : null
        const waitingForParent = parentField !== null && !picked[parentField]
        const isLoading = loading === list
        const placeholder = isLoading
          ? t("checkout.area.loading")
          : waitingForParent && PLACEHOLDER[field].parentFirst
            ? t(PLACEHOLDER[field].parentFirst!)
            : t(PLACEHOLDER[field].choose)
        // A saved name the lists do not know stays selectable, so the buyer sees it and the server names it.
        const unknown = value && !options.some((option) => option.name === value) ? value : null
        const empty = options.length === 0 && !unknown
        return (
          <SelectField
            key={field}
            formId={formId}
            name={field}
            label={t(LABEL[field])}
            autoComplete={field === "province" ? "address-level1" : field === "city" ? "address-level2" : "off"}
            required={field !== "village"}
            value={value}
            disabled={empty && (waitingForParent || isLoading)}
            aria-busy={isLoading ? true : undefined}
            onChange={(event) => void choose(field, event.target.value, child)}
            error={error(field) ?? (failed === list ? t("checkout.area.loadFailed") : undefined)}
            data-testid={`area-${field}`}
          >
            <option value="">{placeholder}</option>
            {unknown && <option value={unknown}>{unknown}</option>}
            {options.map((option) => (
              <option key={option.code} value={option.name}>
                {option.name}
              </option>
            ))}
          </SelectField>
        )
      })}
    </>
  )
}

/**
 * Contact (optional) and Indonesian delivery address fields in the order a buyer thinks of them:
 * who, how to reach them, then province → kabupaten/kota → kecamatan → kelurahan/desa (picked
 * from lists) → street → postal code.
 */
export function AddressFields({
  formId,
  values,
  areas = EMPTY_AREA_LISTS,
  errors,
  includeEmail,
  t,
}: {
  formId: string
  values: AddressValues
  /** The pickers' lists for `values` (from the server: lib/data/areas `addressPickerData`). */
  areas?: AreaLists
  errors: Partial<Record<string, MessageKey>> | undefined
  includeEmail: boolean
  t: Translate
}) {
  const error = (field: AddressField) => (errors?.[field] ? t(errors[field] as MessageKey) : undefined)
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
        <AreaPickers formId={formId} values={values} areas={areas} error={error} t={t} />
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
