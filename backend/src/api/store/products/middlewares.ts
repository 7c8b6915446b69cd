import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { PUBLIC_LAPAS_FIELDS } from "@karya-binaan/contracts"
import { withPublicLapas } from "../../../lib/lapas/views"

/** A store product response as Medusa answers it; only `lapas` of its products is read here. */
interface ProductBody {
  products?: { lapas?: Record<string, unknown> | null }[]
  product?: { lapas?: Record<string, unknown> | null }
}

/**
 * Lets store product routes return `fields=+lapas.*`, and makes the public profile a hard
 * boundary: whatever lapas columns a query fetched, a product's `lapas` leaves with the public
 * fields only (no satker code, target, contacts or staff).
 */
function exposeProductLapas(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const request = req as MedusaRequest & { allowed?: string[] }
  request.allowed = [
    ...(request.allowed ?? []),
    "lapas",
    ...PUBLIC_LAPAS_FIELDS.map((field) => `lapas.${field}`),
  ]
  const json = res.json.bind(res)
  res.json = ((body: ProductBody | null | undefined) => {
    if (body && Array.isArray(body.products)) {
      return json({ ...body, products: body.products.map(withPublicLapas) })
    }
    if (body && body.product) {
      return json({ ...body, product: withPublicLapas(body.product) })
    }
    return json(body)
  }) as typeof res.json
  next()
}

export const productMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products*", middlewares: [exposeProductLapas] },
]
