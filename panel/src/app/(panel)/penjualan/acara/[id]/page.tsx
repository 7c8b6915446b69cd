import type { VenueStockResponse, VenueStockRow } from "@karya-binaan/contracts"
import { formatDateTime, type LapasTimeZone } from "@karya-binaan/format"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { Badge } from "@/components/badge"
import { EmptyState } from "@/components/empty-state"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getLocale, getT } from "@/i18n/server"
import { isApiError } from "@/lib/data/api"
import { listStock } from "@/lib/data/catalog"
import { getVenueStock } from "@/lib/data/direct-sales-admin"
import { getLapas } from "@/lib/data/lapas"
import { requireSection } from "@/lib/data/session"
import styles from "../../riwayat/direct-sales.module.css"
import { closeEventAction, moveStockAction, updateEventAction } from "../actions"
import { CloseEventForm, EventForm, MoveStockForm, type MoveRow } from "../event-forms"
import { basisPointsToPercent, dayLabel } from "../event-rules"

type Params = Promise<{ id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(directSalesAdminMessages)
  return { title: t("venues.title") }
}

/**
 * The rows of the move form: the lapas's stock-tracked variants (those matching the search) with
 * what the warehouse holds, and every variant already at the event, with what it holds there.
 */
function moveRows(event: VenueStockRow[], warehouse: Awaited<ReturnType<typeof listStock>>["stock"]): MoveRow[] {
  const rows = new Map<string, MoveRow>()
  for (const s of event) {
    rows.set(s.variant_id, { variant_id: s.variant_id, title: s.title, variant_title: s.variant_title, sku: s.sku, warehouse: null, at_event: s.quantity })
  }
  for (const w of warehouse) {
    if (!w.manage_inventory) continue
    const known = rows.get(w.variant_id)
    if (known) known.warehouse = w.available
    else {
      rows.set(w.variant_id, {
        variant_id: w.variant_id,
        title: w.product_title,
        variant_title: w.variant_title && w.variant_title !== w.product_title ? w.variant_title : null,
        sku: w.sku,
        warehouse: w.available,
        at_event: 0,
      })
    }
  }
  return [...rows.values()]
}

/** One exhibition: its stock (negative levels highlighted), moving stock to and from it, editing and closing it. */
export default async function EventPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const member = await requireSection("direct_sales")
  const { id } = await params
  const q = one((await searchParams).q).trim()
  const t = await getT(directSalesAdminMessages)
  const locale = await getLocale()
  let data: VenueStockResponse
  try {
    data = await getVenueStock(id)
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 400)) notFound()
    throw error
  }
  const { venue, stock } = data
  if (venue.kind !== "event") notFound()
  const staff = member.role === "lapas_staff"
  const open = !venue.closed_at
  const zone: LapasTimeZone =
    member.lapas?.id === venue.lapas_id ? member.lapas.time_zone : (await getLapas(venue.lapas_id)).lapas.time_zone
  const warehouse = staff && open ? (await listStock({ q: q || undefined, limit: 100 })).stock : []
  const backHref = member.role === "national" ? `/penjualan/acara?lapas=${encodeURIComponent(venue.lapas_id)}` : "/penjualan/acara"

  const columns: Column<VenueStockRow>[] = [
    {
      key: "product",
      header: t("col.product"),
      primary: true,
      cell: (row) => [row.title, row.variant_title].filter(Boolean).join(" · "),
    },
    { key: "sku", header: t("col.sku"), cell: (row) => row.sku ?? "–" },
    {
      key: "quantity",
      header: t("col.quantity"),
      align: "end",
      cell: (row) =>
        row.quantity < 0 ? (
          <span className={styles.negative} data-testid="event-stock-negative">
            {row.quantity} <Badge tone="danger">{t("eventPage.negative")}</Badge>
          </span>
        ) : (
          <span data-testid="event-stock-quantity">{row.quantity}</span>
        ),
    },
  ]

  return (
    <>
      <p className="order-back">
        <Link href={backHref}>← {t("eventPage.back")}</Link>
      </p>
      <PageHeader
        title={venue.name}
        description={[
          venue.place,
          t("venues.dates", { from: dayLabel(venue.starts_on, zone, locale), to: dayLabel(venue.ends_on, zone, locale) }),
          venue.max_discount_bp ? t("venues.maxDiscount", { percent: venue.max_discount_bp / 100 }) : t("venues.noDiscount"),
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <div className="order-part__head">
        <Badge tone={open ? "success" : "neutral"}>
          <span data-testid="event-state">{t(open ? "venues.open" : "venues.closed")}</span>
        </Badge>
      </div>
      {venue.closed_at ? (
        <Notice tone="info">{t("close.closedAt", { at: formatDateTime(new Date(venue.closed_at), zone, locale) })}</Notice>
      ) : null}

      <div className={styles.grid}>
        <section className={styles.sections} aria-labelledby="event-stock-title">
          <div>
            <h2 id="event-stock-title" className="section-title">
              {t("eventPage.stock")}
            </h2>
            <ResponsiveTable
              caption={t("eventPage.stockCaption")}
              columns={columns}
              rows={stock}
              rowKey={(row) => row.variant_id}
              empty={<EmptyState title={t("eventPage.stockEmpty")} />}
            />
          </div>
          {staff && open ? (
            <div className="card">
              <form method="get" className="order-search" role="search">
                <label htmlFor="move-search" className="field__label">
                  {t("move.search")}
                </label>
                <div className="order-search__row">
                  <input id="move-search" name="q" className="field__input" defaultValue={q} />
                  <button type="submit" className="button button--secondary">
                    {t("move.searchButton")}
                  </button>
                </div>
              </form>
              <MoveStockForm action={moveStockAction} venueId={venue.id} rows={moveRows(stock, warehouse)} />
            </div>
          ) : null}
        </section>
        {staff ? (
          <aside className={styles.sections}>
            {open ? (
              <div className="card">
                <EventForm
                  action={updateEventAction}
                  today=""
                  venue={{ id: venue.id, name: venue.name, place: venue.place, max_discount_percent: basisPointsToPercent(venue.max_discount_bp) }}
                />
              </div>
            ) : null}
            {/* Rendered while closed too, in the same place, so the answer of closing (what came back) stays. */}
            <div className={open ? "card" : undefined}>
              <CloseEventForm action={closeEventAction} venueId={venue.id} closed={!open} />
            </div>
          </aside>
        ) : null}
      </div>
    </>
  )
}
