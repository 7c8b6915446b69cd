import { en } from "./messages/en"
import { id, type MessageKey, type Messages } from "./messages/id"

export type { MessageKey, Messages }

export * from "./locale"
import { defaultLocale, type Locale } from "./locale"

export const catalogues: Record<Locale, Messages> = { id, en }

export { interpolate, type MessageParams, type Translate } from "./translate"
import { interpolate, type Translate } from "./translate"

/** `t(key, params)` bound to one locale; falls back to the Indonesian text. */
export function createTranslator(locale: Locale = defaultLocale): Translate {
  const messages = catalogues[locale]
  return (key, params) => interpolate(messages[key] ?? id[key], params)
}

/** Default translator (Bahasa Indonesia), for code that has no request context. */
export const t: Translate = createTranslator(defaultLocale)
