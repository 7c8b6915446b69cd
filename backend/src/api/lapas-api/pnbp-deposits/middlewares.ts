import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { reversePnbpDepositMiddlewares } from "./[id]/reverse/middlewares"
import { CreatePnbpDepositSchema, ListPnbpDepositsSchema } from "./validators"

export const pnbpDepositMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/pnbp-deposits", middlewares: [validateQuery(ListPnbpDepositsSchema)] },
  { method: ["POST"], matcher: "/lapas-api/pnbp-deposits", middlewares: [validateBody(CreatePnbpDepositSchema)] },
  ...reversePnbpDepositMiddlewares,
]
