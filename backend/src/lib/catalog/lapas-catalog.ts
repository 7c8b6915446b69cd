import type {
  CatalogLapasRef,
  LapasCategory,
  LapasProductDetail,
  LapasProductStatus,
  LapasProductSummary,
  LapasProductVariant,
  LapasStockRow,
  ProductLicences,
} from "@karya-binaan/contracts"
import { rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import LapasStockLocationLink from "../../links/lapas-stock-location"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { lapasIdsOfProducts, productIdsOfLapas } from "../lapas/links"
import { notFound } from "../not-found"
import { kindOfTypeValue } from "./service-type"

/**
 * The catalogue and stock of a lapas as the scoped API (`/lapas-api/products`, `/lapas-api/stock`)
 * reads them: which products, variants and images belong to a lapas (through the lapas↔product
 * link), the lapas's own stock location (lapas↔stock_location link), and the views built with
 * `query.graph` over fixed fields. Nothing here trusts an id it was given: every lookup is
 * bounded by the lapas.
 */

type Row = Record<string, any>

/** The licence keys in product metadata (as the demo data keeps them). */
export const LICENCE_KEYS = ["pirt", "bpom_md", "halal"] as const satisfies readonly (keyof ProductLicences)[]

export const RUPIAH = "idr"

// ---------------------------------------------------------------------------------------------
// Scope

/**
 * The lapas of a product the caller may see: a lapas member's own products, any lapas's product
 * for a national member (`lapasId` null). Unknown and foreign products are the same 404.
 */
export async function requireProductOfLapas(
  scope: MedusaContainer,
  lapasId: string | null,
  productId: string
): Promise<string> {
  const owner = (await lapasIdsOfProducts(scope, [productId])).get(productId)
  if (!owner || (lapasId && owner !== lapasId)) {
    throw notFound("Product", productId)
  }
  const [product] = await scope.resolve(Modules.PRODUCT).listProducts({ id: productId }, { select: ["id"] })
  if (!product) {
    throw notFound("Product", productId)
  }
  return owner
}

/** 404 unless the variant is one of this product's (checked after the product's own scope). */
export async function requireVariantOfProduct(scope: MedusaContainer, productId: string, variantId: string) {
  const [variant] = await scope
    .resolve(Modules.PRODUCT)
    .listProductVariants({ id: variantId, product_id: productId }, { select: ["id", "product_id"] })
  if (!variant) {
    throw notFound("Variant", variantId)
  }
}

/** 404 unless the image is one of this product's. */
export async function requireImageOfProduct(scope: MedusaContainer, productId: string, imageId: string) {
  const product = await scope
    .resolve(Modules.PRODUCT)
    .retrieveProduct(productId, { relations: ["images"], select: ["id", "thumbnail", "images.id", "images.url"] })
  const image = (product.images ?? []).find((i) => i.id === imageId)
  if (!image) {
    throw notFound("Image", imageId)
  }
  return { product, image }
}

/**
 * Variant id → its product's lapas, for every variant asked about that exists. A variant of
 * another lapas, or none, is absent.
 */
export async function lapasOfVariants(scope: MedusaContainer, variantIds: string[]) {
  const variants = await scope
    .resolve(Modules.PRODUCT)
    .listProductVariants({ id: variantIds }, { select: ["id", "product_id"] })
  const lapasOf = await lapasIdsOfProducts(
    scope,
    variants.map((v) => v.product_id!).filter(Boolean)
  )
  const result = new Map<string, string>()
  for (const variant of variants) {
    const lapas = lapasOf.get(variant.product_id!)
    if (lapas) result.set(variant.id, lapas)
  }
  return result
}

/** The category a product may be placed in: an active, public store category, else 404. */
export async function requireStoreCategory(scope: MedusaContainer, categoryId: string) {
  const [category] = await scope
    .resolve(Modules.PRODUCT)
    .listProductCategories({ id: categoryId, is_active: true, is_internal: false }, { select: ["id"] })
  if (!category) {
    throw notFound("Category", categoryId)
  }
}

/** Lapas id → its own stock location id. */
export async function stockLocationsOfLapas(scope: MedusaContainer, lapasIds: string[] | null) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasStockLocationLink.entryPoint,
    fields: ["lapas_id", "stock_location_id"],
    filters: lapasIds ? { lapas_id: lapasIds } : {},
  })
  return new Map((data as { lapas_id: string; stock_location_id: string }[]).map((r) => [r.lapas_id, r.stock_location_id]))
}

