import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@/i18n"
import { inBuyersLanguage } from "./category"

type Collection = Pick<HttpTypes.StoreCollection, "title" | "metadata">

/** A collection's title in the buyer's language (English from `metadata.title_en`). */
export function collectionTitle(collection: Collection, locale: Locale): string {
  return inBuyersLanguage(collection.title, collection.metadata?.title_en, locale)
}

/** A collection's Indonesian description (`metadata.description`), or null. */
export function collectionDescription(collection: Collection): string | null {
  const description = collection.metadata?.description
  return typeof description === "string" && description.trim() ? description.trim() : null
}
