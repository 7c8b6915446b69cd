import {
  PRODUCT_PHOTO_MAX_BYTES,
  PRODUCT_PHOTO_TYPES,
  type CreateLapasProductRequest,
  type ProductKind,
  type ProductLicences,
  type UpdateLapasProductRequest,
} from "@karya-binaan/contracts"

/**
 * Reading the catalogue forms: plain functions over FormData, shared by the server actions and
 * tested on their own. Errors are message keys of src/i18n/catalog.ts.
 */

export type CatalogErrorKey =
  | "error.titleRequired"
  | "error.variantTitleRequired"
  | "error.price"
  | "error.stock"
  | "error.weight"
  | "error.size"
  | "error.photoType"
  | "error.photoSize"

const text = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/**
 * A price typed by a person in whole rupiah: "45000", "45.000", "Rp 45.000" → 45000. Decimals
 * ("45000,50", "45.5"), negatives and anything else → null.
 */
export function parseRupiahInput(input: string): number | null {
  const cleaned = input.replace(/^\s*rp\.?\s*/i, "").replace(/\s+/g, "")
  if (!cleaned) return null
  // Dots as thousands separators only: groups of three digits.
  const digits = /^\d{1,3}(\.\d{3})+$/.test(cleaned) ? cleaned.replace(/\./g, "") : cleaned
  if (!/^\d+$/.test(digits)) return null
  const value = Number(digits)
  return Number.isSafeInteger(value) ? value : null
}

/** A whole number ≥ 0 ("12", "1.200"), or null. */
export function parseCount(input: string): number | null {
  const value = parseRupiahInput(input)
  return value === null || input.toLowerCase().includes("rp") ? null : value
}

function licencesOf(formData: FormData): Partial<ProductLicences> {
  return { pirt: text(formData, "pirt") || null, bpom_md: text(formData, "bpom_md") || null, halal: text(formData, "halal") || null }
}

export interface Parsed<T> {
  request?: T
  fieldErrors: Record<string, CatalogErrorKey>
  values: Record<string, string>
}

const PRODUCT_FIELDS = ["title", "subtitle", "description", "handle", "category_id", "weight", "length", "width", "height", "pirt", "bpom_md", "halal", "kind"]
const SIZE_FIELDS = ["length", "width", "height"] as const

/** The kind radio: "service" (jasa) or goods; a form without it (older pages) is goods. */
function kindOf(values: Record<string, string>): ProductKind {
  return values.kind === "service" ? "service" : "goods"
}

function productFields(formData: FormData) {
  const values = Object.fromEntries(PRODUCT_FIELDS.map((name) => [name, text(formData, name)]))
  const fieldErrors: Record<string, CatalogErrorKey> = {}
  if (!values.title) fieldErrors.title = "error.titleRequired"
  const kind = kindOf(values)
  // A service has no weight or packed size: whatever the hidden inputs held is not sent.
  if (kind === "service") for (const name of ["weight", ...SIZE_FIELDS]) values[name] = ""
  let weight: number | null = null
  if (values.weight) {
    weight = parseCount(values.weight)
    if (weight === null) fieldErrors.weight = "error.weight"
  }
  // The packed size in whole centimetres (each at least 1); blank leaves it unknown.
  const size: Record<(typeof SIZE_FIELDS)[number], number | null> = { length: null, width: null, height: null }
  for (const name of SIZE_FIELDS) {
    if (!values[name]) continue
    const cm = parseCount(values[name])
    if (cm === null || cm < 1 || cm > 1_000) fieldErrors[name] = "error.size"
    else size[name] = cm
  }
  const fields: UpdateLapasProductRequest = {
    title: values.title,
    subtitle: values.subtitle || null,
    description: values.description || null,
    category_id: values.category_id || null,
    weight,
    ...size,
    licences: licencesOf(formData),
    ...(values.kind ? { kind } : {}),
  }
  if (values.handle) fields.handle = values.handle
  return { values, fieldErrors, fields }
}

/** The edit form of a product: its details and licences. */
export function readProductUpdate(formData: FormData): Parsed<UpdateLapasProductRequest> {
  const { values, fieldErrors, fields } = productFields(formData)
  return Object.keys(fieldErrors).length ? { fieldErrors, values } : { request: fields, fieldErrors, values }
}

