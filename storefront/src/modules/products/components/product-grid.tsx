import type { ProductWithLapas } from "@/lib/util/product"
import type { Translate } from "@/i18n"
import { ProductCard } from "./product-card"

export function ProductGrid({
  products,
  t,
  headingLevel = 3,
  eagerCount = 2,
  prioritizeFirst = false,
}: {
  products: ProductWithLapas[]
  t: Translate
  headingLevel?: 2 | 3
  /** how many photos load eagerly (the ones above the fold on a phone); 0 below the fold */
  eagerCount?: number
  /** the first photo is the page's largest paint (a listing), so it is fetched with high priority */
  prioritizeFirst?: boolean
}) {
  return (
    <ul className="product-grid" role="list">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            t={t}
            headingLevel={headingLevel}
            eager={index < eagerCount}
            highPriority={prioritizeFirst && index === 0}
          />
        </li>
      ))}
    </ul>
  )
}
