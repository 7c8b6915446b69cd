import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { ListFilterBar, OffsetPagination, useUrlListParams } from "../../components/list-controls"
import { LapasProductsTable } from "../../components/lapas-products-table"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { messages } from "../../lib/messages"

const t = messages.lapasProducts

const PAGE_SIZE = 20

/** Search, lapas filter and page live in the URL (`?q=&lapas_id=&offset=`), so they can be linked to. */
function useListParams() {
  const { params, offset, update } = useUrlListParams()
  return { q: params.get("q") ?? "", lapasId: params.get("lapas_id") ?? "", offset, update }
}

/** /app/lapas-products: products with the lapas that makes them (the built-in list has no room for it). */
const LapasProductsPage = () => {
  const { q, lapasId, offset, update } = useListParams()
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const isNational = me.data?.role === "national"
  const ownLapas = me.data && !isNational ? me.data.lapas : null

  const params = { lapasId: lapasId || undefined, q: q || undefined, limit: PAGE_SIZE, offset }
  const { data, isLoading, isError, error, refetch } = useQuery({
    queryKey: queryKeys.lapasProducts(params),
    queryFn: () => api.listLapasProducts(params),
    placeholderData: keepPreviousData,
  })

  const products = data?.products ?? []
  const count = data?.count ?? 0
  const filtered = !!q || (isNational && !!lapasId)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">{t.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t.subtitle}
          </Text>
        </div>
        {ownLapas ? (
          <Badge size="2xsmall" color="blue">
            {ownLapas.name}
          </Badge>
        ) : null}
      </div>

      <ListFilterBar q={q} lapasId={lapasId} showLapasFilter={isNational} update={update} texts={t} />

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
      ) : products.length === 0 && offset === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {filtered ? t.noMatch : t.empty}
          </Text>
        </div>
      ) : (
        <div>
          <LapasProductsTable products={products} />
          <OffsetPagination
            count={count}
            offset={offset}
            pageSize={PAGE_SIZE}
            onOffsetChange={(next) => update({ offset: next })}
            translations={t.pagination}
          />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: messages.nav.lapasProducts,
  icon: ShoppingBag,
})

export default LapasProductsPage
