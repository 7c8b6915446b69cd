"use client"

import { useEffect } from "react"
import { commonMessages } from "@/i18n/common"
import { useT } from "@/i18n/client"

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT(commonMessages)
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <main id="main" className="centered-page" tabIndex={-1}>
      <div className="card card--narrow" role="alert">
        <h1>{t("error.title")}</h1>
        <p>{t("error.body")}</p>
        {error.digest ? <p className="muted">{t("error.reference", { digest: error.digest })}</p> : null}
        <button type="button" className="button button--primary" onClick={reset}>
          {t("error.retry")}
        </button>
      </div>
    </main>
  )
}
