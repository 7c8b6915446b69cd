import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { AdminLink, lapasProductsPath } from "../lib/links"
import { messages } from "../lib/messages"

const t = messages.productListLink

/** Above the product list: the built-in table has no lapas column, so point to the page that has one. */
const ProductListLapasLinkWidget = () => (
  <Container className="flex flex-wrap items-center gap-x-3 gap-y-1 px-6 py-3">
    <ShoppingBag className="text-ui-fg-subtle shrink-0" />
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {t.hint}
    </Text>
    <AdminLink
      to={lapasProductsPath()}
      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus ml-auto"
    >
      {t.open} →
    </AdminLink>
  </Container>
)

export const config = defineWidgetConfig({
  zone: "product.list.before",
})

export default ProductListLapasLinkWidget
