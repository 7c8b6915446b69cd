"use client"

import { useEffect, useState } from "react"
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/i18n/locale"
import { errorsEn } from "@/i18n/messages/errors.en"
import { errorsId } from "@/i18n/messages/errors.id"
import "./globals.css"

const texts = { id: errorsId, en: errorsEn }

/** The buyer's language from the `locale` cookie; the server's default until the browser has read it. */
function useCookieLocale(): Locale {
  const [locale, setLocale] = useState<Locale>("id")
  useEffect(() => {
    const match = document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`))
    setLocale(resolveLocale(match?.[1]))
  }, [])
  return locale
}

/**
 * Last-resort boundary when the root layout itself fails: no data and no provider, and only the
 * error texts (this file ships with every page, so it must not pull in the whole catalogue).
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const locale = useCookieLocale()
  const t = texts[locale]
  return (
    <html lang={locale}>
      <body>
        <main id="main" className="container section">
          <div className="message-panel">
            <h1 className="message-panel__title">{t["error.title"]}</h1>
            <p>{t["error.body"]}</p>
            <div className="message-panel__actions">
              <button type="button" className="button button--primary" onClick={() => retry()}>
                {t["error.retry"]}
              </button>
              {/* A full page load on purpose: the app shell itself failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a className="button button--ghost" href="/">
                {t["error.home"]}
              </a>
            </div>
          </div>
        </main>
      </body>
    </html>
  )
}
