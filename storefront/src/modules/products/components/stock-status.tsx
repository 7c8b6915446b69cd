import type { Translate } from "@/i18n"

export function StockStatus({ inStock, t }: { inStock: boolean; t: Translate }) {
  return (
    <span
      className={`stock ${inStock ? "stock--in" : "stock--out"}`}
      data-testid="product-stock"
      data-in-stock={inStock ? "true" : "false"}
    >
      {inStock ? t("product.inStock") : t("product.outOfStock")}
    </span>
  )
}
