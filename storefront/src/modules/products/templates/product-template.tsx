import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Translate } from "@/i18n"
import {
  getImageUrls,
  getLapasInfo,
  getLicences,
  getPriceRange,
  getVariantPrice,
  isProductInStock,
  isVariantInStock,
  type ProductWithLapas,
} from "@/lib/util/product"
import { listingHref } from "@/lib/util/routes"
import { InfoBlock } from "@/modules/common/components/info-block"
import { ProductGallery } from "../components/product-gallery"
import { ProductPrice } from "../components/product-price"
import { StockStatus } from "../components/stock-status"
import { VariantPicker, type PickerOption, type PickerVariant } from "../components/variant-picker"

/** Options and variants in the plain shape the client-side picker needs. */
export function toPickerData(product: HttpTypes.StoreProduct): {
  options: PickerOption[]
  variants: PickerVariant[]
} {
  const variants = product.variants ?? []
  const productOptions = product.options ?? []
  if (productOptions.length === 0) {
    // No product options: let the buyer choose by variant title.
    const option: PickerOption = {
      id: "variant",
      title: "",
      values: variants.map((v) => v.title ?? v.id),
    }
    return {
      options: [option],
      variants: variants.map((v) => ({
        id: v.id,
        options: { variant: v.title ?? v.id },
        price: getVariantPrice(v),
        inStock: isVariantInStock(v),
      })),
    }
  }
  return {
    options: productOptions.map((option) => ({
      id: option.id,
      title: option.title ?? "",
      values: [...new Set((option.values ?? []).map((v) => v.value))],
    })),
    variants: variants.map((variant) => {
      const chosen: Record<string, string> = {}
      for (const ov of variant.options ?? []) {
        const optionId = ov.option_id ?? ov.option?.id
        if (optionId && ov.value !== undefined) chosen[optionId] = ov.value
      }
      return {
        id: variant.id,
        options: chosen,
        price: getVariantPrice(variant),
        inStock: isVariantInStock(variant),
      }
    }),
  }
}

export function ProductTemplate({ product, t }: { product: ProductWithLapas; t: Translate }) {
  const title = product.title ?? ""
  const variants = product.variants ?? []
  const price = getPriceRange(product)
  const lapas = getLapasInfo(product)
  const licences = getLicences(product)
  const categories = product.categories ?? []
  const picker = variants.length > 1 ? toPickerData(product) : null
  if (picker && picker.options.length === 1 && picker.options[0].id === "variant") {
    picker.options[0].title = t("product.options")
  }

  return (
    <div className="container product-page">
      <nav aria-label={t("product.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href="/">{t("nav.home")}</Link>
          </li>
          <li>
            <Link href={listingHref()}>{t("nav.products")}</Link>
          </li>
          {categories[0] && (
            <li>
              <Link href={listingHref({ kategori: categories[0].handle })}>{categories[0].name}</Link>
            </li>
          )}
        </ol>
      </nav>

      <div className="product-layout">
        <ProductGallery title={title} urls={getImageUrls(product)} t={t} />

        <div className="product-info">
          <h1 className="product-info__title" data-testid="product-title">
            {title}
          </h1>
          {product.subtitle && <p className="product-info__subtitle">{product.subtitle}</p>}

          {picker ? (
            <VariantPicker options={picker.options} variants={picker.variants} />
          ) : (
            <div className="purchase__summary">
              {price ? (
                <ProductPrice amount={price.min} className="product-price" testId="product-price" />
              ) : (
                <span className="product-price product-price--none" data-testid="product-price">
                  {t("product.priceUnavailable")}
                </span>
              )}
              <StockStatus inStock={isProductInStock(product)} t={t} />
            </div>
          )}

          {lapas && (
            <InfoBlock id="made-in" title={t("product.madeInLabel")}>
              <p data-testid="product-lapas">
                {t("product.madeIn")} {[lapas.name, lapas.city].filter(Boolean).join(", ")}
              </p>
            </InfoBlock>
          )}

          {licences.length > 0 && (
            <InfoBlock id="licences" title={t("product.licences")}>
              <dl className="licences" data-testid="product-licences">
                {licences.map((licence) => (
                  <div key={licence.key} className="licence" data-licence={licence.key}>
                    <dt>{t(`product.licence.${licence.key}`)}</dt>
                    <dd>{licence.number ?? t("product.licence.certified")}</dd>
                  </div>
                ))}
              </dl>
            </InfoBlock>
          )}

          <InfoBlock id="description" title={t("product.description")}>
            {product.description ? (
              <p className="product-info__description" data-testid="product-description">
                {product.description}
              </p>
            ) : (
              <p className="muted">{t("product.noDescription")}</p>
            )}
          </InfoBlock>

          {categories.length > 0 && (
            <InfoBlock id="categories" title={t("product.categories")}>
              <ul className="chips" role="list">
                {categories.map((category) => (
                  <li key={category.id}>
                    <Link
                      className="chip"
                      href={listingHref({ kategori: category.handle })}
                      data-testid="category-link"
                    >
                      {category.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </InfoBlock>
          )}

          <p>
            <Link href={listingHref()} className="back-link">
              ← {t("product.backToProducts")}
            </Link>
          </p>
        </div>
      </div>
    </div>
  )
}
