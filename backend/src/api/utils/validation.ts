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

/**
 * Parses the body with zod into req.validatedBody, refusing it with a 400 that says what to fix.
 * Keeps the schemas' own messages (Medusa's validateAndTransformBody replaces most of them).
 */
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

/** Parses a query with zod in the handler, answering 400 with the first problem in words. */
export function parseQuery<T extends z.ZodTypeAny>(req: MedusaRequest, schema: T): z.infer<T> {
  const parsed = schema.safeParse(req.query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`
    )
  }
  return parsed.data
}

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
