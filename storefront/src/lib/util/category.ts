import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@/i18n"

type Category = Pick<HttpTypes.StoreProductCategory, "name" | "metadata">

/**
 * A catalogue record's name in the buyer's language: the English text kept in its metadata when
 * the buyer reads English and there is one, else the Indonesian.
 */
export function inBuyersLanguage(indonesian: string | null | undefined, english: unknown, locale: Locale): string {
  if (locale === "en" && typeof english === "string" && english.trim()) return english.trim()
  return indonesian ?? ""
}

/** A category's name in the buyer's language (English from `metadata.name_en`). */
export function categoryName(category: Category, locale: Locale): string {
  return inBuyersLanguage(category.name, category.metadata?.name_en, locale)
}
