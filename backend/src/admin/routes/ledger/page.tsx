import type { LedgerAccount } from "@karya-binaan/contracts"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import { OffsetPagination } from "../../components/list-controls"
import { LedgerKindBadge } from "../../components/ledger-kind-badge"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { formatRupiah, rupiahNumber } from "../../lib/format"
import { AdminLink } from "../../lib/links"
import { messages } from "../../lib/messages"
import { errorStatus, moneyApi, moneyQueryKeys, type LedgerParams } from "../../lib/money-api"
import { formatDateTime } from "../../lib/money-format"
import { moneyMessages } from "../../lib/money-messages"

const t = moneyMessages.ledger
const PAGE_SIZE = 50
/** Select items need a non-empty value; this one stands for "no lapas filter". */
const ALL_LAPAS = "all"
const ACCOUNTS: LedgerAccount[] = ["capital", "premi", "pnbp"]

/** Filters and page live in the URL (`?lapas_id=&from=&to=&offset=`). */
function useLedgerParams() {
  const [params, setParams] = useSearchParams()
  const offset = Number.parseInt(params.get("offset") ?? "", 10)
  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value)
        else next.delete(key)
      }
      return next
    })
  return {
    lapasId: params.get("lapas_id") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
    update,
  }
}

/** /app/ledger: the append-only ledger of shares, for national and finance users. */
const LedgerPage = () => {
  const { lapasId, from, to, offset, update } = useLedgerParams()
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const role = me.data?.role
  const allowed = role === "national" || role === "finance"
  const isNational = role === "national"

  const lapasList = useQuery({
    queryKey: queryKeys.lapasOptions,
    queryFn: api.listAllLapas,
    enabled: isNational,
  })

  const params: LedgerParams = {
    lapasId: isNational ? lapasId || undefined : undefined,
    from: from || undefined,
    to: to || undefined,
    limit: PAGE_SIZE,
    offset,
  }
  const ledger = useQuery({
    queryKey: moneyQueryKeys.ledger(params),
    queryFn: () => moneyApi.ledger(params),
    enabled: allowed,
    placeholderData: keepPreviousData,
  })

  const lapasNames = new Map((lapasList.data ?? []).map((row) => [row.id, row.name]))
  const status = ledger.isError ? errorStatus(ledger.error) : undefined
  const entries = ledger.data?.entries ?? []
  const count = ledger.data?.count ?? 0
  const c = t.columns

  let body: ReactNode
  if (me.isLoading || (allowed && ledger.isLoading)) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{messages.common.loading}</Text>
  } else if (me.isError) {
    body = <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(me.error)}</Text>
  } else if (!allowed || status === 403) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.forbidden}</Text>
  } else if (ledger.isError) {
    body = (
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(ledger.error)}
        </Text>
        <Button size="small" variant="secondary" onClick={() => ledger.refetch()}>
          {messages.common.retry}
        </Button>
      </div>
    )
  } else {
    body = (
      <>
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            {t.totals}
          </Text>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            {ACCOUNTS.map((account) => (
              <div key={account} className="flex flex-col">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {moneyMessages.labels.account[account]}
                </Text>
                <Text size="base" weight="plus" className="tabular-nums">
                  {formatRupiah(ledger.data?.totals[account] ?? 0)}
                </Text>
              </div>
            ))}
          </div>
        </div>
        {entries.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.empty}</Text>
        ) : (
          <div>
            <div className="overflow-x-auto">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{c.date}</Table.HeaderCell>
                    {isNational ? <Table.HeaderCell>{c.lapas}</Table.HeaderCell> : null}
                    <Table.HeaderCell>{c.order}</Table.HeaderCell>
                    <Table.HeaderCell>{c.account}</Table.HeaderCell>
                    <Table.HeaderCell>{c.kind}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{c.amount}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {entries.map((entry) => (
                    <Table.Row key={entry.id}>
                      <Table.Cell>{formatDateTime(entry.booked_at ?? entry.created_at)}</Table.Cell>
                      {isNational ? (
                        <Table.Cell>
                          {entry.lapas_id
                            ? (lapasNames.get(entry.lapas_id) ?? entry.lapas_id)
                            : messages.common.empty}
                        </Table.Cell>
                      ) : null}
                      <Table.Cell>
                        {entry.order_id ? (
                          <AdminLink to={`/orders/${encodeURIComponent(entry.order_id)}`}>
                            {entry.order_id}
                          </AdminLink>
                        ) : (
                          messages.common.empty
                        )}
                      </Table.Cell>
                      <Table.Cell>{moneyMessages.labels.account[entry.account] ?? entry.account}</Table.Cell>
                      <Table.Cell>
                        <LedgerKindBadge kind={entry.kind} />
                      </Table.Cell>
                      <Table.Cell
                        className={
                          rupiahNumber(entry.amount) < 0
                            ? "text-ui-fg-error text-right tabular-nums"
                            : "text-right tabular-nums"
                        }
                      >
                        {formatRupiah(entry.amount)}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
            <OffsetPagination
              count={count}
              offset={offset}
              pageSize={PAGE_SIZE}
              onOffsetChange={(next) => update({ offset: next })}
              translations={t.pagination}
            />
          </div>
        )}
      </>
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.subtitle}
        </Text>
      </div>
      {allowed ? (
        <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-end">
          {isNational ? (
            <div className="flex w-full flex-col gap-y-1 md:max-w-[280px]">
              <Label size="xsmall" weight="plus">
                {t.lapas}
              </Label>
              <Select
                size="small"
                value={lapasId || ALL_LAPAS}
                onValueChange={(next) =>
                  update({ lapas_id: next === ALL_LAPAS ? null : next, offset: null })
                }
              >
                <Select.Trigger aria-label={t.lapas}>
                  <Select.Value placeholder={t.lapas} />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL_LAPAS}>{t.allLapas}</Select.Item>
                  {(lapasList.data ?? []).map((row) => (
                    <Select.Item key={row.id} value={row.id}>
                      {row.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          ) : null}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="ledger-from" size="xsmall" weight="plus">
              {t.from}
            </Label>
            <Input
              id="ledger-from"
              type="date"
              size="small"
              value={from}
              max={to || undefined}
              onChange={(e) => update({ from: e.target.value || null, offset: null })}
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="ledger-to" size="xsmall" weight="plus">
              {t.to}
            </Label>
            <Input
              id="ledger-to"
              type="date"
              size="small"
              value={to}
              min={from || undefined}
              onChange={(e) => update({ to: e.target.value || null, offset: null })}
            />
          </div>
        </div>
      ) : null}
      {body}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: moneyMessages.nav.ledger,
  icon: Cash,
})

export default LedgerPage
