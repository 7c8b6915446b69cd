import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * Parses a store request's body with zod into req.validatedBody. The refusal is a 400 whose
 * message is the schema's own Indonesian sentences, for buyers (the admin's validateBody speaks
 * English to staff).
 */
export function validateStoreBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      const messages = [...new Set(result.error.issues.slice(0, 5).map((issue) => issue.message))]
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, messages.join(" ")))
    }
    req.validatedBody = result.data
    next()
  }
}
