"use client"

import Link from "next/link"
import { useEffect } from "react"
import { useT } from "@/i18n/client"
import { MessagePanel } from "@/modules/common/components/message-panel"

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT()
  useEffect(() => {
    console.error(error)
  }, [error])
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null

  return (
    <div className="container section">
      <MessagePanel
        title={t("error.title")}
        actions={
          <>
            <button type="button" className="button button--primary" onClick={() => retry()}>
              {t("error.retry")}
            </button>
            <Link prefetch={false} className="button button--ghost" href="/produk">
              {t("notFound.products")}
            </Link>
            <Link prefetch={false} className="button button--ghost" href="/lapas">
              {t("notFound.lapas")}
            </Link>
            <Link prefetch={false} className="button button--ghost" href="/">
              {t("error.home")}
            </Link>
          </>
        }
      >
        <p>{t("error.body")}</p>
        <p>{t("error.help")}</p>
        {digest && <p className="muted">{t("error.reference", { digest })}</p>}
      </MessagePanel>
    </div>
  )
}
