import Image from "next/image"
import Link from "next/link"
import { t as defaultT, type Translate } from "@/i18n"
import { toImageSource } from "@/lib/util/images"
import {
  getImageUrls,
  getLapasInfo,
  getPriceRange,
  isProductInStock,
  type ProductWithLapas,
} from "@/lib/util/product"
import { productHref } from "@/lib/util/routes"
import { ProductPrice } from "./product-price"

type Props = {
  product: ProductWithLapas
  t?: Translate
  /** Heading level of the title, so the page outline stays correct (h2 on listings, h3 under a section). */
  headingLevel?: 2 | 3
  /** Load the photo eagerly (first cards above the fold). */
  eager?: boolean
  /** The likely Largest Contentful Paint of the page (the first card of a listing): fetched first. */
  highPriority?: boolean
}

export function ProductCard({ product, t = defaultT, headingLevel = 3, eager = false, highPriority = false }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const [firstImage] = getImageUrls(product)
  const image = firstImage ? toImageSource(firstImage) : null
  const price = getPriceRange(product)
  const inStock = isProductInStock(product)
  const lapas = getLapasInfo(product)
  const title = product.title ?? ""

  return (
    <article className="product-card" data-testid="product-card">
      <Link href={productHref(product.handle ?? product.id)} className="product-card__link">
        <div className="product-card__media">
          {image ? (
            <Image
              src={image.src}
              unoptimized={image.unoptimized}
              alt={t("product.imageAlt", { title })}
              fill
              sizes="(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw"
              loading={eager || highPriority ? "eager" : "lazy"}
              fetchPriority={highPriority ? "high" : undefined}
            />
          ) : (
            <span className="product-card__placeholder">{t("product.noImage")}</span>
          )}
          {!inStock && <span className="product-card__badge">{t("product.outOfStock")}</span>}
        </div>
        <Heading className="product-card__title">{title}</Heading>
      </Link>
      <p className="product-card__price">
        {price ? (
          <>
            {price.min !== price.max && (
              <span className="product-card__from">{t("product.priceFrom")} </span>
            )}
            <ProductPrice amount={price.min} testId="product-card-price" />
          </>
        ) : (
          <span className="muted">{t("product.priceUnavailable")}</span>
        )}
      </p>
      {lapas?.name && <p className="product-card__lapas">{lapas.name}</p>}
    </article>
  )
}
