import type { Venue } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import Link from "next/link"
import { ActionForm } from "@/components/action-form"
import { Badge } from "@/components/badge"
import { EmptyState } from "@/components/empty-state"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getLocale, getT } from "@/i18n/server"
import { listVenues } from "@/lib/data/direct-sales-admin"
import { getLapas } from "@/lib/data/lapas"
import { requireSection } from "@/lib/data/session"
import styles from "../riwayat/direct-sales.module.css"
import { DirectSalesHeader, lapasScope } from "../riwayat/lapas-scope"
import { todayIn } from "../riwayat/rules"
import { createEventAction, removeQrisAction, uploadQrisAction } from "./actions"
import { EventForm, QrisUploadForm } from "./event-forms"
import { dayLabel } from "./event-rules"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(directSalesAdminMessages)
  return { title: t("venues.title") }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

/**
 * Acara & tempat: the lapas's standing venues (showroom, gate, cooperative), its exhibitions
 * (register, open one to edit, move stock and close it) and its static QRIS image. Staff change
 * them; finance and national members read (national picks a lapas).
 */
export default async function VenuesPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireSection("direct_sales")
  const t = await getT(directSalesAdminMessages)
  const locale = await getLocale()
  const scope = await lapasScope(member, one((await searchParams).lapas) || undefined)
  const staff = member.role === "lapas_staff"
  const header = <DirectSalesHeader title={t("venues.title")} description={t("venues.description")} current="/penjualan/acara" staff={staff} scope={scope} t={t} />
  if (!scope.lapas) {
    return (
      <>
        {header}
        <EmptyState title={t("lapas.choose")} />
      </>
    )
  }
  const lapasId = scope.lapas.id
  const zone = scope.lapas.time_zone
  const [venues, lapas] = await Promise.all([listVenues(scope.national ? lapasId : undefined), getLapas(lapasId)])
  const standing = venues.filter((v) => v.kind !== "event")
  const events = venues
    .filter((v) => v.kind === "event")
    .sort((a, b) => Number(Boolean(a.closed_at)) - Number(Boolean(b.closed_at)) || (b.starts_on ?? "").localeCompare(a.starts_on ?? ""))
  const lapasQuery = scope.national ? `?lapas=${encodeURIComponent(lapasId)}` : ""
  const qrisUrl = lapas.lapas.qris_image_url

  const columns: Column<Venue>[] = [
    {
      key: "event",
      header: t("col.event"),
      primary: true,
      cell: (v) => (
        <Link href={`/penjualan/acara/${encodeURIComponent(v.id)}${lapasQuery}`} className="order-link" data-testid="event-link">
          {v.name}
        </Link>
      ),
    },
    { key: "place", header: t("col.place"), cell: (v) => v.place || "–" },
    {
      key: "dates",
      header: t("col.dates"),
      cell: (v) => t("venues.dates", { from: dayLabel(v.starts_on, zone, locale), to: dayLabel(v.ends_on, zone, locale) }),
    },
    {
      key: "discount",
      header: t("col.discount"),
      align: "end",
      cell: (v) => (v.max_discount_bp ? `${v.max_discount_bp / 100}%` : t("venues.noDiscount")),
    },
    {
      key: "state",
      header: t("col.state"),
      cell: (v) => <Badge tone={v.closed_at ? "neutral" : "success"}>{t(v.closed_at ? "venues.closed" : "venues.open")}</Badge>,
    },
  ]

  return (
    <>
      {header}
      <div className={styles.grid}>
        <div className={styles.sections}>
          <section aria-labelledby="events-title">
            <h2 id="events-title" className="section-title">
              {t("venues.events")}
            </h2>
            <ResponsiveTable
              caption={t("venues.caption")}
              columns={columns}
              rows={events}
              rowKey={(v) => v.id}
              empty={<EmptyState title={t("venues.eventsEmpty")} />}
            />
          </section>
          <section aria-labelledby="standing-title">
            <h2 id="standing-title" className="section-title">
              {t("venues.standing")}
            </h2>
            <p className="muted">{t("venues.standingIntro")}</p>
            <ul className={styles.standing} data-testid="standing-venues">
              {standing.map((v) => (
                <li key={v.id} className="card">
                  <strong>{v.name}</strong>
                  <br />
                  <span className="muted">
                    {t(`kind.${v.kind}`)} · {v.max_discount_bp ? t("venues.maxDiscount", { percent: v.max_discount_bp / 100 }) : t("venues.noDiscount")}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className={styles.sections}>
          {staff ? (
            <div className="card">
              <EventForm action={createEventAction} today={todayIn(zone)} />
            </div>
          ) : null}
          <section className="card" aria-labelledby="qris-title" data-testid="qris-section">
            <h2 id="qris-title" className="order-form__title">
              {t("qris.title")}
            </h2>
            <p className="muted">{t("qris.intro")}</p>
            {qrisUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- an uploaded file on the backend's host
              <img src={qrisUrl} alt={t("qris.alt", { name: scope.lapas.name })} className={styles.qris} data-testid="qris-image" />
            ) : (
              <p>{t("qris.none")}</p>
            )}
            {staff ? (
              <>
                <QrisUploadForm action={uploadQrisAction} lapasId={lapasId} replacing={Boolean(qrisUrl)} />
                {qrisUrl ? (
                  <ActionForm action={removeQrisAction} submitLabel={t("qris.remove")} pendingLabel={t("qris.removing")} variant="ghost" testId="qris-remove-form">
                    <input type="hidden" name="lapas_id" value={lapasId} />
                  </ActionForm>
                ) : null}
              </>
            ) : null}
          </section>
        </aside>
      </div>
    </>
  )
}
