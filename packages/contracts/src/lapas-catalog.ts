/**
 * The catalogue and stock of a lapas in the scoped API (`/lapas-api/products`, `/lapas-api/stock`,
 * `/lapas-api/categories`). Staff write; finance read; national members read every lapas.
 * Amounts are whole rupiah (IDR); stock figures are at the lapas's own stock location.
 */
import type { Rupiah } from "./money"
import type { ProductKind } from "./services"

/** A product is a draft (not in the store) or published (sold in the store). */
export const LAPAS_PRODUCT_STATUSES = ["draft", "published"] as const
export type LapasProductStatus = (typeof LAPAS_PRODUCT_STATUSES)[number]

/** Licence numbers shown on a (food) product's page; kept in the product's metadata. */
export interface ProductLicences {
  /** P-IRT number (home industry food licence, 15+ digits). */
  pirt: string | null
  /** BPOM MD registration number. */
  bpom_md: string | null
  /** Halal certificate number. */
  halal: string | null
}

export interface CatalogLapasRef {
  id: string
  handle: string
  name: string
}

/** One row of `GET /lapas-api/products`. */
export interface LapasProductSummary {
  id: string
  title: string
  handle: string
  status: LapasProductStatus
  thumbnail: string | null
  lapas: CatalogLapasRef | null
  variant_count: number
  /** Units stocked at the lapas's location over the variants that track stock. */
  stock_total: number
  /** Lowest and highest variant price in rupiah; null when no variant has a price. */
  price_min: Rupiah | null
  price_max: Rupiah | null
  updated_at: string
  /** Goods (barang) or a service (jasa: product type "jasa", no stock). */
  kind?: ProductKind
}

/** `GET /lapas-api/products?q=&status=&lapas_id=&limit=&offset=` */
export interface LapasProductListQuery {
  q?: string
  status?: LapasProductStatus
  /** National members only; others may name only their own lapas. */
  lapas_id?: string
  limit?: number
  offset?: number
}

export interface LapasProductListResponse {
  products: LapasProductSummary[]
  count: number
  limit: number
  offset: number
}

/** A variant with its IDR price and its stock at the lapas's location. */
export interface LapasProductVariant {
  id: string
  title: string
  sku: string | null
  price: Rupiah | null
  manage_inventory: boolean
  stocked: number
  reserved: number
  available: number
  /** The variant's own weight in grams when it differs from the product's (null: the product's). */
  weight: number | null
}

export interface LapasProductImage {
  id: string
  url: string
}

export interface CatalogCategoryRef {
  id: string
  name: string
}

export interface LapasProductDetail {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: LapasProductStatus
  thumbnail: string | null
  /** Weight in grams. */
  weight: number | null
  /** Packed size in centimetres; with all three the courier charges volumetric weight (L×W×H/6000 kg) when larger. */
  length: number | null
  width: number | null
  height: number | null
  category: CatalogCategoryRef | null
  licences: ProductLicences
  images: LapasProductImage[]
  variants: LapasProductVariant[]
  lapas: CatalogLapasRef | null
  /** Whether any order holds this product (then it can only be unpublished, not deleted). */
  has_orders: boolean
  /** Goods (barang) or a service (jasa: product type "jasa", variants track no stock, no weight or size). */
  kind?: ProductKind
  created_at: string
  updated_at: string
}

/** `GET|POST /lapas-api/products/:id`, `POST /lapas-api/products`, and the variant and image routes. */
export interface LapasProductResponse {
  product: LapasProductDetail
}

/** A new variant: title, optional SKU, price in whole rupiah (IDR). */
export interface LapasVariantInput {
  title: string
  sku?: string | null
  price: number
  /** Track stock at the lapas's location (default true). */
  manage_inventory?: boolean
  /** Grams, when this variant weighs other than the product (null: the product's weight). */
  weight?: number | null
}

/** `POST /lapas-api/products` (created as a draft unless `status` says published). */
export interface CreateLapasProductRequest {
  title: string
  subtitle?: string | null
  description?: string | null
  handle?: string
  category_id?: string | null
  licences?: Partial<ProductLicences>
  /** Grams (packed). */
  weight?: number | null
  /** Packed size in whole centimetres. */
  length?: number | null
  width?: number | null
  height?: number | null
  status?: LapasProductStatus
  /**
   * Goods (default) or a service: a service gets the product type "jasa", its variants track no
   * stock and carry no weight or packed size. On edit, switching kind switches stock tracking too.
   */
  kind?: ProductKind
  variants: LapasVariantInput[]
}

/** `POST /lapas-api/products/:id`: any of the fields; `status` publishes or unpublishes. */
export type UpdateLapasProductRequest = Partial<Omit<CreateLapasProductRequest, "variants">>

/** `POST /lapas-api/products/:id/variants/:variant_id` */
export type UpdateLapasVariantRequest = Partial<LapasVariantInput>

/** `DELETE /lapas-api/products/:id`, `DELETE …/variants/:variant_id` */
export interface LapasDeleteResponse {
  id: string
  object: "product" | "variant" | "image"
  deleted: true
}

/** `GET /lapas-api/categories`: the store's categories a product can be placed in. */
export interface LapasCategory {
  id: string
  name: string
  name_en: string | null
  handle: string
  parent_id: string | null
}

export interface LapasCategoriesResponse {
  categories: LapasCategory[]
}

/** One variant's stock at its lapas's own location. */
export interface LapasStockRow {
  variant_id: string
  variant_title: string
  sku: string | null
  product_id: string
  product_title: string
  product_status: LapasProductStatus
  thumbnail: string | null
  lapas_id: string
  manage_inventory: boolean
  stocked: number
  reserved: number
  available: number
}

/** `GET /lapas-api/stock?low=true&below=5&q=&lapas_id=&limit=&offset=` */
export interface LapasStockQuery {
  q?: string
  /** Only variants whose available quantity is below `below`. */
  low?: boolean
  /** The low-stock threshold (default 5). */
  below?: number
  lapas_id?: string
  limit?: number
  offset?: number
}

export interface LapasStockResponse {
  stock: LapasStockRow[]
  count: number
  limit: number
  offset: number
  /** The low-stock threshold the list was read with. */
  below: number
}

/** `POST /lapas-api/stock`: set the stocked quantity of the lapas's variants at its location. */
export interface UpdateLapasStockRequest {
  levels: { variant_id: string; stocked_quantity: number }[]
}

export interface UpdateLapasStockResponse {
  stock: LapasStockRow[]
}

/** Accepted photo types and size of `POST /lapas-api/products/:id/images` (multipart, field `files`). */
export const PRODUCT_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const PRODUCT_PHOTO_MAX_BYTES = 8 * 1024 * 1024
export const LOW_STOCK_DEFAULT = 5
