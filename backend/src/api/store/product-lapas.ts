import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PUBLIC_LAPAS_FIELDS } from "../lapas-views"

type Row = Record<string, any>

function publicPart(lapas: Row | null | undefined) {
  if (!lapas) return lapas
  return Object.fromEntries(
    PUBLIC_LAPAS_FIELDS.filter((field) => field in lapas).map((field) => [field, lapas[field]])
  )
}

function withPublicLapas(product: Row) {
  return product && "lapas" in product ? { ...product, lapas: publicPart(product.lapas) } : product
}

/**
 * Lets store product routes return `fields=+lapas.*`, and makes the public profile a hard
 * boundary: whatever lapas columns a query fetched, a product's `lapas` leaves with the public
 * fields only (no satker code, target, contacts or staff).
 */
export function exposeProductLapas(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const request = req as MedusaRequest & { allowed?: string[] }
  request.allowed = [
    ...(request.allowed ?? []),
    "lapas",
    ...PUBLIC_LAPAS_FIELDS.map((field) => `lapas.${field}`),
  ]
  const json = res.json.bind(res)
  res.json = ((body: Row) => {
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
