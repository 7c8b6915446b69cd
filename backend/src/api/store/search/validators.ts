import { z } from "@medusajs/framework/zod"
import { searchEventBody } from "@karya-binaan/contracts"
import { MAX_SEARCH_LIMIT } from "../../../modules/search/types"
import { MAX_RUPIAH, wholeNumber } from "../catalog/validators"

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** `lapas=a,b` or `lapas=a`: handles, at most 20. */
const handles = (what: string) =>
  z
    .string({ error: `${what} is given once, as handles separated by commas` })
    .trim()
    .transform((value) => [...new Set(value.split(",").map((h) => h.trim()).filter(Boolean))])
    .refine((list) => list.length <= 20, `${what} takes at most 20 handles`)
    .refine(
      (list) => list.every((h) => HANDLE.test(h) && h.length <= 100),
      `${what} holds handles: lower-case letters, digits and dashes, separated by commas`
    )

const query = z
  .string({ error: "q is given once, as text" })
  .max(200, "q is at most 200 characters; shorten the search")
  .default("")

export const StoreSearchQuerySchema = z
  .object({
    q: query,
    lapas: handles("lapas").optional(),
    category: handles("category").optional(),
    min_price: wholeNumber("min_price", 0, MAX_RUPIAH).optional(),
    max_price: wholeNumber("max_price", 0, MAX_RUPIAH).optional(),
    in_stock: z
      .enum(["true", "false"], { error: "in_stock is true or false" })
      .transform((value) => value === "true")
      .optional(),
    limit: wholeNumber("limit", 1, MAX_SEARCH_LIMIT).default(20),
    offset: wholeNumber("offset", 0, 10_000).default(0),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.min_price !== undefined && value.max_price !== undefined && value.min_price > value.max_price) {
      ctx.addIssue({
        code: "custom",
        path: ["min_price"],
        message: `min_price (${value.min_price}) is more than max_price (${value.max_price}); swap them or leave one out`,
      })
    }
  })
export type StoreSearchQuery = z.infer<typeof StoreSearchQuerySchema>

export const MAX_SUGGESTIONS = 10

export const StoreSuggestionsQuerySchema = z
  .object({
    q: query,
    limit: wholeNumber("limit", 1, MAX_SUGGESTIONS).default(6),
  })
  .strict()

/** POST /store/search/events: what the buyer did from a results page (the contract's schema). */
export const StoreSearchEventSchema = searchEventBody
