"use client"

import { t } from "@/i18n"
import "./globals.css"

/** Last-resort boundary when the root layout itself fails; Bahasa Indonesia, no data needed. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="id">
      <body>
        <main id="main" className="container section">
          <div className="message-panel">
            <h1 className="message-panel__title">{t("error.title")}</h1>
            <p>{t("error.body")}</p>
            <div className="message-panel__actions">
              <button type="button" className="button button--primary" onClick={() => retry()}>
                {t("error.retry")}
              </button>
              {/* A full page load on purpose: the app shell itself failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a className="button button--ghost" href="/">
                {t("error.home")}
              </a>
            </div>
          </div>
        </main>
      </body>
    </html>
  )
}
