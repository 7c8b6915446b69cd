"use client"

import { createContext, useContext, useMemo, type ReactNode } from "react"
import { defaultLocale, type Locale } from "./locale"
import type { ClientMessages } from "./client-messages"
import { interpolate, type Translate } from "./translate"

type LocaleState = { locale: Locale; messages: ClientMessages }

const LocaleContext = createContext<LocaleState>({ locale: defaultLocale, messages: {} })

/**
 * Makes the request's locale and the texts Client Components use available to them. The server
 * passes only that subset of one catalogue (see client-messages.ts), so the browser never
 * downloads both languages' full catalogues.
 */
export function LocaleProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale
  messages: ClientMessages
  children: ReactNode
}) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

/** Adds a page's form texts (e.g. the checkout's) to those the root layout provided. */
export function MoreMessages({ messages, children }: { messages: ClientMessages; children: ReactNode }) {
  const parent = useContext(LocaleContext)
  const value = useMemo(
    () => ({ locale: parent.locale, messages: { ...parent.messages, ...messages } }),
    [parent, messages]
  )
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale
}

/** A key missing from the subset renders as the key itself, which a test or a reader notices. */
export function useT(): Translate {
  const { messages } = useContext(LocaleContext)
  return useMemo(() => (key, params) => interpolate(messages[key] ?? key, params), [messages])
}
