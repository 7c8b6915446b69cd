import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { listingHref } from "@/lib/util/routes"

/** Home page category tiles. */
export function CategoryTiles({ categories }: { categories: HttpTypes.StoreProductCategory[] }) {
  return (
    <ul className="category-tiles" role="list">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={listingHref({ kategori: category.handle })}
            className="category-tile"
            data-testid="category-link"
          >
            <span className="category-tile__name">{category.name}</span>
            {category.description && (
              <span className="category-tile__description">{category.description}</span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  )
}
