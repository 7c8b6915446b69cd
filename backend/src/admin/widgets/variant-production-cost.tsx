import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProductVariant, DetailWidgetProps } from "@medusajs/framework/types"
import { ProductionCostsSection } from "../components/production-costs-section"

/** Variant details: this variant's HPP, stock by batch and "Catat batch produksi". */
const VariantProductionCostWidget = ({ data: variant }: DetailWidgetProps<AdminProductVariant>) => {
  const productId = variant.product_id ?? variant.product?.id
  if (!productId) {
    return null
  }
  return <ProductionCostsSection productId={productId} variantId={variant.id} />
}

export const config = defineWidgetConfig({
  zone: "product_variant.details",
})

export default VariantProductionCostWidget
