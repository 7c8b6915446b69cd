import { setLocale } from "@/i18n/actions"
import { commonMessages } from "@/i18n/common"
import { locales, type Locale } from "@/i18n/locale"
import { translator } from "@/i18n/define"

/** Two small buttons, ID and EN; works without JavaScript (a plain form POST to a server action). */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = translator(commonMessages, locale)
  return (
    <form action={setLocale} className="language-switch" aria-label={t("language.label")}>
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          className={option === locale ? "language-switch__option language-switch__option--current" : "language-switch__option"}
          aria-pressed={option === locale}
          title={t(`language.${option}`)}
          data-testid={`language-${option}`}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </form>
  )
}