/** The lapas's own stock location, or a 400 saying the lapas has none yet. */
export async function stockLocationOfLapas(scope: MedusaContainer, lapasId: string) {
  const location = (await stockLocationsOfLapas(scope, [lapasId])).get(lapasId)
  if (!location) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This lapas has no stock location yet; ask a national administrator to set one up."
    )
  }
  return location
}

/** The store's default sales channel, where a new product is sold. */
export async function storeSalesChannelId(scope: MedusaContainer): Promise<string> {
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"], take: 1 })
  if (store?.default_sales_channel_id) {
    return store.default_sales_channel_id
  }
  const [channel] = await scope.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })
  if (!channel) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no sales channel yet.")
  }
  return channel.id
}

/** Whether any order holds a line of this product. */
export async function productHasOrders(scope: MedusaContainer, productId: string): Promise<boolean> {
  const lines = await scope
    .resolve(Modules.ORDER)
    .listOrderLineItems({ product_id: productId }, { select: ["id"], take: 1 })
  return lines.length > 0
}

// ---------------------------------------------------------------------------------------------
// Views

async function lapasRefs(scope: MedusaContainer, ids: string[]) {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map<string, CatalogLapasRef>()
  const lapas: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const rows = await lapas.listLapas({ id: unique }, { select: ["id", "handle", "name"] })
  return new Map(rows.map((r) => [r.id, { id: r.id, handle: r.handle, name: r.name }]))
}

const VARIANT_FIELDS = [
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.weight",
  "variants.variant_rank",
  "variants.created_at",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.min_quantity",
  "variants.prices.price_list_id",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** The variant's plain IDR price (no rules, no price list), as every buyer is offered it. */
function rupiahPrice(variant: Row): bigint | null {
  const price = ((variant.prices ?? []) as Row[]).find(
    (p) =>
      p &&
      String(p.currency_code).toLowerCase() === RUPIAH &&
      !p.price_list_id &&
      !Number(p.rules_count ?? 0) &&
      (p.min_quantity === null || p.min_quantity === undefined || Number(p.min_quantity) <= 1)
  )
  return price ? toRupiahBigInt(price.amount) : null
}

/** Stocked and reserved units of a variant at one location (its first inventory item). */
function levelAt(variant: Row, locationId: string | undefined) {
  const item = ((variant.inventory_items ?? []) as Row[]).find(Boolean)
  const level = ((item?.inventory?.location_levels ?? []) as Row[]).find((l) => l && l.location_id === locationId)
  const stocked = Number(level?.stocked_quantity ?? 0)
  const reserved = Number(level?.reserved_quantity ?? 0)
  return { stocked, reserved, available: stocked - reserved }
}

function sortVariants(variants: Row[]) {
  const time = (v: Row) => (v.created_at ? new Date(v.created_at).getTime() : 0)
  return variants
    .filter(Boolean)
    .sort(
      (a, b) =>
        (a.variant_rank ?? Number.MAX_SAFE_INTEGER) - (b.variant_rank ?? Number.MAX_SAFE_INTEGER) ||
        time(a) - time(b) ||
        (a.id < b.id ? -1 : 1)
    )
}

function variantView(variant: Row, locationId: string | undefined): LapasProductVariant {
  const price = rupiahPrice(variant)
  const manage = !!variant.manage_inventory
  const level = manage ? levelAt(variant, locationId) : { stocked: 0, reserved: 0, available: 0 }
  return {
    id: variant.id,
    title: variant.title,
    sku: variant.sku ?? null,
    price: price === null ? null : rupiahToJson(price),
    manage_inventory: manage,
    ...level,
    weight: numberOrNull(variant.weight),
  }
}

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value))

