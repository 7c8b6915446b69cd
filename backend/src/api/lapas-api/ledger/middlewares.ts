import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { LedgerQuerySchema } from "./validators"

export const ledgerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/ledger", middlewares: [validateQuery(LedgerQuerySchema)] },
]
