import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { ConfirmTransferSchema, FulfillPartSchema, ListLapasOrdersQuerySchema, ShipPartSchema } from "./validators"

export const lapasOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/lapas-orders", middlewares: [validateQuery(ListLapasOrdersQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/admin/lapas-orders/:id/transfer-confirmations",
    middlewares: [validateBody(ConfirmTransferSchema)],
  },
  { method: ["POST"], matcher: "/admin/lapas-orders/:id/fulfillments", middlewares: [validateBody(FulfillPartSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/lapas-orders/:id/fulfillments/:fulfillment_id/shipment",
    middlewares: [validateBody(ShipPartSchema)],
  },
]
