"use client"

import type { LapasCourierRate, ShippingProvince } from "@karya-binaan/contracts"
import { useActionState, useMemo, useState } from "react"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { shippingMessages } from "@/i18n/shipping"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"

interface Row {
  zone: string
  kind: "province" | "regency"
  zone_name: string
  province_code: string
  per_kg: string
  etd_min_days: string
  etd_max_days: string
}

const rowOf = (rate: LapasCourierRate): Row => ({
  zone: rate.zone,
  kind: rate.kind,
  zone_name: rate.zone_name,
  province_code: rate.province_code,
  per_kg: String(rate.per_kg),
  etd_min_days: String(rate.etd_min_days),
  etd_max_days: String(rate.etd_max_days),
})

/** Province rows by name, each followed by its kabupaten/kota rows. */
function ordered(rows: Row[], provinceName: (code: string) => string) {
  return [...rows].sort(
    (a, b) =>
      provinceName(a.province_code).localeCompare(provinceName(b.province_code), "id") ||
      (a.kind === b.kind ? a.zone_name.localeCompare(b.zone_name, "id") : a.kind === "province" ? -1 : 1)
  )
}

/**
 * The rate table of one courier service: a row per destination (Rp per kg, fastest and slowest
 * days), rows removed or added (a province, or a kabupaten/kota that differs from its province),
 * saved whole by the server action. A table on a desktop, cards on a phone.
 */
