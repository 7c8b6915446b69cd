import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@/i18n"

type Category = Pick<HttpTypes.StoreProductCategory, "name" | "metadata">

/** A category's name in the buyer's language: English from `metadata.name_en` when there is one. */
export function categoryName(category: Category, locale: Locale): string {
  if (locale === "en") {
    const english = category.metadata?.name_en
    if (typeof english === "string" && english.trim()) return english.trim()
  }
  return category.name ?? ""
}
