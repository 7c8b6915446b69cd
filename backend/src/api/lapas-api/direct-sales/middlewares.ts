import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateBody, validateQuery } from "../../utils/validation"
import { CreateEventVenueBody, DirectSaleCatalogQuerySchema, ListDirectSalesQuerySchema, RecordDirectSaleBody, VoidDirectSaleBody } from "./validators"

const noQuery = validateQuery(z.object({}).strict())

/**
 * Express runs the middlewares of "/direct-sales/:id" for the static "/direct-sales/catalog" too
 * (":id" matches "catalog"); the catalogue's query is checked by its own entry below.
 */
const noQueryUnlessCatalog: typeof noQuery = (req, res, next) =>
  (req.params as Record<string, string> | undefined)?.id === "catalog" ? next() : noQuery(req, res, next)

export const directSalesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/direct-sales", middlewares: [validateQuery(ListDirectSalesQuerySchema)] },
  { method: ["POST"], matcher: "/lapas-api/direct-sales", middlewares: [noQuery, validateBody(RecordDirectSaleBody)] },
  { method: ["GET"], matcher: "/lapas-api/direct-sales/:id", middlewares: [noQueryUnlessCatalog] },
  { method: ["POST"], matcher: "/lapas-api/direct-sales/:id/void", middlewares: [noQuery, validateBody(VoidDirectSaleBody)] },
  { method: ["POST"], matcher: "/lapas-api/venues", middlewares: [noQuery, validateBody(CreateEventVenueBody)] },
  { method: ["GET"], matcher: "/lapas-api/venues", middlewares: [validateQuery(z.object({ lapas_id: z.string().trim().min(1).max(100).optional() }).strict())] },
  { method: ["GET"], matcher: "/lapas-api/direct-sales/catalog", middlewares: [validateQuery(DirectSaleCatalogQuerySchema)] },
]
