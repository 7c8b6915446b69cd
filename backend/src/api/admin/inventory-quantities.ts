import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeIssues } from "../utils/validation"
import { stockQuantity } from "../utils/schemas"

/**
 * Medusa's own inventory routes (`/admin/inventory-items`, `…/:id/location-levels`, their batch
 * forms, `/admin/inventory-items/location-levels/batch`, `/admin/reservations`) take any number
 * ≥ 0 as a quantity: 1.5 and 1e30 were stored. Before Medusa's validators run (a wildcard
 * matcher sorts first), every quantity field anywhere in the body must be a whole number from 0
 * to 1,000,000 (utils/schemas.ts stockQuantity); the rest of the body is left to Medusa.
 */
const QUANTITY_FIELDS = {
  "/admin/inventory-items": ["stocked_quantity", "incoming_quantity"],
  "/admin/reservations": ["quantity"],
} as const

function quantityProblem(value: unknown, fields: readonly string[], path: string[] = []): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = quantityProblem(value[i], fields, [...path, String(i)])
      if (found) return found
    }
    return null
  }
  if (!value || typeof value !== "object") return null
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (fields.includes(key) && item !== undefined && item !== null) {
      const field = [...path, key].join(".")
      const parsed = stockQuantity(field).safeParse(item)
      if (!parsed.success) return describeIssues(parsed.error, field)
      continue
    }
    const found = quantityProblem(item, fields, [...path, key])
    if (found) return found
  }
  return null
}

const checkQuantities = (fields: readonly string[]) => (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  const problem = quantityProblem(req.body, fields)
  if (problem) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problem}`))
  }
  next()
}

export const inventoryQuantityMiddlewares: MiddlewareRoute[] = Object.entries(QUANTITY_FIELDS).map(([prefix, fields]) => ({
  method: ["POST"],
  matcher: `${prefix}*`,
  middlewares: [checkQuantities(fields)],
}))
