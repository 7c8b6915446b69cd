import { EmptyState } from "@/components/empty-state"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { sectionMetadata } from "@/components/section-placeholder"
import { directSalesMessages } from "@/i18n/direct-sales"
import { getT } from "@/i18n/server"
import { getStorefrontUrl } from "@/lib/config"
import { listVenues, openVenues } from "@/lib/data/direct-sales"
import { requireSection } from "@/lib/data/session"
import { isReadOnly } from "@/lib/navigation"
import { Till } from "./kasir/till"
import "./kasir/kasir.css"

export const generateMetadata = () => sectionMetadata("direct_sales")

/** The pages of the section another screen builds: the history, events and stock, the daily closing. */
async function SectionLinks() {
  const t = await getT(directSalesMessages)
  return (
    <nav className="till-links" aria-label={t("links.label")}>
      <a className="button button--secondary" href="/penjualan/riwayat" data-testid="link-history">
        {t("links.history")}
      </a>
      <a className="button button--secondary" href="/penjualan/acara" data-testid="link-events">
        {t("links.events")}
      </a>
      <a className="button button--secondary" href="/penjualan/tutup-kas" data-testid="link-closing">
        {t("links.closing")}
      </a>
    </nav>
  )
}

/**
 * Penjualan langsung: the till (kasir) for lapas staff at a stand, the showroom, the gate or the
 * cooperative, on a phone or a tablet; finance and national members see where the sales are.
 */
export default async function DirectSalesPage() {
  const member = await requireSection("direct_sales")
  const t = await getT(directSalesMessages)
  if (isReadOnly(member.role, "direct_sales") || member.role !== "lapas_staff" || !member.lapas) {
    return (
      <>
        <PageHeader title={t("page.title")} description={t("page.description")} />
        <Notice tone="info" testId="till-read-only">
          {t("page.readOnly")}
        </Notice>
        <SectionLinks />
      </>
    )
  }
  const venues = openVenues(await listVenues())
  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description")} actions={<SectionLinks />} />
      {venues.length ? (
        <Till venues={venues} storefrontUrl={getStorefrontUrl()} timeZone={member.lapas.time_zone} />
      ) : (
        <EmptyState title={t("page.noVenues")} />
      )}
    </>
  )
}