export function RateTableForm({
  action,
  optionId,
  rates,
  provinces,
}: {
  action: FormAction
  optionId: string
  rates: LapasCourierRate[]
  provinces: ShippingProvince[]
}) {
  const t = useT(shippingMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const provinceName = useMemo(() => {
    const names = new Map(provinces.map((p) => [p.code, p.name]))
    return (code: string) => names.get(code) ?? code
  }, [provinces])
  const [rows, setRows] = useState<Row[]>(() => ordered(rates.map(rowOf), provinceName))
  const [newProvince, setNewProvince] = useState("")
  const [regencyProvince, setRegencyProvince] = useState("")
  const [newRegency, setNewRegency] = useState("")

  const used = new Set(rows.map((r) => r.zone))
  const freeProvinces = provinces.filter((p) => !used.has(p.code))
  const freeRegencies = (provinces.find((p) => p.code === regencyProvince)?.regencies ?? []).filter((r) => !used.has(r.code))

  /** A new row starts from its province's figures when there is a row for it. */
  function add(row: Omit<Row, "per_kg" | "etd_min_days" | "etd_max_days">) {
    const base = rows.find((r) => r.zone === row.province_code)
    setRows(ordered([...rows, { ...row, per_kg: base?.per_kg ?? "", etd_min_days: base?.etd_min_days ?? "", etd_max_days: base?.etd_max_days ?? "" }], provinceName))
  }
  function update(zone: string, field: "per_kg" | "etd_min_days" | "etd_max_days", value: string) {
    setRows(rows.map((r) => (r.zone === zone ? { ...r, [field]: value } : r)))
  }

  return (
    <form action={formAction} data-testid="rate-table-form" className="stack">
      <input type="hidden" name="id" value={optionId} />
      <div className="table-wrap">
        <table className="rtable rate-table">
          <caption className="visually-hidden">{t("editor.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("editor.zone")}</th>
              <th scope="col" className="rtable__end">{t("editor.perKg")}</th>
              <th scope="col" className="rtable__end">{t("editor.etdMin")}</th>
              <th scope="col" className="rtable__end">{t("editor.etdMax")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("editor.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const error = state.fieldErrors?.[`rate:${row.zone}`]
              const zone = row.kind === "regency" ? `${row.zone_name} (${provinceName(row.province_code)})` : row.zone_name
              return (
                <tr key={row.zone} data-testid="rate-row" data-zone={row.zone} className={error ? "rtable__row--invalid" : undefined}>
                  <td className="rtable__primary" data-label={t("editor.zone")}>
                    <input type="hidden" name="zone" value={row.zone} />
                    <span>
                      {row.kind === "regency" ? <span className="shipping-indent" aria-hidden="true">↳ </span> : null}
                      {row.zone_name}
                      {row.kind === "regency" ? <span className="muted"> · {t("editor.regency")}</span> : null}
                      {error ? <span className="field__error"> {error}</span> : null}
                    </span>
                  </td>
                  {(["per_kg", "etd_min_days", "etd_max_days"] as const).map((field) => (
                    <td key={field} className="rtable__end" data-label={t(field === "per_kg" ? "editor.perKg" : field === "etd_min_days" ? "editor.etdMin" : "editor.etdMax")}>
                      <input
                        name={field}
                        value={row[field]}
                        onChange={(event) => update(row.zone, field, event.target.value)}
                        inputMode="numeric"
                        aria-label={t(field === "per_kg" ? "editor.perKgLabel" : field === "etd_min_days" ? "editor.etdMinLabel" : "editor.etdMaxLabel", { zone })}
                        aria-invalid={error ? true : undefined}
                        className={`field__input ${field === "per_kg" ? "shipping-money" : "shipping-days"}`}
                      />
                    </td>
                  ))}
                  <td data-label={t("editor.remove")}>
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={t("editor.removeLabel", { zone })}
                      onClick={() => setRows(rows.filter((r) => r.zone !== row.zone))}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p className="muted">{t("editor.empty")}</p> : null}

      <fieldset className="form-grid shipping-add">
        <legend>{t("editor.addProvince")}</legend>
        <div className="field">
          <label className="field__label" htmlFor="add-province">
            {t("editor.regencyProvince")}
          </label>
          <select id="add-province" className="field__input" value={newProvince} onChange={(e) => setNewProvince(e.target.value)}>
            <option value="">{t("editor.choose")}</option>
            {freeProvinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button
            type="button"
            className="button button--secondary"
            disabled={!newProvince}
            onClick={() => {
              const province = provinces.find((p) => p.code === newProvince)
              if (!province) return
              add({ zone: province.code, kind: "province", zone_name: province.name, province_code: province.code })
              setNewProvince("")
            }}
          >
            {t("editor.addProvinceButton")}
          </button>
        </div>
      </fieldset>

      <fieldset className="form-grid shipping-add">
        <legend>{t("editor.addRegency")}</legend>
        <div className="field">
          <label className="field__label" htmlFor="regency-province">
            {t("editor.regencyProvince")}
          </label>
          <select
            id="regency-province"
            className="field__input"
            value={regencyProvince}
            onChange={(e) => {
              setRegencyProvince(e.target.value)
              setNewRegency("")
            }}
          >
            <option value="">{t("editor.choose")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="regency-pick">
            {t("editor.regencyPick")}
          </label>
          <select id="regency-pick" className="field__input" value={newRegency} onChange={(e) => setNewRegency(e.target.value)} disabled={!regencyProvince}>
            <option value="">{t("editor.choose")}</option>
            {freeRegencies.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button
            type="button"
            className="button button--secondary"
            disabled={!newRegency}
            onClick={() => {
              const regency = freeRegencies.find((r) => r.code === newRegency)
              if (!regency) return
              add({ zone: regency.code, kind: "regency", zone_name: regency.name, province_code: regencyProvince })
              setNewRegency("")
            }}
          >
            {t("editor.addRegencyButton")}
          </button>
        </div>
      </fieldset>

      {state.error ? <Notice tone="danger" testId="form-error">{state.error}</Notice> : null}
      {state.success ? <Notice tone="success" testId="form-success">{state.success}</Notice> : null}
      <div>
        <SubmitButton pendingLabel={t("editor.saving")}>{t("editor.save")}</SubmitButton>
      </div>
    </form>
  )
}
