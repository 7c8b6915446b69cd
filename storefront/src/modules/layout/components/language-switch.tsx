"use client"

import { usePathname, useSearchParams } from "next/navigation"
import { setLocale } from "@/i18n/actions"
import { useLocale, useT } from "@/i18n/client"
import type { Locale } from "@/i18n"

/** The form itself; `path` is where the buyer returns to (the current page and query). */
export function LanguageSwitchForm({ path }: { path: string | null }) {
  const t = useT()
  const locale = useLocale()
  const target: Locale = locale === "id" ? "en" : "id"
  return (
    <form
      action={setLocale}
      className="language-switch"
      data-testid="language-switch"
      data-locale={locale}
      data-target-locale={target}
    >
      <input type="hidden" name="locale" value={target} />
      {path && <input type="hidden" name="path" value={path} />}
      <button type="submit" className="language-switch__button" data-testid="language-switch-button">
        <span className="visually-hidden">{t("language.switchTo")} </span>
        <span lang={target}>{target === "en" ? t("language.english") : t("language.indonesian")}</span>
      </button>
    </form>
  )
}

/** Switches between Bahasa Indonesia and English and stays on the same page. */
export function LanguageSwitch() {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const query = searchParams?.toString()
  return <LanguageSwitchForm path={pathname ? `${pathname}${query ? `?${query}` : ""}` : null} />
}
