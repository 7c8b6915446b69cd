import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import { translator, type Catalogue, type Translator } from "./define"
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locale"

/** The request's locale: the `kb_lang` cookie when it names a supported locale, else "id". */
export const getLocale = cache(async (): Promise<Locale> => {
  const store = await cookies()
  return resolveLocale(store.get(LOCALE_COOKIE)?.value)
})

/** In a Server Component or a server action: `const t = await getT(authMessages)`. */
export async function getT<K extends string>(catalogue: Catalogue<K>): Promise<Translator<K>> {
  return translator(catalogue, await getLocale())
}
