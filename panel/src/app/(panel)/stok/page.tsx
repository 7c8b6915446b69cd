import { EmptyState } from "@/components/empty-state"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { sectionMetadata } from "@/components/section-placeholder"
import { Tabs } from "@/components/tabs"
import { catalogMessages } from "@/i18n/catalog"
import { getT } from "@/i18n/server"
import { listStock } from "@/lib/data/catalog"
import { requireSection } from "@/lib/data/session"
import { saveStockAction } from "./actions"
import { StockForm } from "./stock-form"
import "../katalog/catalog.css"

export const generateMetadata = () => sectionMetadata("stock")

const PAGE_SIZE = 100
type SearchParams = Promise<Record<string, string | string[] | undefined>>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

/** Stok: every variant's stock at the lapas's own warehouse, edited in bulk; the low-stock tab. */
export default async function StockPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireSection("stock")
  const params = await searchParams
  const t = await getT(catalogMessages)
  const low = one(params.tab) === "menipis"
  const page = Math.max(1, Number.parseInt(one(params.halaman), 10) || 1)
  const [list, lowList] = await Promise.all([
    listStock({ low, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listStock({ low: true, limit: 1 }),
  ])
  const editable = member.role === "lapas_staff"
  return (
    <>
      <PageHeader
        title={t("stock.title")}
        description={member.role === "national" ? t("stock.descriptionNational") : t("stock.description")}
      />
      <Tabs
        label={t("stock.tabs")}
        items={[
          { href: "/stok", label: t("stock.all"), current: !low },
          { href: "/stok?tab=menipis", label: t("stock.low"), current: low, count: lowList.count },
        ]}
      />
      {low ? <p className="muted">{t("stock.lowHint", { below: list.below })}</p> : null}
      {list.stock.length ? (
        <StockForm key={`${low}-${page}`} action={saveStockAction} rows={list.stock} editable={editable} />
      ) : (
        <EmptyState title={low ? t("stock.emptyLow") : t("stock.empty")} />
      )}
      <Pagination
        page={page}
        pages={Math.max(1, Math.ceil(list.count / PAGE_SIZE))}
        basePath="/stok"
        query={low ? { tab: "menipis" } : {}}
      />
    </>
  )
}
