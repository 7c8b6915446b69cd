import type { LedgerAccount, OrderShareEntry, OrderShareLine, OrderShares } from "@karya-binaan/contracts"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { ChartPie, TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { LedgerKindBadge } from "../components/ledger-kind-badge"
import { MoneyRow } from "../components/money-row"
import { api, errorMessage, queryKeys } from "../lib/api"
import { formatRupiah, rupiahNumber } from "../lib/format"
import { messages } from "../lib/messages"
import { errorStatus, moneyApi, moneyQueryKeys } from "../lib/money-api"
import { formatDateTime, shareOfProfit } from "../lib/money-format"
import { moneyMessages } from "../lib/money-messages"

const t = moneyMessages.orderShares
const accounts = moneyMessages.labels.account
const ACCOUNTS: LedgerAccount[] = ["capital", "premi", "pnbp"]

function Header({ scopeNote }: { scopeNote?: string }) {
  return (
    <div className="flex flex-col gap-y-1 px-6 py-4">
      <div className="flex items-center gap-x-2">
        <ChartPie className="text-ui-fg-subtle" />
        <Heading level="h2">{t.title}</Heading>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {t.subtitle}
      </Text>
      {scopeNote ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          {scopeNote}
        </Text>
      ) : null}
    </div>
  )
}

function Note({ children, error = false }: { children: string; error?: boolean }) {
  return (
    <div className="px-6 py-4">
      <Text size="small" className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
        {children}
      </Text>
    </div>
  )
}

/** Revenue, HPP and profit, then the three shares with their part of the profit. */
function Totals({ shares }: { shares: OrderShares }) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <MoneyRow label={t.revenue} hint={t.revenueHint} value={formatRupiah(shares.revenue)} />
      <MoneyRow label={t.cost} value={formatRupiah(shares.cost)} />
      <MoneyRow
        label={t.profit}
        value={formatRupiah(shares.profit)}
        strong
        negative={rupiahNumber(shares.profit) < 0}
      />
      <div className="border-ui-border-base flex flex-col gap-y-3 border-t border-dashed pt-3">
        {ACCOUNTS.map((account) => (
          <MoneyRow
            key={account}
            label={t.accountWithShare(
              accounts[account],
              shareOfProfit(shares[account], shares.profit)
            )}
            value={formatRupiah(shares[account])}
            negative={rupiahNumber(shares[account]) < 0}
          />
        ))}
      </div>
    </div>
  )
}

function LineCard({ line, lapasName }: { line: OrderShareLine; lapasName?: string }) {
  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-md px-3 py-2">
      <div className="flex items-start justify-between gap-x-2">
        <div className="flex min-w-0 flex-col">
          <Text size="small" weight="plus" leading="compact" className="break-words">
            {line.title}
          </Text>
          {lapasName ? (
            <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
              {lapasName}
            </Text>
          ) : null}
        </div>
        <Text size="small" leading="compact" className="text-ui-fg-subtle shrink-0">
          {t.lines.quantity(line.quantity)}
        </Text>
      </div>
      <MoneyRow label={t.revenue} value={formatRupiah(line.revenue)} />
      <MoneyRow label={t.lines.unitCost} value={formatRupiah(line.unit_cost)} />
      <MoneyRow
        label={t.profit}
        value={formatRupiah(line.profit)}
        strong
        negative={rupiahNumber(line.profit) < 0}
      />
      {ACCOUNTS.map((account) => (
        <MoneyRow
          key={account}
          label={t.accountWithShare(accounts[account], shareOfProfit(line[account], line.profit))}
          value={formatRupiah(line[account])}
          negative={rupiahNumber(line[account]) < 0}
        />
      ))}
      {rupiahNumber(line.profit) <= 0 ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t.lossNote}
        </Text>
      ) : null}
    </div>
  )
}

/** Per-line breakdown, folded by default (the side column is narrow). */
function Lines({
  lines,
  lapasNames,
}: {
  lines: OrderShareLine[]
  lapasNames: Map<string, string>
}) {
  const [open, setOpen] = useState(false)
  if (lines.length === 0) {
    return null
  }
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Button
        type="button"
        size="small"
        variant="transparent"
        className="-ml-2 self-start"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? <TriangleDownMini /> : <TriangleRightMini />}
        {open ? t.lines.toggleHide : t.lines.toggleShow(lines.length)}
      </Button>
      {open ? (
        <div className="flex flex-col gap-y-2">
          {lines.map((line) => (
            <LineCard
              key={line.line_item_id}
              line={line}
              lapasName={line.lapas_id ? lapasNames.get(line.lapas_id) : undefined}
            />
          ))}
        </div>
      ) : null}
    </div>
  )
}

