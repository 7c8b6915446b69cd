import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Locale } from "@/i18n"
import { collectionDescription, collectionTitle } from "@/lib/util/collection"
import { collectionHref } from "@/lib/util/routes"

/** Home page collection tiles, each to its collection page (the category tiles' look). */
export function CollectionTiles({
  collections,
  locale,
}: {
  collections: HttpTypes.StoreCollection[]
  locale: Locale
}) {
  return (
    <ul className="category-tiles" role="list">
      {collections.map((collection) => {
        const description = locale === "id" ? collectionDescription(collection) : null
        return (
          <li key={collection.id}>
            <Link prefetch={false} href={collectionHref(collection.handle)} className="category-tile" data-testid="collection-link">
              <span className="category-tile__name">{collectionTitle(collection, locale)}</span>
              {description && <span className="category-tile__description">{description}</span>}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
