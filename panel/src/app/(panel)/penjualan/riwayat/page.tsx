import type { DirectSale } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import Link from "next/link"
import { Badge } from "@/components/badge"
import { SelectField } from "@/components/choice-field"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { Money } from "@/components/money"
import { Notice } from "@/components/notice"
import { Pagination } from "@/components/pagination"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getLocale, getT } from "@/i18n/server"
import { DIRECT_SALES_PAGE_SIZE, listDirectSales, listVenues } from "@/lib/data/direct-sales-admin"
import { requireSection } from "@/lib/data/session"
import { DirectSalesHeader, lapasScope } from "./lapas-scope"
import { historyQuery, parseHistoryFilters, saleBadges, saleNumber } from "./rules"
import styles from "./direct-sales.module.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(directSalesAdminMessages)
  return { title: t("history.title") }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * Riwayat penjualan langsung: the lapas's direct sales, newest first, filtered by venue, day,
 * status and open negative stock; cards on a phone, a table on a desktop. Finance and national
 * members read it (national picks a lapas).
 */
export default async function DirectSalesHistoryPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireSection("direct_sales")
  const t = await getT(directSalesAdminMessages)
  const locale = await getLocale()
  const filters = parseHistoryFilters(await searchParams)
  const scope = await lapasScope(member, filters.lapasId)
  const staff = member.role === "lapas_staff"

  const header = <DirectSalesHeader title={t("history.title")} description={t("history.description")} current="/penjualan/riwayat" staff={staff} scope={scope} t={t} />
  if (!scope.lapas) {
    return (
      <>
        {header}
        <EmptyState title={t("lapas.choose")} />
      </>
    )
  }

  const lapasId = scope.national ? scope.lapas.id : undefined
  const zone = scope.lapas.time_zone
  const [list, venues] = await Promise.all([
    listDirectSales({ ...filters, lapasId }),
    listVenues(lapasId),
  ])
  const query = historyQuery({ ...filters, lapasId })
  const filtered = Boolean(filters.venueId || filters.day || filters.status || filters.warnings)

  const columns: Column<DirectSale>[] = [
    {
      key: "number",
      header: t("col.number"),
      primary: true,
      cell: (sale) => (
        <Link href={`/penjualan/${encodeURIComponent(sale.id)}`} className="order-link" data-testid="direct-sale-link">
          {saleNumber(sale)}
        </Link>
      ),
    },
    { key: "time", header: t("col.time"), cell: (sale) => <DateTime value={sale.sold_at} timeZone={zone} locale={locale} /> },
    { key: "venue", header: t("col.venue"), cell: (sale) => sale.venue.name },
    { key: "cashier", header: t("col.cashier"), cell: (sale) => sale.cashier.name || "-" },
    { key: "total", header: t("col.total"), align: "end", cell: (sale) => <Money amount={sale.total} /> },
    { key: "method", header: t("col.method"), cell: (sale) => t(`method.${sale.payment_method}`) },
    {
      key: "status",
      header: t("col.status"),
      cell: (sale) => {
        const badges = saleBadges(sale)
        if (!badges.length) return <Badge tone="success">{t("badge.completed")}</Badge>
        return (
          <span className="shipping-actions" data-testid="direct-sale-badges">
            {badges.map((b) => (
              <Badge key={b.key} tone={b.tone}>
                {t(`badge.${b.key}`)}
              </Badge>
            ))}
          </span>
        )
      },
    },
  ]

  return (
    <>
      {header}
      <form method="get" action="/penjualan/riwayat" className={`card form-grid ${styles.filters}`} role="search" aria-label={t("history.filters")} data-testid="history-filters">
        {lapasId ? <input type="hidden" name="lapas" value={lapasId} /> : null}
        <SelectField
          label={t("history.venue")}
          name="tempat"
          defaultValue={filters.venueId ?? ""}
          options={[{ value: "", label: t("history.allVenues") }, ...venues.map((v) => ({ value: v.id, label: v.name }))]}
        />
        <Field label={t("history.day")} name="hari" type="date" defaultValue={filters.day ?? ""} />
        <SelectField
          label={t("history.status")}
          name="status"
          defaultValue={query.status ?? ""}
          options={[
            { value: "", label: t("history.allStatuses") },
            { value: "selesai", label: t("history.completed") },
            { value: "batal", label: t("history.voided") },
          ]}
        />
        <div className="field">
          <span className="field__label" aria-hidden="true">
            &nbsp;
          </span>
          <label className={styles.checkbox}>
            <input type="checkbox" name="minus" value="1" defaultChecked={filters.warnings} /> {t("history.warnings")}
          </label>
        </div>
        <div className="field">
          <span className="field__label" aria-hidden="true">
            &nbsp;
          </span>
          <div className="shipping-actions">
            <button type="submit" className="button button--secondary">
              {t("history.apply")}
            </button>
            {filtered ? (
              <Link href={lapasId ? `/penjualan/riwayat?lapas=${encodeURIComponent(lapasId)}` : "/penjualan/riwayat"} className="button button--ghost">
                {t("history.reset")}
              </Link>
            ) : null}
          </div>
        </div>
      </form>
      {filters.dayInvalid ? <Notice tone="warning">{t("history.dayInvalid")}</Notice> : null}
      <ResponsiveTable
        caption={t("history.caption")}
        columns={columns}
        rows={list.direct_sales}
        rowKey={(sale) => sale.id}
        empty={<EmptyState title={filtered ? t("history.emptyFiltered") : t("history.empty")} />}
      />
      <Pagination
        page={filters.page}
        pages={Math.ceil(list.count / DIRECT_SALES_PAGE_SIZE)}
        basePath="/penjualan/riwayat"
        query={query}
      />
    </>
  )
}
