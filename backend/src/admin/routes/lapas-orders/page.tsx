import type { ActionState, OrderPart, OrderPartListResponse } from "@karya-binaan/contracts"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, clx } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { LapasOrderStateBadge } from "../../components/lapas-order-state-badge"
import { ListFilterBar, OffsetPagination, useUrlListParams } from "../../components/list-controls"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { formatRupiah } from "../../lib/format"
import { lapasOrderQueryKeys, lapasOrdersApi, type LapasOrderListParams } from "../../lib/lapas-orders-api"
import {
  ACTION_STATES,
  formatLapasDateTime,
  isActionState,
  parseOrderNumber,
  unitCount,
} from "../../lib/lapas-orders-format"
import { lapasOrderMessages } from "../../lib/lapas-orders-messages"
import { AdminLink } from "../../lib/links"
import { messages } from "../../lib/messages"

const t = lapasOrderMessages.list

const PAGE_SIZE = 20

/** Tab, search, lapas filter and page live in the URL (`?state=&q=&lapas_id=&offset=`). */
function useListParams() {
  const { params, offset, update } = useUrlListParams()
  const state = params.get("state")
  return {
    state: isActionState(state) ? state : null,
    q: params.get("q") ?? "",
    lapasId: params.get("lapas_id") ?? "",
    offset,
    update,
  }
}

/**
 * The state tabs, as plain buttons ("Menunggu transfer", "Perlu dikemas",
 * "Perlu dikirim", "Siap diambil", "Semua"), each action tab with its count.
 */
function StateTabs({
  active,
  counts,
  onChange,
}: {
  active: ActionState | null
  counts: OrderPartListResponse["counts"] | undefined
  onChange: (state: ActionState | null) => void
}) {
  const tabs: { state: ActionState | null; label: string; count?: number }[] = [
    ...ACTION_STATES.map((state) => ({
      state,
      label: lapasOrderMessages.labels.tab[state],
      count: counts?.[state],
    })),
    { state: null, label: t.all },
  ]
  return (
    <div role="group" aria-label={t.tabsLabel} className="flex flex-wrap items-center gap-2">
      {tabs.map((tab) => {
        const selected = tab.state === active
        return (
          <Button
            key={tab.state ?? "all"}
            type="button"
            size="small"
            variant={selected ? "secondary" : "transparent"}
            aria-pressed={selected}
            className={clx(!selected && "text-ui-fg-subtle")}
            onClick={() => onChange(tab.state)}
          >
            {tab.label}
            {tab.count !== undefined ? (
              <Badge size="2xsmall" color={tab.count > 0 ? "blue" : "grey"} className="tabular-nums">
                {tab.count}
              </Badge>
            ) : null}
          </Button>
        )
      })}
    </div>
  )
}

function PartsTable({ parts, showLapas }: { parts: OrderPart[]; showLapas: boolean }) {
  const c = t.columns
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{c.order}</Table.HeaderCell>
            <Table.HeaderCell>{c.date}</Table.HeaderCell>
            <Table.HeaderCell>{c.buyer}</Table.HeaderCell>
            {showLapas ? <Table.HeaderCell>{c.lapas}</Table.HeaderCell> : null}
            <Table.HeaderCell className="text-right">{c.items}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{c.total}</Table.HeaderCell>
            <Table.HeaderCell>{c.state}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {parts.map((part) => (
            <Table.Row key={`${part.order_id}:${part.lapas.id}`}>
              <Table.Cell>
                <AdminLink to={`/orders/${encodeURIComponent(part.order_id)}`}>
                  {t.orderNumber(part.display_id)}
                </AdminLink>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                {formatLapasDateTime(part.created_at, part.lapas.time_zone)}
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-col py-1">
                  <Text size="small" leading="compact">
                    {part.buyer.name || messages.common.empty}
                  </Text>
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                    {part.shipping?.kind === "pickup"
                      ? t.pickup
                      : (part.buyer.city ?? messages.common.empty)}
                  </Text>
                </div>
              </Table.Cell>
              {showLapas ? <Table.Cell>{part.lapas.name}</Table.Cell> : null}
              <Table.Cell className="text-right tabular-nums">{t.units(unitCount(part))}</Table.Cell>
              <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                {formatRupiah(part.total)}
              </Table.Cell>
              <Table.Cell>
                <LapasOrderStateBadge state={part.state} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** /app/lapas-orders: the lapas's order parts, by the state that needs action. */
const LapasOrdersPage = () => {
  const { state, q, lapasId, offset, update } = useListParams()
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const isNational = me.data?.role === "national"
  const ownLapas = me.data && !isNational ? me.data.lapas : null

  const orderNumber = q ? parseOrderNumber(q) : null
  const invalidSearch = !!q && orderNumber === null
  const params: LapasOrderListParams = {
    state: state ?? undefined,
    lapasId: isNational ? lapasId || undefined : undefined,
    q: orderNumber ?? undefined,
    limit: PAGE_SIZE,
    offset,
  }
  const list = useQuery({
    queryKey: lapasOrderQueryKeys.list(params),
    queryFn: () => lapasOrdersApi.list(params),
    placeholderData: keepPreviousData,
    enabled: !invalidSearch && !me.isLoading,
  })

  const parts = list.data?.parts ?? []
  const count = list.data?.count ?? 0
  const filtered = !!q || (isNational && !!lapasId)

  let body: ReactNode
  if (invalidSearch) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.searchInvalid}</Text>
  } else if (me.isLoading || list.isLoading) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{messages.common.loading}</Text>
  } else if (list.isError) {
    body = (
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(list.error)}
        </Text>
        <Button size="small" variant="secondary" onClick={() => list.refetch()}>
          {messages.common.retry}
        </Button>
      </div>
    )
  } else if (parts.length === 0 && offset === 0) {
    body = (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {filtered ? t.noMatch : state ? t.emptyState : t.empty}
      </Text>
    )
  } else {
    body = (
      <div>
        <PartsTable parts={parts} showLapas={isNational} />
        <OffsetPagination
          count={count}
          offset={offset}
          pageSize={PAGE_SIZE}
          onOffsetChange={(next) => update({ offset: next })}
          translations={t.pagination}
        />
      </div>
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">{t.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {isNational ? t.subtitleNational : t.subtitle}
          </Text>
        </div>
        {ownLapas ? (
          <Badge size="2xsmall" color="blue">
            {ownLapas.name}
          </Badge>
        ) : null}
      </div>

      <div className="px-6 py-4">
        <StateTabs
          active={state}
          counts={list.data?.counts}
          onChange={(next) => update({ state: next, offset: null })}
        />
      </div>

      <ListFilterBar q={q} lapasId={lapasId} showLapasFilter={isNational} update={update} texts={t} />

      {body}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: lapasOrderMessages.nav.lapasOrders,
  icon: TruckFast,
})

export default LapasOrdersPage
