import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validation"
import { LedgerChainQuerySchema } from "./validators"

export const ledgerChainMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/ledger/chain", middlewares: [validateQuery(LedgerChainQuerySchema)] },
]
