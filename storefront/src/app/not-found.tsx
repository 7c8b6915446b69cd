import type { Metadata } from "next"
import Link from "next/link"
import { getTranslator } from "@/i18n/server"
import { MessagePanel } from "@/modules/common/components/message-panel"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return { title: t("meta.notFoundTitle") }
}

export default async function NotFound() {
  const t = await getTranslator()
  return (
    <div className="container section">
      <MessagePanel
        title={t("notFound.title")}
        actions={
          <>
            <Link className="button button--primary" href="/produk">
              {t("notFound.products")}
            </Link>
            <Link className="button button--ghost" href="/">
              {t("notFound.home")}
            </Link>
          </>
        }
      >
        <p>{t("notFound.body")}</p>
      </MessagePanel>
    </div>
  )
}
