import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** "field: message; …" from zod issues, keeping this file's messages (Medusa's own formatter replaces most of them). */
export function describeIssues(error: z.ZodError, what: string) {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || what}: ${issue.message}`)
    .join("; ")
}

/** Parses the body with zod into req.validatedBody, refusing it with a 400 that says what to fix. */
export function validateBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${describeIssues(result.error, "body")}`))
    }
    req.validatedBody = result.data
    next()
  }
}

/** Parses the query string with zod into req.validatedQuery, refusing unknown values with a 400. */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.query)
    if (!result.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid query: ${describeIssues(result.error, "query")}`))
    }
    req.validatedQuery = result.data as MedusaRequest["validatedQuery"]
    next()
  }
}
