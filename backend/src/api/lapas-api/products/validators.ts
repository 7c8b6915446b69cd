import { LAPAS_PRODUCT_STATUSES, PRODUCT_KINDS, wholeRupiah } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { paging } from "../../utils/schemas"

// Shared by the product, variant and stock routes of the scoped catalogue.

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} is text` })
    .trim()
    .max(max, `${what} is at most ${max} characters`)

export const productTitle = text("The title", 200).min(1, "Give the product a title")

export const productHandle = z
  .string({ error: "The handle is text" })
  .trim()
  .min(1, "The handle cannot be empty")
  .max(100, "The handle is at most 100 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "The handle is lower-case letters and digits joined by dashes, e.g. jahe-instan-250g")

const productStatus = z.enum(LAPAS_PRODUCT_STATUSES, { error: `The status is ${LAPAS_PRODUCT_STATUSES.join(" or ")}` })

const optionalText = (what: string, max: number) => text(what, max).nullable().optional()

export const licencesSchema = z
  .object({
    pirt: z
      .string()
      .trim()
      .regex(/^(\d{15,20})?$/, "A P-IRT number is 15 to 20 digits")
      .nullable()
      .optional(),
    bpom_md: z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9 .\-/]{3,40})?$/, "A BPOM number is 3 to 40 letters and digits, e.g. MD 224510001234")
      .nullable()
      .optional(),
    halal: z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9.\-/]{6,40})?$/, "A halal certificate number is 6 to 40 letters and digits, e.g. ID35110000123450923")
      .nullable()
      .optional(),
  })
  .strict()

const weight = z
  .number({ error: "The weight is a whole number of grams" })
  .int("The weight is a whole number of grams")
  .min(0, "The weight cannot be negative")
  .max(1_000_000, "The weight is at most 1,000,000 grams")
  .nullable()
  .optional()

/** A packed size in whole centimetres (couriers measure parcels to the centimetre). */
const centimetres = (what: string) =>
  z
    .number({ error: `The ${what} is a whole number of centimetres` })
    .int(`The ${what} is a whole number of centimetres`)
    .min(1, `The ${what} is at least 1 cm`)
    .max(1_000, `The ${what} is at most 1,000 cm`)
    .nullable()
    .optional()

const packedSize = { length: centimetres("length"), width: centimetres("width"), height: centimetres("height") }

/** Goods (barang, with stock) or a service (jasa: product type "jasa", no stock, weight or size). */
const productKind = z
  .enum(PRODUCT_KINDS, { error: `The kind is ${PRODUCT_KINDS.join(" or ")} (barang or jasa)` })
  .optional()

const categoryId = z.string().trim().min(1, "Name the category by its id").nullable().optional()

export const variantSku = text("The SKU", 64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$|^$/, "A SKU is letters, digits, dots, dashes or slashes")
  .nullable()
  .optional()

export const variantFields = {
  title: text("The variant title", 120).min(1, "Give the variant a title, e.g. 250 gram"),
  sku: variantSku,
  price: wholeRupiah,
  manage_inventory: z.boolean({ error: "manage_inventory is true or false" }).optional(),
  weight,
}

export const VariantSchema = z.object(variantFields).strict()

export const CreateProductSchema = z
  .object({
    title: productTitle,
    subtitle: optionalText("The subtitle", 200),
    description: optionalText("The description", 5000),
    handle: productHandle.optional(),
    category_id: categoryId,
    licences: licencesSchema.optional(),
    weight,
    ...packedSize,
    status: productStatus.optional(),
    kind: productKind,
    variants: z
      .array(VariantSchema, { error: "List the product's variants (variants)" })
      .min(1, "A product needs at least one variant with its price")
      .max(50, "A product has at most 50 variants")
      .refine(
        (variants) => new Set(variants.map((v) => v.title.toLowerCase())).size === variants.length,
        "Each variant needs its own title: buyers choose a variant by it"
      ),
  })
  .strict()

export const UpdateProductSchema = z
  .object({
    title: productTitle.optional(),
    subtitle: optionalText("The subtitle", 200),
    description: optionalText("The description", 5000),
    handle: productHandle.optional(),
    category_id: categoryId,
    licences: licencesSchema.optional(),
    weight,
    ...packedSize,
    status: productStatus.optional(),
    kind: productKind,
  })
  .strict()

export const ListProductsQuerySchema = z
  .object({
    ...paging,
    q: z.string().trim().max(200, "The search is at most 200 characters").optional(),
    status: productStatus.optional(),
    lapas_id: z.string().trim().min(1).optional(),
  })
  .strict()
export type ListProductsQuery = z.infer<typeof ListProductsQuerySchema>

/** A route that takes no query parameters at all. */
export const NoQuerySchema = z.object({}).strict()
