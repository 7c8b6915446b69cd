import type { AdminInmate, AdminProductionBatch, LapasVariantProductionCost } from "@karya-binaan/contracts"
import type { LapasTimeZone } from "@karya-binaan/format"
import type { Metadata } from "next"
import Link from "next/link"
import { Badge } from "@/components/badge"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { Money } from "@/components/money"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { ResponsiveTable } from "@/components/responsive-table"
import { Tabs } from "@/components/tabs"
import type { KeyOf, Translator } from "@/i18n/define"
import type { Locale } from "@/i18n/locale"
import { productionMessages } from "@/i18n/production"
import { getLocale, getT } from "@/i18n/server"
import {
  lapasVariants,
  listActiveInmates,
  listBatches,
  listInmates,
  PRODUCTION_PAGE_SIZE,
} from "@/lib/data/production"
import { requireSection } from "@/lib/data/session"
import { createBatchAction, createInmateAction } from "./actions"
import { BatchForm } from "./batch-form"
import { todayIn } from "./form-data"
import { InmateForm } from "./inmate-form"
import styles from "./production.module.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(productionMessages)
  return { title: t("page.title") }
}

type Search = { tab?: string; halaman?: string; q?: string }

/** A calendar day (YYYY-MM-DD) as a Date that falls on that day in every Indonesian zone. */
const dayAsDate = (day: string) => new Date(`${day}T05:00:00Z`)

export default async function ProductionPage({ searchParams }: { searchParams: Promise<Search> }) {
  const member = await requireSection("production")
  const t = await getT(productionMessages)
  const locale = await getLocale()
  const params = await searchParams
  const tab = params.tab === "batch" ? "batch" : "wbp"
  const page = Math.max(1, Number.parseInt(params.halaman ?? "1", 10) || 1)
  const staff = member.role === "lapas_staff"
  const zone = member.lapas?.time_zone ?? "Asia/Jakarta"

  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description")} />
      <Tabs
        label={t("tabs.label")}
        items={[
          { href: "/produksi", label: t("tabs.inmates"), current: tab === "wbp" },
          { href: "/produksi?tab=batch", label: t("tabs.batches"), current: tab === "batch" },
        ]}
      />
      {tab === "wbp" ? (
        <InmatesTab staff={staff} page={page} q={params.q} t={t} />
      ) : (
        <BatchesTab staff={staff} page={page} zone={zone} locale={locale} t={t} />
      )}
    </>
  )
}

type T = Translator<KeyOf<typeof productionMessages>>

async function InmatesTab({ staff, page, q, t }: { staff: boolean; page: number; q?: string; t: T }) {
  const { inmates, count } = await listInmates({ page, q })
  const pages = Math.max(1, Math.ceil(count / PRODUCTION_PAGE_SIZE))
  return (
    <div className={styles.sections}>
      {staff ? (
        <section className={`card ${styles.aside}`} aria-labelledby="inmate-form-title">
          <h2 id="inmate-form-title" className="section-title">
            {t("inmateForm.createTitle")}
          </h2>
          <p className="muted">{t("inmateForm.createIntro")}</p>
          <InmateForm action={createInmateAction} />
        </section>
      ) : null}
      <section aria-labelledby="inmates-title">
        <h2 id="inmates-title" className="section-title">
          {t("inmates.title")}
        </h2>
        <form className={styles.search} role="search" action="/produksi">
          <div className="field">
            <label className="field__label" htmlFor="inmate-search">
              {t("inmates.search")}
            </label>
            <input id="inmate-search" name="q" className="field__input" defaultValue={q ?? ""} />
          </div>
          <button type="submit" className="button button--secondary">
            {t("inmates.searchButton")}
          </button>
        </form>
        <ResponsiveTable<AdminInmate>
          caption={t("inmates.caption")}
          rows={inmates}
          rowKey={(row) => row.id}
          empty={<EmptyState title={t("inmates.empty")} body={staff ? t("inmates.emptyBody") : undefined} />}
          columns={[
            { key: "code", header: t("inmates.code"), primary: true, cell: (row) => <strong className={styles.code}>{row.code}</strong> },
            { key: "name", header: t("inmates.displayName"), cell: (row) => row.display_name ?? t("inmates.noName") },
            {
              key: "status",
              header: t("inmates.status"),
              cell: (row) => (
                <Badge tone={row.status === "active" ? "success" : "neutral"}>{t(`status.${row.status}`)}</Badge>
              ),
            },
            {
              key: "edit",
              header: "",
              align: "end",
              cell: (row) => (
                <Link href={`/produksi/wbp/${row.id}`} aria-label={`${staff ? t("inmates.edit") : t("inmates.view")} ${row.code}`}>
                  {staff ? t("inmates.edit") : t("inmates.view")}
                </Link>
              ),
            },
          ]}
        />
        <Pagination page={page} pages={pages} basePath="/produksi" query={q ? { q } : {}} />
      </section>
    </div>
  )
}

