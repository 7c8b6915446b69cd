"use client"

import { formatRupiah } from "@karya-binaan/format"
import { useId, useMemo, useState } from "react"
import { useT } from "@/i18n/client"
import { AddToCart } from "@/modules/products/components/add-to-cart"
import { useSelectVariant } from "./selected-variant"
import { initialPickerVariant } from "./variant-selection"

export type PickerOption = { id: string; title: string; values: string[] }
export type PickerVariant = {
  id: string
  /** option id → value */
  options: Record<string, string>
  price: number | null
  inStock: boolean
}

function matches(variant: PickerVariant, selection: Record<string, string>): boolean {
  return Object.entries(selection).every(([optionId, value]) => variant.options[optionId] === value)
}

/**
 * Variant choice (one radio group per option) with the chosen variant's price and stock, and the
 * add-to-cart button for exactly that variant (disabled when the combination does not exist or is sold out).
 * Inside a SelectedVariantProvider it also tells the page which variant is chosen (the impact block follows it).
 */
export function VariantPicker({
  options,
  variants,
}: {
  options: PickerOption[]
  variants: PickerVariant[]
}) {
  const t = useT()
  const baseId = useId()
  const selectVariant = useSelectVariant()
  const [selection, setSelection] = useState<Record<string, string>>(() => ({ ...(initialPickerVariant(variants)?.options ?? {}) }))
  const selected = useMemo(() => variants.find((v) => matches(v, selection)) ?? null, [variants, selection])
  const choose = (optionId: string, value: string) => {
    const next = { ...selection, [optionId]: value }
    setSelection(next)
    selectVariant(variants.find((v) => matches(v, next))?.id ?? null)
  }

  return (
    <div className="purchase">
      <div className="purchase__summary" aria-live="polite">
        {selected ? (
          <>
            {selected.price !== null ? (
              <span className="product-price" data-testid="product-price">
                {formatRupiah(selected.price)}
              </span>
            ) : (
              <span className="product-price product-price--none" data-testid="product-price">
                {t("product.priceUnavailable")}
              </span>
            )}
            <span
              className={`stock ${selected.inStock ? "stock--in" : "stock--out"}`}
              data-testid="product-stock"
              data-in-stock={selected.inStock ? "true" : "false"}
            >
              {selected.inStock ? t("product.inStock") : t("product.outOfStock")}
            </span>
          </>
        ) : (
          <span className="stock stock--out" data-testid="product-stock" data-in-stock="false">
            {t("product.variantUnavailable")}
          </span>
        )}
      </div>

      <div className="variant-options" role="group" aria-label={t("product.options")}>
        {options.map((option) => (
          <fieldset key={option.id} className="variant-option">
            <legend className="variant-option__legend">{option.title}</legend>
            <div className="variant-option__values">
              {option.values.map((value, index) => {
                const inputId = `${baseId}-${option.id}-${index}`
                return (
                  <span key={value} className="variant-value">
                    <input
                      type="radio"
                      id={inputId}
                      name={`${baseId}-${option.id}`}
                      value={value}
                      checked={selection[option.id] === value}
                      onChange={() => choose(option.id, value)}
                    />
                    <label htmlFor={inputId}>{value}</label>
                  </span>
                )
              })}
            </div>
          </fieldset>
        ))}
      </div>

      <AddToCart
        variantId={selected?.id ?? null}
        disabled={!selected || !selected.inStock || selected.price === null}
      />
    </div>
  )
}
