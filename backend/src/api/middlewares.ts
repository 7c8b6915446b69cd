import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { adminGuard } from "./admin-guard"
import { exposeProductLapas } from "./store/product-lapas"
import { productionMiddlewares } from "./production-routes"
import { profitShareMiddlewares } from "./profit-share-routes"
import { premiMiddlewares } from "./premi-routes"
import { indicatorMiddlewares } from "./indicator-routes"
import {
  AddStaffSchema,
  CreateLapasSchema,
  CreatePartnerSchema,
  UpdateLapasSchema,
} from "./admin/validators"

export default defineMiddlewares({
  routes: [
    // No method: Medusa registers it before every admin route and route middleware.
    { matcher: "/admin/*", middlewares: [adminGuard] },
    { matcher: "/store/products*", middlewares: [exposeProductLapas] },
    {
      method: ["POST"],
      matcher: "/admin/products",
      additionalDataValidator: { lapas_id: z.string().optional() },
    },
    { method: ["POST"], matcher: "/admin/lapas", middlewares: [validateAndTransformBody(CreateLapasSchema)] },
    { method: ["POST"], matcher: "/admin/lapas/:id", middlewares: [validateAndTransformBody(UpdateLapasSchema)] },
    {
      method: ["POST"],
      matcher: "/admin/lapas/:id/partners",
      middlewares: [validateAndTransformBody(CreatePartnerSchema)],
    },
    { method: ["POST"], matcher: "/admin/lapas/:id/staff", middlewares: [validateAndTransformBody(AddStaffSchema)] },
    ...productionMiddlewares,
    ...profitShareMiddlewares,
    ...premiMiddlewares,
    ...indicatorMiddlewares,
  ],
})
