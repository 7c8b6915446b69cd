import type { Metadata } from "next"
import { ButtonLink } from "@/components/button"
import { PageHeader } from "@/components/page-header"
import { catalogMessages } from "@/i18n/catalog"
import { getT } from "@/i18n/server"
import { listCategories } from "@/lib/data/catalog"
import { requireRole, requireSection } from "@/lib/data/session"
import { createProductAction } from "../actions"
import { ProductForm } from "../product-form"
import "../catalog.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(catalogMessages)
  return { title: t("new.title") }
}

/** A new product of the lapas (staff only): details, first variant and price, photos, publish now. */
export default async function NewProductPage() {
  requireRole(await requireSection("catalog"), ["lapas_staff"])
  const [t, categories] = await Promise.all([getT(catalogMessages), listCategories()])
  return (
    <>
      <PageHeader
        title={t("new.title")}
        description={t("new.description")}
        actions={<ButtonLink href="/katalog">{t("detail.back")}</ButtonLink>}
      />
      <ProductForm action={createProductAction} categories={categories} />
    </>
  )
}
