import { SALE_CHANNELS, type IndicatorBestSeller, type IndicatorChannel, type IndicatorMonth } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { SelectField } from "@/components/choice-field"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { Money } from "@/components/money"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { nationalMessages } from "@/i18n/national"
import { getLocale, getT } from "@/i18n/server"
import { indicators, listLapas } from "@/lib/data/national"
import { requireSection } from "@/lib/data/session"
import { comparisonSortParam, type ComparisonSort } from "@/lib/lapas-comparison"
import { channelLabel, lapasChannelMatrix, shareOf, type IndicatorFigureKey, type LapasChannelRow } from "@/lib/sale-channels"
import { NationalSubnav } from "../subnav"
import { LapasComparisonTable } from "./lapas-comparison"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(nationalMessages)
  return { title: t("indicators.title") }
}

const MATRIX_FIGURES = ["revenue", "pnbp_booked", "premi_earned"] as const satisfies readonly IndicatorFigureKey[]

/**
 * The indicator dashboard for national members: every lapas rolled up, or one lapas; the split
 * per sales channel, and for the roll-up every lapas side by side (revenue, net units, PNBP
 * against its yearly target, premi, inmates earning; `?urut=` sorts it, by revenue unless told)
 * and every lapas compared by channel (`?angka=` picks the figure of that table: revenue, PNBP
 * booked or premi earned).
 */
