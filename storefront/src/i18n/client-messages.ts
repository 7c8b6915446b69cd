import { catalogues, type Locale, type MessageKey } from "./index"

/**
 * Namespaces the Client Components of every page translate (the header's search box, product
 * page, error pages), including keys that server actions hand back to them (add-to-cart results).
 * Pages with forms add theirs through `ClientMessages` in their layout (checkout, account, lookup).
 */
export const BASE_NAMESPACES = ["cart", "error", "notFound", "product", "search"] as const
export const FORM_NAMESPACES = ["account", "checkout", "lookup", "xendit"] as const
export type ClientNamespace = (typeof BASE_NAMESPACES)[number] | (typeof FORM_NAMESPACES)[number]

export type ClientMessages = Partial<Record<MessageKey, string>>

/** The part of a locale's catalogue in the given namespaces. */
export function clientMessages(
  locale: Locale,
  namespaces: readonly ClientNamespace[] = BASE_NAMESPACES
): ClientMessages {
  const prefixes = namespaces.map((namespace) => `${namespace}.`)
  return Object.fromEntries(
    Object.entries(catalogues[locale]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
  ) as ClientMessages
}
