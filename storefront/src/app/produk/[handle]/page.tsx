import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getLocale, getTranslator } from "@/i18n/server"
import { getProductByHandle, getRegion } from "@/lib/data"
import { getProductImpacts, getProductMakers } from "@/lib/data/impact"
import { getLapasInfo } from "@/lib/util/product"
import { pageMetadata, summarize } from "@/lib/util/metadata"
import { decodeSegment, productHref } from "@/lib/util/routes"
import { ProductTemplate } from "@/modules/products/templates/product-template"

export const dynamic = "force-dynamic"

type Params = Promise<{ handle: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { handle } = await params
  const [product, t, locale] = await Promise.all([
    getProductByHandle(decodeSegment(handle)),
    getTranslator(),
    getLocale(),
  ])
  if (!product) return { title: t("meta.notFoundTitle"), robots: { index: false } }
  const lapas = getLapasInfo(product)
  const title = product.title ?? ""
  const description =
    summarize(product.subtitle || product.description) ||
    t("meta.productDescription", { title, lapas: lapas?.name ?? t("meta.siteName") })
  const path = productHref(product.handle ?? product.id)
  return pageMetadata({
    title,
    description,
    path,
    locale,
    siteName: t("meta.siteName"),
    image: { url: `${path}/opengraph-image`, alt: `${title} · ${t("meta.siteName")}` },
  })
}

export default async function ProductPage({ params }: { params: Params }) {
  const { handle } = await params
  const product = await getProductByHandle(decodeSegment(handle))
  if (!product) notFound()
  const [t, locale, region] = await Promise.all([getTranslator(), getLocale(), getRegion()])
  const [impacts, makers] = await Promise.all([
    getProductImpacts(product.id, region?.id),
    getProductMakers(product.id),
  ])
  return <ProductTemplate product={product} t={t} locale={locale} impacts={impacts} makers={makers} />
}
