import type { Locale, Translate } from "@/i18n"
import { setLocale } from "@/i18n/actions"

/**
 * Switches between Bahasa Indonesia and English and stays on the same page. A Server Component:
 * the form posts to the `setLocale` server action (a plain POST without JavaScript), which sends
 * the buyer back to the page in the request's Referer (path and query), so no browser code has to
 * read the URL. `path`, when given, is where the buyer returns to instead.
 */
export function LanguageSwitch({ t, locale, path }: { t: Translate; locale: Locale; path?: string }) {
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
