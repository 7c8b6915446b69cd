"use client"

import { createContext, useContext, useMemo, type ReactNode } from "react"
import { translator, type Catalogue, type Translator } from "./define"
import { defaultLocale, type Locale } from "./locale"

const LocaleContext = createContext<Locale>(defaultLocale)

/** Set once by the root layout with the request's locale. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
}

export function useLocale(): Locale {
  return useContext(LocaleContext)
}

/** In a Client Component: `const t = useT(authMessages)`. Catalogues are small, one per feature. */
export function useT<K extends string>(catalogue: Catalogue<K>): Translator<K> {
  const locale = useLocale()
  return useMemo(() => translator(catalogue, locale), [catalogue, locale])
}
