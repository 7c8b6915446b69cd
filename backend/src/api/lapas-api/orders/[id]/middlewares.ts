import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { cancelMiddlewares } from "./cancel/middlewares"
import { fulfillmentMiddlewares } from "./fulfillments/middlewares"
import { deliveredMiddlewares } from "./fulfillments/[fulfillment_id]/delivered/middlewares"
import { shipmentMiddlewares } from "./fulfillments/[fulfillment_id]/shipment/middlewares"
import { packingSlipMiddlewares } from "./packing-slip/middlewares"
import { shippingLabelMiddlewares } from "./shipping-label/middlewares"
import { transferConfirmationMiddlewares } from "./transfer-confirmations/middlewares"
import { OrderDetailQuerySchema } from "./validators"

export const orderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/orders/:id", middlewares: [validateAndTransformQuery(OrderDetailQuerySchema, {})] },
  ...transferConfirmationMiddlewares,
  ...fulfillmentMiddlewares,
  ...shipmentMiddlewares,
  ...deliveredMiddlewares,
  ...cancelMiddlewares,
  ...packingSlipMiddlewares,
  ...shippingLabelMiddlewares,
]
