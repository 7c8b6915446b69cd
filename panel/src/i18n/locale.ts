/** Locales and the language cookie: no catalogue here, so any code can import it cheaply. */
export const locales = ["id", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "id"
/** Cookie the language switch sets to "id" or "en" (see actions.ts). */
export const LOCALE_COOKIE = "kb_lang"
/** The language choice is kept for a year (seconds). */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

/** Unknown or missing values fall back to Bahasa Indonesia. */
export function resolveLocale(value: string | undefined | null): Locale {
  return isLocale(value) ? value : defaultLocale
}
