import type { ProductMakersResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesChannelIdsOf } from "../../../../utils/store"
import { sellableProduct } from "../../../../../lib/catalog/queries"
import { sqlOf } from "../../../../../lib/sql"
import { EmptyQuerySchema, parseStoreQuery } from "../../../catalog/validators"

/**
 * GET /store/products/:id/makers: the inmates who made the product's production batches and
 * consented to be shown (inmate.consent_public), each once, as what they chose to share:
 * `{ display_name, story }` (either may be null; a maker with neither is left out). Never an
 * inmate's code, id, lapas or work figures (UU 27/2022). Most work units on the product first,
 * then by display name. Empty when nobody consented. 404 like the product itself.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  parseStoreQuery(req, EmptyQuerySchema)
  const product = await sellableProduct(req.scope, req.params.id, salesChannelIdsOf(req))
  const { rows } = await sqlOf(req.scope).raw(
    `SELECT i.display_name, i.story
       FROM production_batch b
       JOIN production_batch_maker m ON m.batch_id = b.id AND m.deleted_at IS NULL
       JOIN inmate i ON i.id = m.inmate_id AND i.deleted_at IS NULL
      WHERE b.product_id = ? AND b.deleted_at IS NULL
        AND i.consent_public = true
        AND (NULLIF(btrim(i.display_name), '') IS NOT NULL OR NULLIF(btrim(i.story), '') IS NOT NULL)
      GROUP BY i.id, i.display_name, i.story
      ORDER BY SUM(m.work_units) DESC, i.display_name COLLATE "C" NULLS LAST, i.id`,
    [product.id]
  )
  res.json({
    makers: rows.map((row) => ({
      display_name: (row.display_name as string | null)?.trim() || null,
      story: (row.story as string | null)?.trim() || null,
    })),
  } satisfies ProductMakersResponse)
}
