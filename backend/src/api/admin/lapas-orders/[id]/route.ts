import type { OrderPartsResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partsInScope } from "../scope"
import { publicPart } from "../../../../lib/order-parts/parts"

/** The caller's parts of one order (a lapas user's own part; every part for national users). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parts = await partsInScope(req, req.params.id)
  res.json({ parts: parts.map(publicPart) } satisfies OrderPartsResponse)
}
