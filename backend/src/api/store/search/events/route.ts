import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../../../../modules/search"
import type SearchModuleService from "../../../../modules/search/service"
import { StoreSearchEventSchema } from "../validators"

/**
 * POST /store/search/events {search_id, kind: click|add_to_cart, product_id}: the buyer of a
 * logged search opened a product from its results page, or put one in the cart. The demand report
 * counts a search whose buyer did neither as one that found nothing relevant. Anonymous: the
 * search's id is all that links it (no customer, session or address is read or kept). Idempotent
 * per search, kind and product; at most 50 per search; only within a day of the search.
 * 202 when recorded (or already recorded), 404 when no such recent search exists.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const parsed = StoreSearchEventSchema.safeParse(req.body ?? {})
  if (!parsed.success) {
    const messages = parsed.error.issues
      .slice(0, 5)
      .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, [...new Set(messages)].join("; "))
  }
  const search: SearchModuleService = req.scope.resolve(SEARCH_MODULE)
  const recorded = await search.recordSearchEvent(parsed.data)
  if (!recorded) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No search with this search_id in the last 24 hours; send the search_id of a recent GET /store/search"
    )
  }
  res.status(202).json({ recorded: true })
}
