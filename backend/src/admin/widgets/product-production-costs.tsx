import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { ProductionCostsSection } from "../components/production-costs-section"

/** Product details, main column: HPP, stock by batch and "Catat batch produksi". */
const ProductProductionCostsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => (
  <ProductionCostsSection productId={product.id} />
)

export const config = defineWidgetConfig({
  // Medusa ≥ 2.17.2 names zones without ".before"/".after"; the widget goes at the end of the page.
  zone: "product.details",
})

export default ProductProductionCostsWidget
