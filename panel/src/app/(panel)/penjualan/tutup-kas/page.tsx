import type { CashClosing } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { SelectField } from "@/components/choice-field"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { Money } from "@/components/money"
import { Pagination } from "@/components/pagination"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getLocale, getT } from "@/i18n/server"
import { CASH_CLOSINGS_PAGE_SIZE, getCashClosingPreview, listCashClosings, listVenues } from "@/lib/data/direct-sales-admin"
import { requireSection } from "@/lib/data/session"
import styles from "../riwayat/direct-sales.module.css"
import { DirectSalesHeader, lapasScope } from "../riwayat/lapas-scope"
import { isDay, todayIn } from "../riwayat/rules"
import { dayLabel } from "../acara/event-rules"
import { pickVenue } from "./closing-rules"
import { DayPreview, DifferenceText } from "./day-preview"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(directSalesAdminMessages)
  return { title: t("closing.title") }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const one = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? "").trim()

/**
 * Tutup kas: staff pick a venue and a day (today in the lapas's zone by default), see what the
 * day's sales say came in per payment method, count the drawer and close it, with a reason when
 * it does not match; a closed day shows its closing. Everyone sees the list of closings with
 * their differences (finance and national read it; national picks a lapas).
 */
export default async function CashClosingPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireSection("direct_sales")
  const t = await getT(directSalesAdminMessages)
  const locale = await getLocale()
  const params = await searchParams
  const scope = await lapasScope(member, one(params.lapas) || undefined)
  const staff = member.role === "lapas_staff"
  const header = <DirectSalesHeader title={t("closing.title")} description={staff ? t("closing.description") : t("closing.descriptionReader")} current="/penjualan/tutup-kas" staff={staff} scope={scope} t={t} />
  if (!scope.lapas) {
    return (
      <>
        {header}
        <EmptyState title={t("lapas.choose")} />
      </>
    )
  }

  const zone = scope.lapas.time_zone
  const lapasId = scope.national ? scope.lapas.id : undefined
  const today = todayIn(zone)
  const day = isDay(one(params.hari)) ? one(params.hari) : today
  const venues = await listVenues(lapasId)
  const venue = pickVenue(venues, one(params.tempat) || undefined, day)
  const page = Math.max(1, Number.parseInt(one(params.halaman), 10) || 1)
  const from = isDay(one(params.dari)) ? one(params.dari) : undefined
  const to = isDay(one(params.sampai)) ? one(params.sampai) : undefined
  const [preview, closings] = await Promise.all([
    staff && venue ? getCashClosingPreview({ venueId: venue.id, day }) : Promise.resolve(null),
    listCashClosings({ venueId: staff ? venue?.id : one(params.tempat) || undefined, from, to, lapasId, page }),
  ])

  const closingColumns: Column<CashClosing>[] = [
    { key: "day", header: t("col.day"), primary: true, cell: (c) => dayLabel(c.business_date, zone, locale) },
    { key: "venue", header: t("col.venue"), cell: (c) => c.venue.name },
    { key: "cashier", header: t("col.cashier"), cell: (c) => c.cashier.name || "-" },
    { key: "expected", header: t("col.expectedCash"), align: "end", cell: (c) => <Money amount={c.expected_cash} /> },
    { key: "counted", header: t("col.countedCash"), align: "end", cell: (c) => <Money amount={c.counted_cash} /> },
    { key: "difference", header: t("col.difference"), align: "end", cell: (c) => <DifferenceText difference={c.difference} t={t} testId="closing-row-difference" /> },
    { key: "reason", header: t("col.reason"), cell: (c) => c.reason ?? "–" },
  ]
  const listQuery: Record<string, string> = {}
  if (lapasId) listQuery.lapas = lapasId
  if (one(params.tempat)) listQuery.tempat = one(params.tempat)
  if (staff) listQuery.hari = day
  if (from) listQuery.dari = from
  if (to) listQuery.sampai = to

  return (
    <>
      {header}
      {venues.length === 0 ? <EmptyState title={t("closing.noVenues")} /> : null}
      {staff && venue ? (
        <>
          <form method="get" action="/penjualan/tutup-kas" className={`card form-grid ${styles.filters}`} aria-label={t("closing.pick")} data-testid="closing-pick">
            <SelectField
              label={t("closing.venue")}
              name="tempat"
              defaultValue={venue.id}
              options={venues.map((v) => ({ value: v.id, label: v.closed_at ? `${v.name} (${t("venues.closed")})` : v.name }))}
            />
            <Field label={t("closing.day")} name="hari" type="date" max={today} defaultValue={day} />
            <div className="field">
              <span className="field__label" aria-hidden="true">
                &nbsp;
              </span>
              <button type="submit" className="button button--secondary">
                {t("closing.show")}
              </button>
            </div>
          </form>
          {preview ? <DayPreview preview={preview} t={t} zone={zone} locale={locale} /> : null}
        </>
      ) : null}
      {!staff && venues.length ? (
        <form method="get" action="/penjualan/tutup-kas" className={`card form-grid ${styles.filters}`} role="search" data-testid="closing-filters">
          {lapasId ? <input type="hidden" name="lapas" value={lapasId} /> : null}
          <SelectField
            label={t("closing.venue")}
            name="tempat"
            defaultValue={one(params.tempat)}
            options={[{ value: "", label: t("history.allVenues") }, ...venues.map((v) => ({ value: v.id, label: v.name }))]}
          />
          <Field label={t("closing.from")} name="dari" type="date" defaultValue={from ?? ""} />
          <Field label={t("closing.to")} name="sampai" type="date" defaultValue={to ?? ""} />
          <div className="field">
            <span className="field__label" aria-hidden="true">
              &nbsp;
            </span>
            <button type="submit" className="button button--secondary">
              {t("history.apply")}
            </button>
          </div>
        </form>
      ) : null}
      <section aria-labelledby="closings-title">
        <h2 id="closings-title" className="section-title">
          {t("closing.listTitle")}
        </h2>
        <ResponsiveTable
          caption={t("closing.listCaption")}
          columns={closingColumns}
          rows={closings.closings}
          rowKey={(c) => c.id}
          empty={<EmptyState title={t("closing.listEmpty")} />}
        />
        <Pagination page={page} pages={Math.ceil(closings.count / CASH_CLOSINGS_PAGE_SIZE)} basePath="/penjualan/tutup-kas" query={listQuery} />
      </section>
    </>
  )
}
