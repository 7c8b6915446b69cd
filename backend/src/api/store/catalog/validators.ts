import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { CATALOG_SORTS } from "@karya-binaan/contracts"
import type { CatalogFilters } from "../../../lib/catalog/queries"
import { describeIssues } from "../../utils/validation"

/** Rupiah bounds beyond which a price filter means nothing (and would overflow nothing either). */
export const MAX_RUPIAH = 1_000_000_000_000

/** A whole number written in the query string (`?price_min=50000`), within [min, max]. */
export const wholeNumber = (what: string, min: number, max: number) =>
  z
    .string({ error: `${what} is given once, as a whole number` })
    .trim()
    .regex(/^\d+$/, `${what} is a whole number of at least ${min} (no sign, dots or decimals)`)
    .transform((value) => Number(value))
    .refine((value) => Number.isSafeInteger(value) && value >= min, `${what} must be at least ${min}`)
    .refine((value) => value <= max, `${what} cannot be more than ${max.toLocaleString("en-US")}`)

const id = (what: string) =>
  z
    .string({ error: `${what} is given once, as an id` })
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(100, `${what} is too long to be an id`)

export const StoreCatalogQuerySchema = z
  .object({
    category_id: id("category_id").optional(),
    collection_id: id("collection_id").optional(),
    lapas_id: id("lapas_id").optional(),
    price_min: wholeNumber("price_min", 0, MAX_RUPIAH).optional(),
    price_max: wholeNumber("price_max", 0, MAX_RUPIAH).optional(),
    sort: z
      .enum(CATALOG_SORTS, { error: `sort is one of ${CATALOG_SORTS.join(", ")}` })
      .default("newest"),
    limit: wholeNumber("limit", 1, 100).default(12),
    offset: wholeNumber("offset", 0, 1_000_000).default(0),
    region_id: id("region_id").optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.price_min !== undefined && query.price_max !== undefined && query.price_min > query.price_max) {
      ctx.addIssue({
        code: "custom",
        path: ["price_min"],
        message: `price_min (${query.price_min}) is more than price_max (${query.price_max}); swap them or leave one out`,
      })
    }
  })
export type StoreCatalogQuery = z.infer<typeof StoreCatalogQuerySchema>

/** `GET /store/catalog/products/:handle`: only the region whose currency prices are shown in. */
export const StoreProductPageQuerySchema = z.object({ region_id: id("region_id").optional() }).strict()

export const StoreImpactQuerySchema = z.object({ region_id: id("region_id").optional() }).strict()
export type StoreImpactQuery = z.infer<typeof StoreImpactQuerySchema>

export const EmptyQuerySchema = z.object({}).strict()

/**
 * Parses a store route's query string inside its handler (the routes register no middleware),
 * refusing it with a 400 that names each problem, e.g. "Invalid query: price_min: …".
 */
export function parseStoreQuery<T extends z.ZodTypeAny>(req: MedusaRequest, schema: T): z.infer<T> {
  const result = schema.safeParse(req.query ?? {})
  if (!result.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid query: ${describeIssues(result.error, "query")}`)
  }
  return result.data
}

/** The catalogue filters of a validated query, for the key's sales channels and the region's currency. */
export function catalogFiltersOf(query: StoreCatalogQuery, salesChannelIds: string[], currencyCode: string): CatalogFilters {
  return {
    salesChannelIds,
    currencyCode,
    categoryId: query.category_id,
    collectionId: query.collection_id,
    lapasId: query.lapas_id,
    priceMin: query.price_min,
    priceMax: query.price_max,
  }
}