/** The new-product form: details, the first variant with its price, opening stock, publish now. */
export function readProductCreate(
  formData: FormData
): Parsed<CreateLapasProductRequest> & { stock: number | null } {
  const { values, fieldErrors, fields } = productFields(formData)
  for (const name of ["variant_title", "sku", "price", "stock"]) values[name] = text(formData, name)
  const isService = kindOf(values) === "service"
  // A service has no stock.
  if (isService) values.stock = ""
  if (!values.variant_title) fieldErrors.variant_title = "error.variantTitleRequired"
  const price = parseRupiahInput(values.price)
  if (price === null) fieldErrors.price = "error.price"
  let stock: number | null = null
  if (values.stock) {
    stock = parseCount(values.stock)
    if (stock === null) fieldErrors.stock = "error.stock"
  }
  const photoError = checkPhotos(photosOf(formData))
  if (photoError) fieldErrors.photos = photoError
  if (Object.keys(fieldErrors).length) return { fieldErrors, values, stock }
  const request: CreateLapasProductRequest = {
    ...(fields as CreateLapasProductRequest),
    status: formData.get("publish") ? "published" : "draft",
    variants: [{ title: values.variant_title, sku: values.sku || null, price: price!, manage_inventory: !isService }],
  }
  return { request, fieldErrors, values, stock }
}

/** The chosen files of a photo input (an empty input sends one nameless, empty file). */
export function photosOf(formData: FormData, name = "photos"): File[] {
  return formData
    .getAll(name)
    .filter((f): f is File => typeof f !== "string" && f.size > 0)
}

export function checkPhotos(files: File[]): CatalogErrorKey | null {
  for (const file of files) {
    if (!(PRODUCT_PHOTO_TYPES as readonly string[]).includes(file.type)) return "error.photoType"
    if (file.size > PRODUCT_PHOTO_MAX_BYTES) return "error.photoSize"
  }
  return null
}

/**
 * A variant row's form: title, SKU, price, track stock, its own weight (blank: the product's).
 * A service's rows have neither stock nor weight (`service`): they are sent as none.
 */
export function readVariant(
  formData: FormData,
  { service = false }: { service?: boolean } = {}
): Parsed<{ title: string; sku: string | null; price: number; manage_inventory: boolean; weight: number | null }> {
  const values = { title: text(formData, "title"), sku: text(formData, "sku"), price: text(formData, "price"), weight: text(formData, "weight") }
  const fieldErrors: Record<string, CatalogErrorKey> = {}
  if (!values.title) fieldErrors.title = "error.variantTitleRequired"
  const price = parseRupiahInput(values.price)
  if (price === null) fieldErrors.price = "error.price"
  // The service's rows say so in a hidden field (the backend refuses stock or weight on one anyway).
  if (formData.get("kind") === "service") service = true
  if (service) values.weight = ""
  const weight = values.weight ? parseCount(values.weight) : null
  if (values.weight && weight === null) fieldErrors.weight = "error.weight"
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  return {
    request: {
      title: values.title,
      sku: values.sku || null,
      price: price!,
      manage_inventory: service ? false : formData.get("manage_inventory") === "on",
      weight,
    },
    fieldErrors,
    values,
  }
}

/**
 * The stock form: one input `stock:<variant_id>` per row, with the value it showed in
 * `was:<variant_id>`. Only the changed rows are sent; a non-number names its variant.
 */
export function readStockLevels(formData: FormData): {
  levels: { variant_id: string; stocked_quantity: number }[]
  invalid: string[]
} {
  const levels: { variant_id: string; stocked_quantity: number }[] = []
  const invalid: string[] = []
  for (const [key, raw] of formData.entries()) {
    if (!key.startsWith("stock:") || typeof raw !== "string") continue
    const variantId = key.slice("stock:".length)
    const was = formData.get(`was:${variantId}`)
    if (raw.trim() === String(was ?? "").trim()) continue
    const quantity = parseCount(raw.trim())
    if (quantity === null) invalid.push(variantId)
    else levels.push({ variant_id: variantId, stocked_quantity: quantity })
  }
  return { levels, invalid }
}
