import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Badge } from "@/components/badge"
import { ButtonLink } from "@/components/button"
import { Money } from "@/components/money"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { catalogMessages } from "@/i18n/catalog"
import { getT } from "@/i18n/server"
import { isApiError } from "@/lib/data/api"
import { getProduct, listCategories } from "@/lib/data/catalog"
import { requireSection } from "@/lib/data/session"
import {
  addVariantAction,
  deletePhotoAction,
  deleteProductAction,
  setStatusAction,
  updateProductAction,
  updateVariantAction,
  uploadPhotosAction,
} from "../actions"
import { ActionForm } from "../action-form"
import { PhotoUploadForm } from "../photo-upload-form"
import { ProductForm } from "../product-form"
import { VariantForm } from "../variant-form"
import "../catalog.css"

type Params = Promise<{ id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

async function load(id: string) {
  try {
    return await getProduct(id)
  } catch (error) {
    if (isApiError(error) && error.status === 404) notFound()
    throw error
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params
  const product = await getProduct(id).catch(() => null)
  return { title: product?.title ?? "Katalog" }
}

/**
 * One product: staff edit details and licences, publish or withdraw it, manage photos and
 * variants (price in rupiah, SKU); finance and national members see it read-only.
 */
export default async function ProductPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const member = await requireSection("catalog")
  const { id } = await params
  const created = (await searchParams).dibuat === "1"
  const t = await getT(catalogMessages)
  const product = await load(id)
  const canEdit = member.role === "lapas_staff"
  const categories = canEdit ? await listCategories() : []
  const published = product.status === "published"

  return (
    <>
      <PageHeader
        title={product.title}
        description={product.subtitle ?? undefined}
        actions={<ButtonLink href="/katalog">{t("detail.back")}</ButtonLink>}
      />
      {created ? <Notice tone="success" testId="product-created">{t("detail.created")}</Notice> : null}
      <div className="catalog-sections">
        <section className="catalog-panel" data-testid="product-status">
          <h2>{t("detail.status")}</h2>
          <p>
            <Badge tone={published ? "success" : "neutral"}>{t(`status.${product.status}`)}</Badge>{" "}
            {published ? t("detail.statusPublished") : t("detail.statusDraft")}
          </p>
          {canEdit ? (
            <div className="catalog-actions">
              <ActionForm
                action={setStatusAction.bind(null, product.id)}
                label={published ? t("detail.unpublish") : t("detail.publish")}
                variant={published ? "secondary" : "primary"}
                testId="status-form"
              >
                <input type="hidden" name="status" value={published ? "draft" : "published"} />
              </ActionForm>
              {!published && !product.has_orders ? (
                <ActionForm action={deleteProductAction.bind(null, product.id)} label={t("detail.delete")} variant="danger" />
              ) : null}
            </div>
          ) : null}
        </section>

        <section className="catalog-panel">
          <h2>{t("detail.photos")}</h2>
          {product.images.length ? (
            <ul className="catalog-photos" data-testid="product-photos">
              {product.images.map((image) => (
                <li key={image.id}>
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={image.url} alt={t("detail.photoAlt", { title: product.title })} loading="lazy" />
                  {canEdit ? (
                    <ActionForm action={deletePhotoAction.bind(null, product.id, image.id)} label={t("detail.removePhoto")} variant="ghost" />
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("detail.noPhotos")}</p>
          )}
          {canEdit ? <PhotoUploadForm action={uploadPhotosAction.bind(null, product.id)} /> : null}
        </section>

        <section className="catalog-panel">
          <h2>{t("detail.variants")}</h2>
          {canEdit ? (
            <>
              {product.variants.map((variant, index) => (
                <VariantForm
                  key={variant.id}
                  index={index}
                  variant={variant}
                  service={product.kind === "service"}
                  action={updateVariantAction.bind(null, product.id, variant.id)}
                />
              ))}
              <VariantForm index={product.variants.length} service={product.kind === "service"} action={addVariantAction.bind(null, product.id)} />
            </>
          ) : (
            <ResponsiveTable
              caption={t("detail.variantsCaption")}
              rows={product.variants}
              rowKey={(v) => v.id}
              columns={[
                { key: "title", header: t("form.variantTitle"), primary: true, cell: (v) => v.title },
                { key: "sku", header: t("form.sku"), cell: (v) => v.sku ?? "—" },
                { key: "price", header: t("col.price"), align: "end", cell: (v) => (v.price === null ? t("price.none") : <Money amount={v.price} />) },
                { key: "available", header: t("detail.available"), align: "end", cell: (v) => (product.kind === "service" ? t("stock.service") : v.manage_inventory ? v.available : t("stock.notTracked")) },
              ]}
            />
          )}
        </section>

        {canEdit ? (
          <ProductForm action={updateProductAction.bind(null, product.id)} categories={categories} product={product} />
        ) : (
          <section className="catalog-panel">
            <h2>{t("form.details")}</h2>
            <dl className="facts">
              {product.lapas ? (
                <div>
                  <dt>{t("detail.lapas")}</dt>
                  <dd>{product.lapas.name}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t("form.category")}</dt>
                <dd>{product.category?.name ?? "—"}</dd>
              </div>
              <div>
                <dt>{t("form.weight")}</dt>
                <dd>{product.weight ?? "—"}</dd>
              </div>
              <div>
                <dt>{t("form.pirt")}</dt>
                <dd>{product.licences.pirt ?? t("detail.licenceNone")}</dd>
              </div>
              <div>
                <dt>{t("form.bpom")}</dt>
                <dd>{product.licences.bpom_md ?? t("detail.licenceNone")}</dd>
              </div>
              <div>
                <dt>{t("form.halal")}</dt>
                <dd>{product.licences.halal ?? t("detail.licenceNone")}</dd>
              </div>
            </dl>
            {product.description ? <p>{product.description}</p> : null}
          </section>
        )}
      </div>
    </>
  )
}
