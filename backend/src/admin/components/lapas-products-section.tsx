import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { api, errorMessage, queryKeys } from "../lib/api"
import { AdminLink, lapasProductsPath } from "../lib/links"
import { messages } from "../lib/messages"
import { LapasProductsTable } from "./lapas-products-table"

const t = messages.detail.products

/** How many products the lapas page shows before "Lihat semua". */
const FIRST_PRODUCTS = 20

/** Lapas detail page: the lapas's first products, and a link to all of them. */
export function LapasProductsSection({ lapasId }: { lapasId: string }) {
  const params = { lapasId, limit: FIRST_PRODUCTS, offset: 0 }
  const { data, isLoading, isError, error, refetch } = useQuery({
    queryKey: queryKeys.lapasProducts(params),
    queryFn: () => api.listLapasProducts(params),
  })

  const products = data?.products ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t.title}</Heading>
          {data ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t.shown(products.length, data.count)}
            </Text>
          ) : null}
        </div>
        <AdminLink
          to={lapasProductsPath(lapasId)}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus shrink-0"
        >
          {t.viewAll} →
        </AdminLink>
      </div>

      {isLoading ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {messages.common.loading}
          </Text>
        </div>
      ) : isError ? (
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            {messages.common.retry}
          </Button>
        </div>
      ) : products.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t.empty}
          </Text>
        </div>
      ) : (
        <LapasProductsTable products={products} showLapas={false} />
      )}
    </Container>
  )
}