export default async function IndicatorsPage({
  searchParams,
}: {
  searchParams: Promise<{ lapas?: string; tahun?: string; angka?: string; urut?: string }>
}) {
  await requireSection("national")
  const t = await getT(nationalMessages)
  const locale = await getLocale()
  const search = await searchParams
  const year = /^\d{4}$/.test(search.tahun ?? "") ? Number(search.tahun) : undefined
  const [{ lapas }, data] = await Promise.all([listLapas(), indicators({ lapas_id: search.lapas || undefined, year })])
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { month: "long", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`))
  const totals = data.totals
  const figure: IndicatorFigureKey = (MATRIX_FIGURES as readonly string[]).includes(search.angka ?? "") ? (search.angka as IndicatorFigureKey) : "revenue"
  const figureLabel = (f: IndicatorFigureKey) =>
    f === "revenue" ? t("indicators.revenue") : f === "pnbp_booked" ? t("indicators.pnbpBooked") : t("indicators.premiEarned")
  const revenueTotal = BigInt(String(totals.revenue))
  const sort = comparisonSortParam(search.urut)
  const sortHref = (by: ComparisonSort) => {
    const params = new URLSearchParams()
    if (search.tahun) params.set("tahun", search.tahun)
    if (search.angka) params.set("angka", search.angka)
    params.set("urut", by)
    return `?${params.toString()}#perbandingan`
  }
  const matrix = data.lapas_by_channel ? lapasChannelMatrix(data.lapas_by_channel, figure, t("indicators.allLapasRow")) : null
  const facts: [string, React.ReactNode][] = [
    [t("indicators.revenue"), <Money key="r" amount={totals.revenue} />],
    [t("indicators.profit"), <Money key="p" amount={totals.profit} />],
    [t("indicators.premiEarned"), <Money key="pe" amount={totals.premi_earned} />],
    [t("indicators.premiPaid"), <Money key="pp" amount={totals.premi_paid} />],
    [t("indicators.pnbpBooked"), <Money key="pb" amount={totals.pnbp_booked} />],
    [t("indicators.pnbpDeposited"), <Money key="pd" amount={totals.pnbp_deposited} />],
    [t("indicators.pnbpTarget"), <Money key="pt" amount={totals.pnbp_target} />],
    [t("indicators.progress"), totals.pnbp_target_progress_bp === null ? "—" : `${(totals.pnbp_target_progress_bp / 100).toLocaleString("id-ID")} %`],
    [t("indicators.inmates"), totals.inmates_earning.toLocaleString("id-ID")],
  ]
  return (
    <>
      <PageHeader title={t("indicators.title")} description={`${data.lapas?.name ?? t("indicators.all")} · ${data.year}`} />
      <NationalSubnav current="/nasional/indikator" />
      <div className="stack">
        <form className="form-grid" method="get">
          <SelectField label={t("field.lapas")} name="lapas" defaultValue={search.lapas ?? ""} options={[{ value: "", label: t("indicators.all") }, ...lapas.map((l) => ({ value: l.id, label: l.name }))]} />
          <Field label={t("indicators.year")} name="tahun" inputMode="numeric" defaultValue={String(data.year)} />
          <div className="field">
            <button type="submit" className="button button--secondary">
              {t("indicators.show")}
            </button>
          </div>
        </form>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {data.lapas_comparison ? (
          <section data-testid="indicator-lapas-comparison" id="perbandingan">
            <h2 className="section-title">{t("indicators.comparison")}</h2>
            <p className="muted">{t("indicators.comparisonHint")}</p>
            <LapasComparisonTable
              rows={data.lapas_comparison}
              sort={sort}
              hrefFor={sortHref}
              labels={{
                caption: `${t("indicators.comparison")} · ${data.year}`,
                lapas: t("field.lapas"),
                revenue: t("indicators.revenue"),
                quantity: t("indicators.netUnits"),
                pnbpBooked: t("indicators.pnbpBooked"),
                pnbpTarget: t("indicators.targetYearly"),
                progress: t("indicators.pnbpOfTarget"),
                premiEarned: t("indicators.premiEarned"),
                inmates: t("indicators.inmates"),
              }}
            />
          </section>
        ) : null}
        <section data-testid="indicator-channels">
          <h2 className="section-title">{t("indicators.byChannel")}</h2>
          <ResponsiveTable<IndicatorChannel>
            caption={t("indicators.byChannel")}
            rows={data.by_channel}
            rowKey={(c) => c.channel}
            columns={[
              { key: "channel", header: t("indicators.channel"), primary: true, cell: (c) => channelLabel(c.channel, locale) },
              { key: "revenue", header: t("indicators.revenue"), align: "end", cell: (c) => <Money amount={c.revenue} /> },
              { key: "share", header: t("indicators.share"), align: "end", cell: (c) => shareOf(BigInt(String(c.revenue)), revenueTotal) },
              { key: "profit", header: t("indicators.profit"), align: "end", cell: (c) => <Money amount={c.profit} /> },
              { key: "premi", header: t("indicators.premiEarned"), align: "end", cell: (c) => <Money amount={c.premi_earned} /> },
              { key: "pnbp", header: t("indicators.pnbpBooked"), align: "end", cell: (c) => <Money amount={c.pnbp_booked} /> },
              { key: "quantity", header: t("indicators.quantity"), align: "end", cell: (c) => c.quantity.toLocaleString("id-ID") },
            ]}
          />
        </section>
        {matrix ? (
          <section data-testid="indicator-lapas-channels">
            <h2 className="section-title">{t("indicators.lapasByChannel")}</h2>
            <p className="muted">{t("indicators.lapasByChannelHint")}</p>
            <form className="form-grid" method="get">
              {search.tahun ? <input type="hidden" name="tahun" value={search.tahun} /> : null}
              <SelectField
                label={t("indicators.figure")}
                name="angka"
                defaultValue={figure}
                options={MATRIX_FIGURES.map((f) => ({ value: f, label: figureLabel(f) }))}
              />
              <div className="field">
                <button type="submit" className="button button--secondary">
                  {t("indicators.show")}
                </button>
              </div>
            </form>
            <ResponsiveTable<LapasChannelRow>
              caption={`${t("indicators.lapasByChannel")} · ${figureLabel(figure)}`}
              rows={matrix}
              rowKey={(r) => r.key}
              columns={[
                { key: "lapas", header: t("field.lapas"), primary: true, cell: (r) => (r.isTotal ? <strong>{r.label}</strong> : r.label) },
                ...SALE_CHANNELS.map((channel, i) => ({
                  key: channel,
                  header: channelLabel(channel, locale),
                  align: "end" as const,
                  cell: (r: LapasChannelRow) => <Money amount={r.cells[i]} />,
                })),
                { key: "total", header: t("indicators.lapasTotal"), align: "end", cell: (r) => <Money amount={r.total} /> },
              ]}
            />
          </section>
        ) : null}
        <section>
          <h2 className="section-title">{t("indicators.byMonth")}</h2>
          <ResponsiveTable<IndicatorMonth>
            caption={t("indicators.byMonth")}
            rows={data.by_month}
            rowKey={(m) => m.month}
            columns={[
              { key: "month", header: t("indicators.month"), primary: true, cell: (m) => monthName(m.month) },
              { key: "revenue", header: t("indicators.revenue"), align: "end", cell: (m) => <Money amount={m.revenue} /> },
              { key: "profit", header: t("indicators.profit"), align: "end", cell: (m) => <Money amount={m.profit} /> },
              { key: "premi", header: t("indicators.premiEarned"), align: "end", cell: (m) => <Money amount={m.premi_earned} /> },
              { key: "pnbp", header: t("indicators.pnbpBooked"), align: "end", cell: (m) => <Money amount={m.pnbp_booked} /> },
              { key: "deposited", header: t("indicators.pnbpDeposited"), align: "end", cell: (m) => <Money amount={m.pnbp_deposited} /> },
            ]}
          />
        </section>
        <section>
          <h2 className="section-title">{t("indicators.bestSellers")}</h2>
          <ResponsiveTable<IndicatorBestSeller>
            caption={t("indicators.bestSellers")}
            rows={data.best_sellers}
            rowKey={(b) => b.product_id ?? b.title ?? ""}
            empty={<EmptyState title="—" />}
            columns={[
              { key: "product", header: t("indicators.product"), primary: true, cell: (b) => b.title ?? "—" },
              { key: "lapas", header: t("field.lapas"), cell: (b) => b.lapas_name },
              { key: "quantity", header: t("indicators.quantity"), align: "end", cell: (b) => b.quantity.toLocaleString("id-ID") },
              { key: "revenue", header: t("indicators.revenue"), align: "end", cell: (b) => <Money amount={b.revenue} /> },
            ]}
          />
        </section>
      </div>
    </>
  )
}
