import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Translate } from "@/i18n"
import { listingHref } from "@/lib/util/routes"

/** Category filter chips for the listing; "Semua" clears the filter. */
export function CategoryNav({
  categories,
  active,
  t,
}: {
  categories: HttpTypes.StoreProductCategory[]
  active?: string
  t: Translate
}) {
  if (categories.length === 0) return null
  return (
    <nav className="category-nav" aria-label={t("listing.filterLabel")}>
      <ul role="list">
        <li>
          <Link href={listingHref()} className="chip" aria-current={!active ? "page" : undefined}>
            {t("listing.allCategories")}
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={listingHref({ kategori: category.handle })}
              className="chip"
              data-testid="category-link"
              aria-current={active === category.handle ? "page" : undefined}
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
