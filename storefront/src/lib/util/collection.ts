import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@/i18n"

type Collection = Pick<HttpTypes.StoreCollection, "title" | "metadata">

/** A collection's title in the buyer's language: English from `metadata.title_en` when there is one. */
export function collectionTitle(collection: Collection, locale: Locale): string {
  if (locale === "en") {
    const english = collection.metadata?.title_en
    if (typeof english === "string" && english.trim()) return english.trim()
  }
  return collection.title ?? ""
}

/** A collection's Indonesian description (`metadata.description`), or null. */
export function collectionDescription(collection: Collection): string | null {
  const description = collection.metadata?.description
  return typeof description === "string" && description.trim() ? description.trim() : null
}
