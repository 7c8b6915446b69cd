import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import type { ProductImpact as Impact, ProductMaker } from "@karya-binaan/contracts"
import { categoryName } from "@/lib/util/category"
import { isLapasClass } from "@/lib/util/lapas"
import {
  getImageUrls,
  getLapasInfo,
  getLicences,
  getPriceRange,
  getVariantPrice,
  isProductInStock,
  isServiceProduct,
  isVariantInStock,
  type ProductWithLapas,
} from "@/lib/util/product"
import { categoryHref, lapasHref, listingHref } from "@/lib/util/routes"
import { buildProductJsonLd } from "@/lib/util/seo"
import { InfoBlock } from "@/modules/common/components/info-block"
import { JsonLd } from "@/modules/common/components/json-ld"
import { AddToCart } from "../components/add-to-cart"
import { MakerStories } from "../components/maker-stories"
import { ProductGallery } from "../components/product-gallery"
import { ProductImpact } from "../components/product-impact"
import { ProductPrice } from "../components/product-price"
import { SelectedVariantBlock, SelectedVariantProvider } from "../components/selected-variant"
import { StockStatus } from "../components/stock-status"
import { VariantPicker, type PickerOption, type PickerVariant } from "../components/variant-picker"
import { initialPickerVariant } from "../components/variant-selection"
import "../product-page.css"

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

export function ProductTemplate({
  product,
  t,
  locale,
  impacts = [],
  makers = [],
}: {
  product: ProductWithLapas
  t: Translate
  locale: Locale
  /** per-unit impact of each variant from the backend; a variant without one shows no impact block */
  impacts?: Impact[]
  makers?: ProductMaker[]
}) {
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
  const single = variants.length === 1 ? variants[0] : null
  const singleBuyable = single ? isVariantInStock(single) && getVariantPrice(single) !== null : false
  // One impact block per variant (rendered here, on the server), of which the page shows the chosen
  // variant's: the picker's first choice, then whatever the buyer picks (SelectedVariantProvider).
  const impactOf = new Map(impacts.map((impact) => [impact.variant_id, impact]))
  const impactBlocks = Object.fromEntries(
    variants.flatMap((v) => {
      const impact = impactOf.get(v.id)
      return impact
        ? [[v.id, <ProductImpact key={v.id} impact={impact} variantTitle={picker ? v.title : null} t={t} />]]
        : []
    })
  )
  const chosenFirst = (picker ? initialPickerVariant(picker.variants)?.id : single?.id) ?? null
  const service = isServiceProduct(product)
  const lapasClass = lapas?.lapasClass && isLapasClass(lapas.lapasClass) ? t(`lapas.class.${lapas.lapasClass}`) : null

  return (
    <div className="container product-page">
      <JsonLd data={buildProductJsonLd(product)} />
      <nav aria-label={t("product.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/">{t("nav.home")}</Link>
          </li>
          <li>
            <Link prefetch={false} href={listingHref()}>{t("nav.products")}</Link>
          </li>
          {categories[0]?.handle && (
            <li>
              <Link prefetch={false} href={categoryHref(categories[0].handle)}>{categoryName(categories[0], locale)}</Link>
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
          {lapas && (
            <p className="product-info__lapas" data-testid="product-lapas">
              {service ? t("product.serviceBy") : t("product.madeIn")}{" "}
              {lapas.handle && lapas.name ? <Link prefetch={false} href={lapasHref(lapas.handle)}>{lapas.name}</Link> : lapas.name}
              {lapas.city ? `, ${lapas.city}` : ""}
            </p>
          )}

          <SelectedVariantProvider initialVariantId={chosenFirst}>
            {picker ? (
              <VariantPicker options={picker.options} variants={picker.variants} />
            ) : (
              <div className="purchase">
                <div className="purchase__summary">
                  {price ? (
                    <ProductPrice amount={price.min} className="product-price" testId="product-price" />
                  ) : (
                    <span className="product-price product-price--none" data-testid="product-price">
                      {t("product.priceUnavailable")}
                    </span>
                  )}
                  {service ? (
                    <span className="stock stock--in" data-testid="product-service">
                      {t("product.serviceVoucher")}
                    </span>
                  ) : (
                    <StockStatus inStock={isProductInStock(product)} t={t} />
                  )}
                </div>
                <AddToCart variantId={single?.id ?? null} disabled={!singleBuyable} />
              </div>
            )}

            {service && (
              <p className="muted" data-testid="product-service-redeem">
                {t("product.serviceRedeem", { lapas: lapas?.name ?? t("product.madeInLabel") })}
              </p>
            )}

            <SelectedVariantBlock blocks={impactBlocks} />
          </SelectedVariantProvider>

          {lapas && (
            <InfoBlock id="made-in" title={t("product.madeInLabel")}>
              <p className="lapas-summary">
                <strong>{lapas.name}</strong>
                {lapasClass && <span className="muted"> · {lapasClass}</span>}
                <br />
                {[lapas.city, lapas.province].filter(Boolean).join(", ")}
              </p>
              {lapas.handle && (
                <p>
                  <Link prefetch={false} href={lapasHref(lapas.handle)} className="text-link">
                    {t("product.aboutLapas", { name: lapas.name ?? "" })}
                  </Link>
                </p>
              )}
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
              <p className="product-info__description" data-testid="product-description" lang="id">
                {product.description}
              </p>
            ) : (
              <p className="muted">{t("product.noDescription")}</p>
            )}
          </InfoBlock>

          <MakerStories makers={makers} t={t} />

          {categories.length > 0 && (
            <InfoBlock id="categories" title={t("product.categories")}>
              <ul className="chips" role="list">
                {categories.map((category) =>
                  category.handle ? (
                    <li key={category.id}>
                      <Link prefetch={false} className="chip" href={categoryHref(category.handle)} data-testid="category-link">
                        {categoryName(category, locale)}
                      </Link>
                    </li>
                  ) : null
                )}
              </ul>
            </InfoBlock>
          )}

          <p>
            <Link prefetch={false} href={listingHref()} className="back-link">
              <span aria-hidden="true">← </span>
              {t("product.backToProducts")}
            </Link>
          </p>
        </div>
      </div>
    </div>
  )
}