function licencesOf(metadata: Row | null | undefined): ProductLicences {
  const value = (key: string) => (typeof metadata?.[key] === "string" && metadata[key] ? (metadata[key] as string) : null)
  return { pirt: value("pirt"), bpom_md: value("bpom_md"), halal: value("halal") }
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : new Date(0).toISOString())

/** A product as the panel's edit screen shows it, with its variants' prices and stock. */
export async function productDetail(scope: MedusaContainer, productId: string): Promise<LapasProductDetail> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "subtitle",
      "description",
      "handle",
      "status",
      "thumbnail",
      "weight",
      "length",
      "width",
      "height",
      "metadata",
      "created_at",
      "updated_at",
      "type.value",
      "categories.id",
      "categories.name",
      "images.id",
      "images.url",
      "images.rank",
      ...VARIANT_FIELDS,
    ],
    filters: { id: productId },
  })
  const product = data[0] as Row | undefined
  if (!product) {
    throw notFound("Product", productId)
  }
  const lapasId = (await lapasIdsOfProducts(scope, [productId])).get(productId) ?? null
  const location = lapasId ? (await stockLocationsOfLapas(scope, [lapasId])).get(lapasId) : undefined
  const lapas = lapasId ? (await lapasRefs(scope, [lapasId])).get(lapasId) ?? null : null
  const category = ((product.categories ?? []) as Row[]).find(Boolean)
  return {
    id: product.id,
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    handle: product.handle,
    status: product.status === "published" ? "published" : "draft",
    thumbnail: product.thumbnail ?? null,
    weight: numberOrNull(product.weight),
    length: numberOrNull(product.length),
    width: numberOrNull(product.width),
    height: numberOrNull(product.height),
    category: category ? { id: category.id, name: category.name } : null,
    licences: licencesOf(product.metadata),
    images: ((product.images ?? []) as Row[])
      .filter(Boolean)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((i) => ({ id: i.id, url: i.url })),
    variants: sortVariants(product.variants ?? []).map((v) => variantView(v, location)),
    lapas,
    has_orders: await productHasOrders(scope, productId),
    kind: kindOfTypeValue(product.type?.value),
    created_at: iso(product.created_at),
    updated_at: iso(product.updated_at),
  }
}

/** Escapes LIKE wildcards so a search for "50%" looks for those characters. */
function likePattern(q: string) {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** One page of a lapas's products (every lapas's for `lapasId` null), newest first. */
export async function productSummaries(
  scope: MedusaContainer,
  filters: { lapasId: string | null; q?: string; status?: LapasProductStatus },
  page: { limit: number; offset: number }
): Promise<{ products: LapasProductSummary[]; count: number }> {
  const ids = await productIdsOfLapas(scope, filters.lapasId)
  if (!ids.length) return { products: [], count: 0 }
  const where: Row = { id: ids }
  if (filters.status) where.status = filters.status
  if (filters.q) where.title = { $ilike: likePattern(filters.q) }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "thumbnail", "updated_at", "created_at", "type.value", ...VARIANT_FIELDS],
    filters: where,
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const rows = data as Row[]
  const lapasOf = await lapasIdsOfProducts(scope, rows.map((r) => r.id))
  const lapasIds = [...new Set(lapasOf.values())]
  const locations = await stockLocationsOfLapas(scope, lapasIds)
  const refs = await lapasRefs(scope, lapasIds)
  const products = rows.map((product): LapasProductSummary => {
    const lapasId = lapasOf.get(product.id)
    const variants = ((product.variants ?? []) as Row[]).filter(Boolean)
    const location = lapasId ? locations.get(lapasId) : undefined
    const prices = variants.map(rupiahPrice).filter((p): p is bigint => p !== null)
    const min = prices.length ? prices.reduce((a, b) => (b < a ? b : a)) : null
    const max = prices.length ? prices.reduce((a, b) => (b > a ? b : a)) : null
    return {
      id: product.id,
      title: product.title,
      handle: product.handle,
      status: product.status === "published" ? "published" : "draft",
      thumbnail: product.thumbnail ?? null,
      lapas: lapasId ? refs.get(lapasId) ?? null : null,
      variant_count: variants.length,
      stock_total: variants
        .filter((v) => v.manage_inventory)
        .reduce((sum, v) => sum + levelAt(v, location).stocked, 0),
      price_min: min === null ? null : rupiahToJson(min),
      price_max: max === null ? null : rupiahToJson(max),
      updated_at: iso(product.updated_at),
      kind: kindOfTypeValue(product.type?.value),
    }
  })
  return { products, count: Number(metadata?.count ?? products.length) }
}

