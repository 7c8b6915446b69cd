import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { SectionRow } from "../components/section-row"
import { api, errorMessage, queryKeys } from "../lib/api"
import { AdminLink, lapasPath } from "../lib/links"
import { messages } from "../lib/messages"
import { useQuery } from "@tanstack/react-query"

const t = messages.productWidget

/** Product details, side column: which lapas made this product. */
const ProductLapasWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, isError, error } = useQuery({
    queryKey: queryKeys.productLapas(product.id),
    queryFn: () => api.productLapas(product.id),
  })

  const lapas = data?.product.lapas ?? null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center gap-x-2 px-6 py-4">
        <BuildingStorefront className="text-ui-fg-subtle" />
        <Heading level="h2">{t.title}</Heading>
      </div>

      {isLoading ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {messages.common.loading}
          </Text>
        </div>
      ) : isError ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
        </div>
      ) : !lapas ? (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus" leading="compact">
            {t.notLinked}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t.notLinkedHint}
          </Text>
        </div>
      ) : (
        <>
          <SectionRow label={t.name} value={lapas.name} />
          <SectionRow
            label={t.class}
            value={messages.labels.lapasClass[lapas.lapas_class] ?? lapas.lapas_class}
          />
          <SectionRow label={t.city} value={lapas.city} />
          <SectionRow label={t.province} value={lapas.province} />
          <div className="px-6 py-4">
            <AdminLink to={lapasPath(lapas.id)} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus">
              {t.open} →
            </AdminLink>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
})

export default ProductLapasWidget
