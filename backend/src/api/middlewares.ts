import { defineMiddlewares } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { adminGuard } from "./admin-guard"
import { indicatorMiddlewares } from "./admin/indicators/middlewares"
import { inmateMiddlewares } from "./admin/inmates/middlewares"
import { lapasOrderMiddlewares } from "./admin/lapas-orders/middlewares"
import { partnerMiddlewares } from "./admin/lapas/[id]/partners/middlewares"
import { staffMiddlewares } from "./admin/lapas/[id]/staff/middlewares"
import { lapasMiddlewares } from "./admin/lapas/middlewares"
import { shareCorrectionMiddlewares } from "./admin/orders/[id]/shares/corrections/middlewares"
import { periodMiddlewares } from "./admin/periods/middlewares"
import { pnbpDepositMiddlewares } from "./admin/pnbp-deposits/middlewares"
import { premiPayoutMiddlewares } from "./admin/premi/payouts/middlewares"
import { productionBatchMiddlewares } from "./admin/production-batches/middlewares"
import { sharePolicyMiddlewares } from "./admin/share-policies/middlewares"
import { financeMiddlewares } from "./lapas-api/finance-middlewares"
import { lapasApiMiddlewares } from "./lapas-api/middlewares"
import { nationalMiddlewares } from "./lapas-api/national-middlewares"
import { productionMemberMiddlewares } from "./lapas-api/production-middlewares"
import { lapasOrdersMiddlewares } from "./lapas-api/orders/middlewares"
import { lapasCatalogMiddlewares } from "./lapas-api/products/middlewares"
import { cartMiddlewares } from "./store/carts/middlewares"
import { orderLookupMiddlewares } from "./store/orders/lookup/middlewares"
import { productMiddlewares } from "./store/products/middlewares"

/** Gathers the route folders' middlewares.ts arrays; validation and guards live with their routes. */
export default defineMiddlewares({
  routes: [
    // No method: Medusa registers it before every admin route and route middleware.
    { matcher: "/admin/*", middlewares: [adminGuard] },
    ...lapasApiMiddlewares,
    ...nationalMiddlewares,
    ...productionMemberMiddlewares,
    ...financeMiddlewares,
    ...lapasOrdersMiddlewares,
    ...lapasCatalogMiddlewares,
    {
      method: ["POST"],
      matcher: "/admin/products",
      additionalDataValidator: { lapas_id: z.string().optional() },
    },
    ...lapasMiddlewares,
    ...partnerMiddlewares,
    ...staffMiddlewares,
    ...productionBatchMiddlewares,
    ...inmateMiddlewares,
    ...sharePolicyMiddlewares,
    ...shareCorrectionMiddlewares,
    ...pnbpDepositMiddlewares,
    ...periodMiddlewares,
    ...premiPayoutMiddlewares,
    ...indicatorMiddlewares,
    ...lapasOrderMiddlewares,
    ...productMiddlewares,
    ...cartMiddlewares,
    ...orderLookupMiddlewares,
  ],
})
