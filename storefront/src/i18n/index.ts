import { en } from "./messages/en"
import { id, type MessageKey, type Messages } from "./messages/id"

export type { MessageKey, Messages }

export const locales = ["id", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "id"
/** Cookie the language switch sets to "en" or "id" (see actions.ts). */
export const LOCALE_COOKIE = "locale"
/** The language choice is kept for a year (seconds). */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

export const catalogues: Record<Locale, Messages> = { id, en }

/** BCP 47 tag for Intl APIs. */
export const intlLocale: Record<Locale, string> = { id: "id-ID", en: "en-GB" }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

/** Unknown or missing values fall back to Bahasa Indonesia. */
export function resolveLocale(value: string | undefined | null): Locale {
  return isLocale(value) ? value : defaultLocale
}

export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string

/** Replace {name} placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match
  )
}

/** `t(key, params)` bound to one locale; falls back to the Indonesian text. */
export function createTranslator(locale: Locale = defaultLocale): Translate {
  const messages = catalogues[locale]
  return (key, params) => interpolate(messages[key] ?? id[key], params)
}

/** Default translator (Bahasa Indonesia), for code that has no request context. */
export const t: Translate = createTranslator(defaultLocale)
