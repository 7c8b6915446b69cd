import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { LapasProductsTable } from "../../components/lapas-products-table"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { messages } from "../../lib/messages"

const t = messages.lapasProducts

const PAGE_SIZE = 20
const SEARCH_DELAY_MS = 300
/** Select items need a non-empty value; this one stands for "no lapas filter". */
const ALL_LAPAS = "all"

type ParamChanges = Partial<Record<"q" | "lapas_id" | "offset", string | null>>

/** Search, lapas filter and page live in the URL (`?q=&lapas_id=&offset=`), so they can be linked to. */
function useListParams() {
  const [params, setParams] = useSearchParams()
  const offset = Number.parseInt(params.get("offset") ?? "", 10)

  const update = (changes: ParamChanges, options?: { replace?: boolean }) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      for (const [key, value] of Object.entries(changes)) {
        if (value) {
          next.set(key, value)
        } else {
          next.delete(key)
        }
      }
      return next
    }, options)

  return {
    q: params.get("q") ?? "",
    lapasId: params.get("lapas_id") ?? "",
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
    update,
  }
}

/** A search box that reports what was typed once typing pauses. */
function SearchInput({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value)
  const report = useRef(onChange)
  report.current = onChange

  // follow the URL when it changes from elsewhere (back button, "clear filters")
  useEffect(() => {
    setText((current) => (current.trim() === value ? current : value))
  }, [value])

  useEffect(() => {
    if (text.trim() === value) {
      return
    }
    const timer = setTimeout(() => report.current(text.trim()), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, value])

  return (
    <Input
      type="search"
      size="small"
      value={text}
      placeholder={t.searchPlaceholder}
      aria-label={t.searchPlaceholder}
      onChange={(event) => setText(event.target.value)}
    />
  )
}

/** National users only: narrow the list to one lapas. */
function LapasFilter({ value, onChange }: { value: string; onChange: (lapasId: string) => void }) {
  const { data: lapas = [], isLoading } = useQuery({
    queryKey: queryKeys.lapasOptions,
    queryFn: api.listAllLapas,
  })

  return (
    <Select
      size="small"
      value={value || ALL_LAPAS}
      onValueChange={(next) => onChange(next === ALL_LAPAS ? "" : next)}
      disabled={isLoading}
    >
      <Select.Trigger aria-label={t.lapasFilter}>
        <Select.Value placeholder={t.lapasFilter} />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL_LAPAS}>{t.allLapas}</Select.Item>
        {lapas.map((row) => (
          <Select.Item key={row.id} value={row.id}>
            {row.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
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

      <div className="flex flex-col gap-2 px-6 py-4 md:flex-row md:items-center">
        <div className="w-full md:max-w-[280px]">
          <SearchInput
            value={q}
            onChange={(next) => update({ q: next, offset: null }, { replace: true })}
          />
        </div>
        {isNational ? (
          <div className="w-full md:max-w-[280px]">
            <LapasFilter
              value={lapasId}
              onChange={(next) => update({ lapas_id: next, offset: null })}
            />
          </div>
        ) : null}
        {filtered ? (
          <Button
            size="small"
            variant="transparent"
            onClick={() => update({ q: null, lapas_id: null, offset: null })}
          >
            {t.clearFilters}
          </Button>
        ) : null}
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
      ) : products.length === 0 && offset === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {filtered ? t.noMatch : t.empty}
          </Text>
        </div>
      ) : (
        <div>
          <LapasProductsTable products={products} />
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={Math.floor(offset / PAGE_SIZE)}
            pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
            canPreviousPage={offset > 0}
            canNextPage={offset + PAGE_SIZE < count}
            previousPage={() =>
              update({ offset: offset > PAGE_SIZE ? String(offset - PAGE_SIZE) : null })
            }
            nextPage={() => update({ offset: String(offset + PAGE_SIZE) })}
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