/** The store's categories a product may be placed in, by name. */
export async function storeCategories(scope: MedusaContainer): Promise<LapasCategory[]> {
  const categories = await scope
    .resolve(Modules.PRODUCT)
    .listProductCategories(
      { is_active: true, is_internal: false },
      { select: ["id", "name", "handle", "parent_category_id", "metadata"], order: { name: "ASC" } }
    )
  return categories.map((c) => ({
    id: c.id,
    name: c.name,
    name_en: typeof c.metadata?.name_en === "string" ? (c.metadata.name_en as string) : null,
    handle: c.handle,
    parent_id: c.parent_category_id ?? null,
  }))
}

/**
 * Every variant of the lapas's products (every lapas's for null) with its stock at its lapas's
 * own location, by product title then variant. Filtered by title/SKU search and low stock.
 */
export async function stockRows(
  scope: MedusaContainer,
  filters: { lapasId: string | null; q?: string; below?: number; variantIds?: string[] }
): Promise<LapasStockRow[]> {
  const ids = await productIdsOfLapas(scope, filters.lapasId)
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "thumbnail", "type.value", ...VARIANT_FIELDS],
    filters: { id: ids },
  })
  // Services (jasa) have no stock: the stock list leaves them out.
  const products = (data as Row[]).filter((p) => kindOfTypeValue(p.type?.value) !== "service")
  const lapasOf = await lapasIdsOfProducts(scope, products.map((p) => p.id))
  const locations = await stockLocationsOfLapas(scope, [...new Set(lapasOf.values())])
  const needle = filters.q?.trim().toLowerCase()
  const rows: LapasStockRow[] = []
  for (const product of products.sort((a, b) => String(a.title).localeCompare(String(b.title), "id") || (a.id < b.id ? -1 : 1))) {
    const lapasId = lapasOf.get(product.id)
    if (!lapasId) continue
    const location = locations.get(lapasId)
    for (const variant of sortVariants(product.variants ?? [])) {
      if (filters.variantIds && !filters.variantIds.includes(variant.id)) continue
      const view = variantView(variant, location)
      if (
        needle &&
        !`${product.title} ${variant.title} ${variant.sku ?? ""}`.toLowerCase().includes(needle)
      ) {
        continue
      }
      // The low-stock list holds variants that track stock and have fewer than `below` available.
      if (filters.below !== undefined && (!view.manage_inventory || view.available >= filters.below)) continue
      rows.push({
        variant_id: variant.id,
        variant_title: variant.title,
        sku: variant.sku ?? null,
        product_id: product.id,
        product_title: product.title,
        product_status: product.status === "published" ? "published" : "draft",
        thumbnail: product.thumbnail ?? null,
        lapas_id: lapasId,
        manage_inventory: view.manage_inventory,
        stocked: view.stocked,
        reserved: view.reserved,
        available: view.available,
      })
    }
  }
  return rows
}

/** Inventory item id of each variant (those that track stock and have one). */
export async function inventoryItemsOfVariants(scope: MedusaContainer, variantIds: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  return new Map(
    (data as Row[]).map((v) => [
      v.id as string,
      {
        manage_inventory: !!v.manage_inventory,
        inventory_item_id: (((v.inventory_items ?? []) as Row[]).find(Boolean)?.inventory_item_id as string | undefined) ?? null,
      },
    ])
  )
}

/**
 * The product's metadata with the licences set. A null or empty licence is written as "" (which
 * Medusa's metadata merge removes, and which reads back as no licence).
 */
export function metadataWithLicences(metadata: Row | null | undefined, licences: Partial<ProductLicences>) {
  const next: Row = { ...(metadata ?? {}) }
  for (const key of LICENCE_KEYS) {
    if (!(key in licences)) continue
    next[key] = licences[key] || ""
  }
  return next
}
