import type { Metadata } from "next"
import Link from "next/link"
import { getLocale, getTranslator } from "@/i18n/server"
import { listLapas } from "@/lib/data/lapas"
import { pageMetadata } from "@/lib/util/metadata"
import { MessagePanel } from "@/modules/common/components/message-panel"
import { LapasGrid } from "@/modules/lapas/components/lapas-card"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  return pageMetadata({
    title: t("lapas.list.title"),
    description: t("lapas.list.description"),
    path: "/lapas",
    locale,
    siteName: t("meta.siteName"),
  })
}

/** Every lapas that sells here, with where it is and how many products it offers. */
export default async function LapasListPage() {
  const [t, lapas] = await Promise.all([getTranslator(), listLapas()])
  return (
    <div className="container section">
      <h1 className="page-title">{t("lapas.list.title")}</h1>
      <p className="muted page-intro">{t("lapas.list.intro")}</p>
      {lapas.length > 0 ? (
        <LapasGrid lapas={lapas} t={t} />
      ) : (
        <MessagePanel
          headingLevel={2}
          title={t("lapas.list.empty")}
          actions={
            <Link prefetch={false} className="button button--primary" href="/produk">
              {t("listing.showAll")}
            </Link>
          }
        />
      )}
    </div>
  )
}