async function BatchesTab({
  staff,
  page,
  zone,
  locale,
  t,
}: {
  staff: boolean
  page: number
  zone: LapasTimeZone
  locale: Locale
  t: T
}) {
  const { production_batches: batches, count } = await listBatches({ page })
  // Product and variant names: the member's lapas's variants (national: each lapas in the list).
  const lapasIds = staff ? [undefined] : [...new Set(batches.map((b) => b.lapas_id))]
  const variantLists = await Promise.all(lapasIds.map((id) => lapasVariants(id).catch(() => [] as LapasVariantProductionCost[])))
  const variants = variantLists.flat()
  const byId = new Map(variants.map((v) => [v.variant_id, v]))
  const inmates = staff ? await listActiveInmates() : []
  const pages = Math.max(1, Math.ceil(count / PRODUCTION_PAGE_SIZE))
  const name = (variantId: string) => {
    const v = byId.get(variantId)
    return v ? `${v.product_title ?? ""} — ${v.title ?? v.sku ?? ""}` : t("batches.unknownVariant", { id: variantId })
  }

  return (
    <div className={styles.sections}>
      {staff ? (
        <section className={`card ${styles.aside}`} aria-labelledby="batch-form-title">
          <h2 id="batch-form-title" className="section-title">
            {t("batchForm.title")}
          </h2>
          <p className="muted">{t("batchForm.intro")}</p>
          <BatchForm
            action={createBatchAction}
            today={todayIn(zone)}
            variants={variants.map((v) => ({
              id: v.variant_id,
              product: v.product_title ?? "",
              variant: v.title ?? v.sku ?? v.variant_id,
              stock: v.stocked_quantity,
              service: Boolean(v.is_service),
            }))}
            inmates={inmates.map((i) => ({ id: i.id, code: i.code, display_name: i.display_name }))}
          />
        </section>
      ) : (
        <p className="muted">{t("batchForm.staffOnly")}</p>
      )}
      <div>
        <section aria-labelledby="batches-title">
          <h2 id="batches-title" className="section-title">
            {t("batches.title")}
          </h2>
          <ResponsiveTable<AdminProductionBatch>
            caption={t("batches.caption")}
            rows={batches}
            rowKey={(row) => row.id}
            empty={<EmptyState title={t("batches.empty")} />}
            columns={[
              { key: "product", header: t("batches.product"), primary: true, cell: (row) => name(row.variant_id) },
              {
                key: "date",
                header: t("batches.date"),
                cell: (row) => <DateTime value={dayAsDate(row.produced_on)} timeZone={zone} locale={locale} dateOnly />,
              },
              { key: "quantity", header: t("batches.quantity"), align: "end", cell: (row) => row.quantity },
              {
                key: "cost",
                header: t("batches.unitCost"),
                align: "end",
                cell: (row) =>
                  row.material_cost != null && row.labour_cost != null ? (
                    <>
                      <Money amount={row.unit_cost} />
                      <br />
                      <span className="muted">
                        {t("batches.material")} <Money amount={row.material_cost} /> + {t("batches.labour")} <Money amount={row.labour_cost} />
                      </span>
                    </>
                  ) : (
                    <Money amount={row.unit_cost} />
                  ),
              },
              {
                key: "makers",
                header: t("batches.makers"),
                cell: (row) => (
                  <ul className={styles.makersList}>
                    {row.makers.map((m) => (
                      <li key={m.inmate_id} className={styles.nowrap}>
                        {m.code ?? m.inmate_id} ({m.work_units})
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
          <Pagination page={page} pages={pages} basePath="/produksi" query={{ tab: "batch" }} />
        </section>
        {staff ? (
          <section aria-labelledby="stock-title">
            <h2 id="stock-title" className="section-title">
              {t("stock.title")}
            </h2>
            <ResponsiveTable<LapasVariantProductionCost>
              caption={t("stock.caption")}
              rows={variants}
              rowKey={(row) => row.variant_id}
              empty={<EmptyState title={t("stock.empty")} />}
              columns={[
                { key: "variant", header: t("stock.variant"), primary: true, cell: (row) => name(row.variant_id) },
                {
                  key: "stock",
                  header: t("stock.stocked"),
                  align: "end",
                  cell: (row) =>
                    row.is_service ? (
                      <span className="muted">{t("stock.service")}</span>
                    ) : (
                      <span data-testid={`stock-${row.variant_id}`}>{row.stocked_quantity}</span>
                    ),
                },
                {
                  key: "average",
                  header: t("stock.average"),
                  align: "end",
                  cell: (row) => (row.average_unit_cost === null ? t("stock.noAverage") : <Money amount={row.average_unit_cost} />),
                },
              ]}
            />
          </section>
        ) : null}
      </div>
    </div>
  )
}
