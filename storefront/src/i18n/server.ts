import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import { LOCALE_COOKIE, createTranslator, resolveLocale, type Locale, type Translate } from "./index"

/** The request's locale: the `locale` cookie when it names a supported locale, else "id". */
export const getLocale = cache(async (): Promise<Locale> => {
  const store = await cookies()
  return resolveLocale(store.get(LOCALE_COOKIE)?.value)
})

export async function getTranslator(): Promise<Translate> {
  return createTranslator(await getLocale())
}
