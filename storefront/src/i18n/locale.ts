/** Locales and the language cookie: no catalogue here, so client code can import it cheaply. */
export const locales = ["id", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "id"
/** Cookie the language switch sets to "en" or "id" (see actions.ts). */
export const LOCALE_COOKIE = "locale"
/** The language choice is kept for a year (seconds). */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

/** BCP 47 tag for Intl APIs. */
export const intlLocale: Record<Locale, string> = { id: "id-ID", en: "en-GB" }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

/** Unknown or missing values fall back to Bahasa Indonesia. */
export function resolveLocale(value: string | undefined | null): Locale {
  return isLocale(value) ? value : defaultLocale
}
