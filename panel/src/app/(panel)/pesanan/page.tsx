import { ORDER_TAB_KEYS, type LapasTimeZone, type OrderPart, type OrderTab } from "@karya-binaan/contracts"
import Link from "next/link"
import { Badge } from "@/components/badge"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { Money } from "@/components/money"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { sectionMetadata } from "@/components/section-placeholder"
import { Tabs } from "@/components/tabs"
import { ordersMessages } from "@/i18n/orders"
import { getLocale, getT } from "@/i18n/server"
import { listOrders, ORDERS_PAGE_SIZE } from "@/lib/data/orders"
import { requireSection } from "@/lib/data/session"
import { buyerSaysTransferred, listHref, parseOrderNumber, parseTab } from "./order-rules"
import { stateTone } from "./state-tone"

export const generateMetadata = () => sectionMetadata("orders")

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The lapas's parts of orders: tabs with counts for the work waiting, search by number, cards on a phone. */
export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireSection("orders")
  const t = await getT(ordersMessages)
  const locale = await getLocale()
  const params = await searchParams
  const tab = parseTab(one(params.tab))
  const searched = parseOrderNumber(one(params.q))
  const page = Math.max(1, Number.parseInt(one(params.halaman) ?? "1", 10) || 1)
  const q = searched ?? undefined
  const list = await listOrders({ tab, q, page })
  const national = member.role === "national"

  const columns: Column<OrderPart>[] = [
    {
      key: "number",
      header: t("col.number"),
      primary: true,
      cell: (part) => (
        <Link href={`/pesanan/${part.order_id}`} className="order-link" data-testid="order-link">
          #{part.display_id}
        </Link>
      ),
    },
    {
      key: "date",
      header: t("col.date"),
      cell: (part) => <DateTime value={part.created_at} timeZone={part.lapas.time_zone as LapasTimeZone} locale={locale} />,
    },
    ...(national ? [{ key: "lapas", header: t("col.lapas"), cell: (part: OrderPart) => part.lapas.name }] : []),
    {
      key: "buyer",
      header: t("col.buyer"),
      cell: (part) => [part.buyer.name, part.buyer.city].filter(Boolean).join(", ") || "-",
    },
    {
      key: "items",
      header: t("col.items"),
      cell: (part) => t("items.count", { count: part.items.reduce((sum, item) => sum + item.quantity, 0) }),
    },
    { key: "total", header: t("col.total"), align: "end", cell: (part) => <Money amount={part.total} /> },
    {
      key: "state",
      header: t("col.state"),
      cell: (part) => (
        <>
          <Badge tone={stateTone(part.state)}>{t(`state.${part.state}`)}</Badge>
          {buyerSaysTransferred(part) ? (
            <span className="order-notice-mark" data-testid="order-notice-mark">
              <Badge tone="info">{t("list.noticeMark")}</Badge>
            </span>
          ) : null}
        </>
      ),
    },
  ]

  const total = Object.values(list.tab_counts).reduce((sum, n) => sum + n, 0)
  const tabs = [
    { href: listHref({ q }), label: t("list.all"), count: total, current: !tab },
    ...ORDER_TAB_KEYS.map((key: OrderTab) => ({
      href: listHref({ tab: key, q }),
      label: t(`tab.${key}`),
      count: list.tab_counts[key],
      current: tab === key,
    })),
  ]
  const query: Record<string, string> = {}
  if (tab) query.tab = tab
  if (q) query.q = q

  return (
    <>
      <PageHeader title={t("list.title")} description={t("list.description")} />
      <form method="get" action="/pesanan" className="order-search" role="search">
        {tab ? <input type="hidden" name="tab" value={tab} /> : null}
        <label htmlFor="order-search" className="field__label">
          {t("list.search")}
        </label>
        <div className="order-search__row">
          <input
            id="order-search"
            name="q"
            className="field__input"
            inputMode="numeric"
            placeholder={t("list.searchPlaceholder")}
            defaultValue={one(params.q) ?? ""}
          />
          <button type="submit" className="button button--secondary">
            {t("list.searchButton")}
          </button>
          {one(params.q) ? (
            <Link href={listHref({ tab })} className="button button--ghost">
              {t("list.clearSearch")}
            </Link>
          ) : null}
        </div>
      </form>
      {searched === null ? <Notice tone="warning">{t("list.searchInvalid")}</Notice> : null}
      <Tabs label={t("list.tabsLabel")} items={tabs} />
      <ResponsiveTable
        caption={t("list.caption")}
        columns={columns}
        rows={list.parts}
        rowKey={(part) => `${part.order_id}:${part.lapas.id}`}
        empty={<EmptyState title={q ? t("list.emptySearch", { number: q }) : t("list.empty")} />}
      />
      <Pagination page={page} pages={Math.ceil(list.count / ORDERS_PAGE_SIZE)} basePath="/pesanan" query={query} />
    </>
  )
}
