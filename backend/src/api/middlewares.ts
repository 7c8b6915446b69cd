import { defineMiddlewares } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { adminMiddlewares } from "./admin/middlewares"
import { financeMiddlewares } from "./lapas-api/finance-middlewares"
import { directSalesMiddlewares } from "./lapas-api/direct-sales/middlewares"
import { lapasApiMiddlewares } from "./lapas-api/middlewares"
import { nationalMiddlewares } from "./lapas-api/national-middlewares"
import { lapasOrdersMiddlewares } from "./lapas-api/orders/middlewares"
import { productionMemberMiddlewares } from "./lapas-api/production-middlewares"
import { lapasCatalogMiddlewares } from "./lapas-api/products/middlewares"
import { lapasShippingMiddlewares } from "./lapas-api/shipping/middlewares"
import { directSaleVenueMiddlewares } from "./lapas-api/venues/middlewares"
import { cartMiddlewares } from "./store/carts/middlewares"
import { paymentCollectionMiddlewares } from "./store/payment-collections/middlewares"
import { paymentHookMiddlewares } from "./hooks/middlewares"
import { customerMiddlewares } from "./store/customers/middlewares"
import { orderLookupMiddlewares } from "./store/orders/lookup/middlewares"
import { orderSummariesMiddlewares } from "./store/orders/summaries/middlewares"
import { transferNoticeMiddlewares } from "./store/orders/[id]/transfer-notices/middlewares"
import { productMiddlewares } from "./store/products/middlewares"
import { inputHygieneMiddlewares } from "./utils/input-hygiene"
import { rateLimitMiddlewares } from "./rate-limit-middlewares"
import { errorHandlerWithSecurityHeaders, securityHeaderMiddlewares } from "../lib/security/headers"

/** Gathers the route folders' middlewares.ts arrays; validation and scope checks live with their routes. */
export default defineMiddlewares({
  errorHandler: errorHandlerWithSecurityHeaders,
  routes: [
    // First: security headers on every response.
    ...securityHeaderMiddlewares,
    // Then: a NUL byte or control character anywhere in a request is a 400 naming the field.
    ...inputHygieneMiddlewares,
    ...rateLimitMiddlewares,
    ...adminMiddlewares,
    ...lapasApiMiddlewares,
    ...nationalMiddlewares,
    ...productionMemberMiddlewares,
    ...financeMiddlewares,
    ...lapasOrdersMiddlewares,
    ...lapasCatalogMiddlewares,
    ...lapasShippingMiddlewares,
    ...directSalesMiddlewares,
    ...directSaleVenueMiddlewares,
    // A national administrator creating a product in Medusa's dashboard may name its lapas.
    {
      method: ["POST"],
      matcher: "/admin/products",
      additionalDataValidator: { lapas_id: z.string().optional() },
    },
    ...cartMiddlewares,
    ...paymentCollectionMiddlewares,
    ...paymentHookMiddlewares,
    ...customerMiddlewares,
    ...orderLookupMiddlewares,
    ...orderSummariesMiddlewares,
    ...transferNoticeMiddlewares,
    ...productMiddlewares,
  ],
})
