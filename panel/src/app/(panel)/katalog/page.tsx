import type { LapasProductStatus, LapasProductSummary } from "@karya-binaan/contracts"
import Link from "next/link"
import { Badge } from "@/components/badge"
import { ButtonLink } from "@/components/button"
import { EmptyState } from "@/components/empty-state"
import { Money } from "@/components/money"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { sectionMetadata } from "@/components/section-placeholder"
import { Tabs } from "@/components/tabs"
import { catalogMessages } from "@/i18n/catalog"
import { getT } from "@/i18n/server"
import { listProducts } from "@/lib/data/catalog"
import { requireSection } from "@/lib/data/session"
import { isReadOnly } from "@/lib/navigation"
import "./catalog.css"

export const generateMetadata = () => sectionMetadata("catalog")

const PAGE_SIZE = 20
const STATUS_BY_TAB: Record<string, LapasProductStatus | undefined> = { terbit: "published", draf: "draft" }

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

/** Katalog: the lapas's products with search, status tabs and thumbnails (cards on a phone). */
export default async function CatalogPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireSection("catalog")
  const params = await searchParams
  const t = await getT(catalogMessages)
  const q = one(params.q).slice(0, 200)
  const tab = one(params.status)
  const status = STATUS_BY_TAB[tab]
  const page = Math.max(1, Number.parseInt(one(params.halaman), 10) || 1)
  const { products, count } = await listProducts({ q, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const canEdit = member.role === "lapas_staff"
  const national = member.role === "national"

  const tabHref = (value: string) => {
    const search = new URLSearchParams()
    if (q) search.set("q", q)
    if (value) search.set("status", value)
    const text = search.toString()
    return text ? `/katalog?${text}` : "/katalog"
  }

  const columns: Column<LapasProductSummary>[] = [
    {
      key: "product",
      header: t("col.product"),
      primary: true,
      cell: (p) => (
        <Link href={`/katalog/${p.id}`} className="catalog-product" data-testid="catalog-product">
          {p.thumbnail ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={p.thumbnail} alt="" className="catalog-thumb" width={48} height={48} loading="lazy" />
          ) : (
            <span className="catalog-thumb catalog-thumb--empty" aria-hidden="true" />
          )}
          <span className="catalog-product__title">{p.title}</span>
        </Link>
      ),
    },
    ...(national ? [{ key: "lapas", header: t("col.lapas"), cell: (p: LapasProductSummary) => p.lapas?.name ?? "—" }] : []),
    {
      key: "status",
      header: t("col.status"),
      cell: (p) => (
        <Badge tone={p.status === "published" ? "success" : "neutral"}>{t(`status.${p.status}`)}</Badge>
      ),
    },
    { key: "variants", header: t("col.variants"), align: "end", cell: (p) => p.variant_count },
    {
      key: "stock",
      header: t("col.stock"),
      align: "end",
      cell: (p) => (p.kind === "service" ? <span className="muted">{t("kind.service")}</span> : p.stock_total),
    },
    {
      key: "price",
      header: t("col.price"),
      align: "end",
      cell: (p) =>
        p.price_min === null ? (
          <span className="muted">{t("price.none")}</span>
        ) : p.price_min === p.price_max ? (
          <Money amount={p.price_min} />
        ) : (
          <>
            <Money amount={p.price_min} /> – <Money amount={p.price_max!} />
          </>
        ),
    },
  ]

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={national ? t("list.descriptionNational") : t("list.description")}
        actions={canEdit ? <ButtonLink href="/katalog/baru" variant="primary">{t("list.new")}</ButtonLink> : null}
      />
      {isReadOnly(member.role, "catalog") ? <Notice tone="info">{t("list.readOnly")}</Notice> : null}
      <form action="/katalog" method="get" role="search" className="catalog-search">
        {tab ? <input type="hidden" name="status" value={tab} /> : null}
        <label htmlFor="catalog-q" className="visually-hidden">
          {t("list.search")}
        </label>
        <input id="catalog-q" name="q" type="search" defaultValue={q} placeholder={t("list.search")} className="field__input" />
        <button type="submit" className="button button--secondary">
          {t("list.searchButton")}
        </button>
      </form>
      <Tabs
        label={t("list.tabs")}
        items={[
          { href: tabHref(""), label: t("list.all"), current: !status },
          { href: tabHref("terbit"), label: t("list.published"), current: status === "published" },
          { href: tabHref("draf"), label: t("list.draft"), current: status === "draft" },
        ]}
      />
      <ResponsiveTable
        caption={t("list.caption")}
        columns={columns}
        rows={products}
        rowKey={(p) => p.id}
        empty={
          <EmptyState
            title={q ? t("list.emptySearch", { q }) : t("list.empty")}
            body={canEdit && !q ? t("list.emptyBody") : undefined}
            action={canEdit && !q ? <ButtonLink href="/katalog/baru" variant="primary">{t("list.new")}</ButtonLink> : undefined}
          />
        }
      />
      <Pagination
        page={page}
        pages={Math.max(1, Math.ceil(count / PAGE_SIZE))}
        basePath="/katalog"
        query={{ ...(q ? { q } : {}), ...(tab ? { status: tab } : {}) }}
      />
    </>
  )
}
