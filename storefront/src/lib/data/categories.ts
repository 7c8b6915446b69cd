import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getSdk } from "./sdk"

/** `metadata` carries `name_en`, the English name of a category. */
const CATEGORY_FIELDS = "id,name,handle,description,rank,parent_category_id,metadata"

/** All active, public product categories, in the admin's order. */
export const listCategories = cache(async (): Promise<HttpTypes.StoreProductCategory[]> => {
  const { product_categories } = await getSdk().store.category.list({
    fields: CATEGORY_FIELDS,
    limit: 100,
  })
  return [...product_categories].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
})

export const getCategoryByHandle = cache(
  async (handle: string): Promise<HttpTypes.StoreProductCategory | null> => {
    const { product_categories } = await getSdk().store.category.list({
      handle,
      fields: CATEGORY_FIELDS,
      limit: 1,
    })
    return product_categories[0] ?? null
  }
)
