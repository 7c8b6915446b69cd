import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslator } from "@/i18n/server"
import { getProductByHandle } from "@/lib/data"
import { toImageSource } from "@/lib/util/images"
import { getImageUrls } from "@/lib/util/product"
import { decodeSegment } from "@/lib/util/routes"
import { ProductTemplate } from "@/modules/products/templates/product-template"

export const dynamic = "force-dynamic"

type Params = Promise<{ handle: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { handle } = await params
  const product = await getProductByHandle(decodeSegment(handle))
  if (!product) {
    const t = await getTranslator()
    return { title: t("meta.notFoundTitle") }
  }
  const [image] = getImageUrls(product)
  return {
    title: product.title,
    description: product.subtitle || product.description?.slice(0, 160) || undefined,
    openGraph: image ? { images: [toImageSource(image).src] } : undefined,
  }
}

export default async function ProductPage({ params }: { params: Params }) {
  const { handle } = await params
  const product = await getProductByHandle(decodeSegment(handle))
  if (!product) notFound()
  const t = await getTranslator()
  return <ProductTemplate product={product} t={t} />
}
