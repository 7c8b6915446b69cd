import type { QueryDemand } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { SelectField } from "@/components/choice-field"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { nationalMessages } from "@/i18n/national"
import { getT } from "@/i18n/server"
import { listLapas, searchDemand } from "@/lib/data/national"
import { requireSection } from "@/lib/data/session"
import { NationalSubnav } from "../subnav"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(nationalMessages)
  return { title: t("demand.title") }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** What buyers searched for and did not find, nationally or on one lapas's page. */
export default async function SearchDemandPage({ searchParams }: { searchParams: Promise<{ lapas?: string; dari?: string; sampai?: string }> }) {
  await requireSection("national")
  const t = await getT(nationalMessages)
  const search = await searchParams
  const [{ lapas }, report] = await Promise.all([
    listLapas(),
    searchDemand({
      lapas_id: search.lapas || undefined,
      from: DAY.test(search.dari ?? "") ? search.dari : undefined,
      to: DAY.test(search.sampai ?? "") ? search.sampai : undefined,
    }),
  ])
  const columns = (countKey: "demand.count") => [
    {
      key: "query",
      header: t("demand.query"),
      primary: true,
      cell: (q: QueryDemand) =>
        q.variants.length ? (
          <>
            {q.query}
            <span className="muted"> ({t("demand.variants", { variants: q.variants.join(", ") })})</span>
          </>
        ) : (
          q.query
        ),
    },
    { key: "searches", header: t(countKey), align: "end" as const, cell: (q: QueryDemand) => q.searches.toLocaleString("id-ID") },
    { key: "unmet", header: t("demand.unmetSearches"), align: "end" as const, cell: (q: QueryDemand) => q.unmet_searches.toLocaleString("id-ID") },
    { key: "last", header: t("demand.lastResults"), align: "end" as const, cell: (q: QueryDemand) => q.last_result_count.toLocaleString("id-ID") },
  ]
  return (
    <>
      <PageHeader title={t("demand.title")} description={t("demand.intro", { from: report.period.from, to: report.period.to })} />
      <NationalSubnav current="/nasional/permintaan-pencarian" />
      <div className="stack">
        <form className="form-grid" method="get">
          <SelectField label={t("field.lapas")} name="lapas" defaultValue={search.lapas ?? ""} options={[{ value: "", label: t("field.allLapas") }, ...lapas.map((l) => ({ value: l.id, label: l.name }))]} />
          <Field label={t("demand.from")} name="dari" type="date" defaultValue={report.period.from} />
          <Field label={t("demand.to")} name="sampai" type="date" defaultValue={report.period.to} />
          <div className="field">
            <button type="submit" className="button button--secondary">
              {t("demand.show")}
            </button>
          </div>
        </form>
        <dl className="facts">
          <div>
            <dt>{t("demand.searches")}</dt>
            <dd>{report.totals.searches.toLocaleString("id-ID")}</dd>
          </div>
          <div>
            <dt>{t("demand.zero")}</dt>
            <dd>{report.totals.zero_result_searches.toLocaleString("id-ID")}</dd>
          </div>
          <div>
            <dt>{t("demand.unmetTotal")}</dt>
            <dd>{report.totals.unmet_searches.toLocaleString("id-ID")}</dd>
          </div>
          <div>
            <dt>{t("demand.distinct")}</dt>
            <dd>{report.totals.distinct_queries.toLocaleString("id-ID")}</dd>
          </div>
        </dl>
        <section>
          <h2 className="section-title">{t("demand.unmet")}</h2>
          <p className="muted">{t("demand.unmetRule")}</p>
          <ResponsiveTable caption={t("demand.unmet")} rows={report.unmet_queries} rowKey={(q) => q.query} columns={columns("demand.count")} empty={<EmptyState title={t("demand.empty")} />} />
        </section>
        <section>
          <h2 className="section-title">{t("demand.top")}</h2>
          <ResponsiveTable caption={t("demand.top")} rows={report.top_queries} rowKey={(q) => q.query} columns={columns("demand.count")} empty={<EmptyState title={t("demand.empty")} />} />
        </section>
      </div>
    </>
  )
}