function Entries({
  entries,
  lines,
}: {
  entries: OrderShareEntry[]
  lines: OrderShareLine[]
}) {
  const titles = new Map(lines.map((line) => [line.line_item_id, line.title]))
  const sorted = [...entries].sort((a, b) => a.created_at.localeCompare(b.created_at))
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus" leading="compact">
          {t.entries.title}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {t.entries.count(entries.length)}
        </Text>
      </div>
      <ul className="flex flex-col gap-y-2">
        {sorted.map((entry) => (
          <li key={entry.id} className="flex items-start justify-between gap-x-3">
            <div className="flex min-w-0 flex-col gap-y-1">
              <div className="flex flex-wrap items-center gap-1">
                <LedgerKindBadge kind={entry.kind} />
                <Text size="small" leading="compact" weight="plus">
                  {accounts[entry.account] ?? entry.account}
                </Text>
              </div>
              <Text size="xsmall" leading="compact" className="text-ui-fg-muted break-words">
                {[titles.get(entry.line_item_id), formatDateTime(entry.created_at)]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
              {entry.reason ? (
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle break-words">
                  {entry.reason}
                </Text>
              ) : null}
            </div>
            <Text
              size="small"
              leading="compact"
              className={
                rupiahNumber(entry.amount) < 0
                  ? "text-ui-fg-error shrink-0 tabular-nums"
                  : "text-ui-fg-subtle shrink-0 tabular-nums"
              }
            >
              {formatRupiah(entry.amount)}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * Order details, side column: how the order's profit was (or will be) split
 * into capital, inmate premi and PNBP, with the ledger entries behind it.
 * Lapas staff (GIATJA) get a short note: the shares are for finance and national.
 */
const OrderSharesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const isLapasStaff = me.data?.role === "lapas_staff"
  const isNational = me.data?.role === "national"
  // national users see lines of several lapas: name each line's lapas
  const lapasList = useQuery({
    queryKey: queryKeys.lapasOptions,
    queryFn: api.listAllLapas,
    enabled: isNational,
  })
  const lapasNames = new Map((lapasList.data ?? []).map((lapas) => [lapas.id, lapas.name]))
  // finance sees only their own lapas's lines of an order that may hold others
  const scopeNote =
    me.data?.role === "finance" && me.data.lapas ? t.ownLapasOnly(me.data.lapas.name) : undefined

  const shares = useQuery({
    queryKey: moneyQueryKeys.orderShares(order.id),
    queryFn: () => moneyApi.orderShares(order.id),
    enabled: !me.isLoading && !isLapasStaff,
    retry: (count, error) => {
      const status = errorStatus(error)
      return !(status && status >= 400 && status < 500) && count < 2
    },
  })

  const status = shares.isError ? errorStatus(shares.error) : undefined
  // not visible to this user: the order page says so already
  if (status === 404) {
    return null
  }

  let body: ReactNode
  if (isLapasStaff || status === 403) {
    body = <Note>{t.forbidden}</Note>
  } else if (me.isLoading || shares.isLoading) {
    body = <Note>{messages.common.loading}</Note>
  } else if (shares.isError) {
    body = (
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(shares.error)}
        </Text>
        <Button size="small" variant="secondary" onClick={() => shares.refetch()}>
          {messages.common.retry}
        </Button>
      </div>
    )
  } else if (!shares.data || shares.data.entries.length === 0) {
    body = (
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small" weight="plus" leading="compact">
          {t.notBookedTitle}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {t.notBooked}
        </Text>
      </div>
    )
  } else {
    body = (
      <>
        <Totals shares={shares.data} />
        <Lines lines={shares.data.lines} lapasNames={lapasNames} />
        <Entries entries={shares.data.entries} lines={shares.data.lines} />
      </>
    )
  }

  return (
    <Container className="divide-y p-0">
      <Header scopeNote={scopeNote} />
      {body}
    </Container>
  )
}

export const config = defineWidgetConfig({
  // Medusa ≥ 2.17.2 names zones without ".before"/".after"; the widget goes at the end of the side column.
  zone: "order.details.side",
})

export default OrderSharesWidget
