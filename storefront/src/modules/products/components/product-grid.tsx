import type { ProductWithLapas } from "@/lib/util/product"
import type { Translate } from "@/i18n"
import { ProductCard } from "./product-card"

export function ProductGrid({
  products,
  t,
  headingLevel = 3,
}: {
  products: ProductWithLapas[]
  t: Translate
  headingLevel?: 2 | 3
}) {
  return (
    <ul className="product-grid" role="list">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} t={t} headingLevel={headingLevel} eager={index < 2} />
        </li>
      ))}
    </ul>
  )
}
