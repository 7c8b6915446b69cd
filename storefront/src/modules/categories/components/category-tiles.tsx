import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Locale } from "@/i18n"
import { categoryName } from "@/lib/util/category"
import { categoryHref } from "@/lib/util/routes"

/** Home page category tiles, each to its category page. */
export function CategoryTiles({
  categories,
  locale,
  showDescription = true,
}: {
  categories: HttpTypes.StoreProductCategory[]
  locale: Locale
  showDescription?: boolean
}) {
  return (
    <ul className="category-tiles" role="list">
      {categories.map((category) => (
        <li key={category.id}>
          <Link prefetch={false} href={categoryHref(category.handle)} className="category-tile" data-testid="category-link">
            <span className="category-tile__name">{categoryName(category, locale)}</span>
            {showDescription && locale === "id" && category.description && (
              <span className="category-tile__description">{category.description}</span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  )
}
