"use client"

import { createContext, useContext, useMemo, type ReactNode } from "react"
import { createTranslator, defaultLocale, type Locale, type Translate } from "./index"

const LocaleContext = createContext<Locale>(defaultLocale)

/** Makes the request's locale available to Client Components (error pages, interactive parts). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
}

export function useLocale(): Locale {
  return useContext(LocaleContext)
}

export function useT(): Translate {
  const locale = useLocale()
  return useMemo(() => createTranslator(locale), [locale])
}
