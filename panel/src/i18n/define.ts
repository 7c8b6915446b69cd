import type { Locale } from "./locale"

/**
 * A feature's message catalogue: Bahasa Indonesia first, English with exactly the same keys.
 * Placeholders look like {name}.
 */
export type Catalogue<K extends string = string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>

export type MessageParams = Record<string, string | number>
export type Translator<K extends string> = (key: K, params?: MessageParams) => string
export type KeyOf<C> = C extends Catalogue<infer K> ? K : never

/**
 * Declares a catalogue. The type makes `en` carry every key of `id` and no other:
 *   export const authMessages = defineMessages({ id: { "login.title": "Masuk" }, en: { "login.title": "Log in" } })
 */
export function defineMessages<T extends Record<string, string>>(catalogue: {
  id: T
  en: { [K in keyof T]: string }
}): Catalogue<keyof T & string> {
  return catalogue as Catalogue<keyof T & string>
}

/** Replace {name} placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match
  )
}

/** `t(key, params)` for one catalogue in one locale; a text missing in English falls back to Indonesian. */
export function translator<K extends string>(catalogue: Catalogue<K>, locale: Locale): Translator<K> {
  const messages = catalogue[locale]
  return (key, params) => interpolate(messages[key] ?? catalogue.id[key] ?? key, params)
}
