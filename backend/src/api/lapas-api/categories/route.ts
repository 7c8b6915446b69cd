import type { LapasCategoriesResponse } from "@karya-binaan/contracts"
import { storeCategories } from "../../../lib/catalog/lapas-catalog"
import { ALL_MEMBERS, memberRoute } from "../../utils/member-access"

/** The store's public categories, to place a product in. */
export const GET = memberRoute(ALL_MEMBERS, async (req, res) => {
  res.json({ categories: await storeCategories(req.scope) } satisfies LapasCategoriesResponse)
})
