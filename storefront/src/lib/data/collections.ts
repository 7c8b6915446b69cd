import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getSdk } from "./sdk"

/** `metadata` carries `title_en` (the English title) and `description` (Indonesian). */
const COLLECTION_FIELDS = "id,title,handle,metadata"

/** Every product collection (Medusa's curated selections), by title. */
export const listCollections = cache(async (): Promise<HttpTypes.StoreCollection[]> => {
  const { collections } = await getSdk().store.collection.list({
    fields: COLLECTION_FIELDS,
    limit: 100,
    order: "title",
  })
  return collections
})
