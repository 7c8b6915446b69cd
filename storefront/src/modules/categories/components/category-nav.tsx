import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import { categoryName } from "@/lib/util/category"
import { categoryHref, listingHref } from "@/lib/util/routes"

/** Category chips above a listing (scrollable on a phone); "Semua" is the whole catalogue. */
export function CategoryNav({
  categories,
  active,
  t,
  locale,
}: {
  categories: HttpTypes.StoreProductCategory[]
  active?: string
  t: Translate
  locale: Locale
}) {
  if (categories.length === 0) return null
  return (
    <nav className="category-nav" aria-label={t("listing.filterLabel")}>
      <ul role="list">
        <li>
          <Link prefetch={false} href={listingHref()} className="chip" aria-current={!active ? "page" : undefined}>
            {t("listing.allCategories")}
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              prefetch={false}
              href={categoryHref(category.handle)}
              className="chip"
              data-testid="category-link"
              aria-current={active === category.handle ? "page" : undefined}
            >
              {categoryName(category, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
