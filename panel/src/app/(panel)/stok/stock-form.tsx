"use client"

import type { LapasStockRow } from "@karya-binaan/contracts"
import { useActionState } from "react"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { catalogMessages } from "@/i18n/catalog"
import { useT } from "@/i18n/client"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"

/**
 * The stock table with an input per variant that tracks stock; one button saves every changed
 * row together. A table on a desktop, cards on a phone (the shell's rtable styles).
 */
export function StockForm({ action, rows, editable }: { action: FormAction; rows: LapasStockRow[]; editable: boolean }) {
  const t = useT(catalogMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} data-testid="stock-form">
      <div className="table-wrap">
        <table className="rtable">
          <caption className="visually-hidden">{t("stock.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("stock.product")}</th>
              <th scope="col">{t("stock.variant")}</th>
              <th scope="col" className="rtable__end">{t("stock.stocked")}</th>
              <th scope="col" className="rtable__end">{t("stock.reserved")}</th>
              <th scope="col" className="rtable__end">{t("stock.available")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = `${row.product_title} – ${row.variant_title}`
              const error = state.fieldErrors?.[`stock:${row.variant_id}`]
              return (
                <tr key={row.variant_id} data-testid="stock-row" data-variant={row.variant_id}>
                  <td className="rtable__primary" data-label={t("stock.product")}>
                    <a href={`/katalog/${row.product_id}`}>{row.product_title}</a>
                  </td>
                  <td data-label={t("stock.variant")}>
                    <span>
                      {row.variant_title}
                      {row.sku ? <span className="muted"> · {row.sku}</span> : null}
                    </span>
                  </td>
                  <td className="rtable__end" data-label={t("stock.stocked")}>
                    {!row.manage_inventory ? (
                      <span className="muted">{t("stock.notTracked")}</span>
                    ) : editable ? (
                      <>
                        <input type="hidden" name={`was:${row.variant_id}`} value={row.stocked} />
                        <input
                          name={`stock:${row.variant_id}`}
                          defaultValue={row.stocked}
                          inputMode="numeric"
                          aria-label={t("stock.quantityLabel", { name })}
                          aria-invalid={error ? true : undefined}
                          className="field__input catalog-qty"
                        />
                      </>
                    ) : (
                      row.stocked
                    )}
                  </td>
                  <td className="rtable__end" data-label={t("stock.reserved")}>
                    {row.manage_inventory ? row.reserved : "—"}
                  </td>
                  <td className="rtable__end" data-label={t("stock.available")}>
                    {row.manage_inventory ? row.available : "—"}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className="catalog-stock-actions">
          <SubmitButton pendingLabel={t("stock.saving")}>{t("stock.save")}</SubmitButton>
          {state.error ? <Notice tone="danger" testId="form-error">{state.error}</Notice> : null}
          {state.success ? <Notice tone="success" testId="form-success">{state.success}</Notice> : null}
        </div>
      ) : null}
    </form>
  )
}
