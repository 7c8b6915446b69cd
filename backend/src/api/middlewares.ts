import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { adminGuard } from "./admin-guard"
import { exposeProductLapas } from "./store/product-lapas"
import { productionMiddlewares } from "./production-routes"
import { profitShareMiddlewares } from "./profit-share-routes"
import { premiMiddlewares } from "./premi-routes"
import { indicatorMiddlewares } from "./indicator-routes"
import { lapasOrderMiddlewares } from "./lapas-order-routes"
import { AddStaffSchema, CreatePartnerSchema } from "./admin/validators"
import { CreateLapasWithBankSchema, UpdateLapasWithBankSchema } from "./admin/lapas/bank-account"
import { validateBody } from "./validation"
import { guardCartCompletion } from "./store/carts/complete-guard"
import { SetLapasShippingSchema } from "./store/carts/lapas-shipping"
import { validateStoreBody } from "./store/carts/store-validation"
import { OrderLookupSchema } from "./store/orders/lookup/validators"

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
    // validateBody keeps the schemas' own messages (Medusa's formatter replaces most of them).
    { method: ["POST"], matcher: "/admin/lapas", middlewares: [validateBody(CreateLapasWithBankSchema)] },
    { method: ["POST"], matcher: "/admin/lapas/:id", middlewares: [validateBody(UpdateLapasWithBankSchema)] },
    {
      method: ["POST"],
      matcher: "/admin/lapas/:id/partners",
      middlewares: [validateAndTransformBody(CreatePartnerSchema)],
    },
    { method: ["POST"], matcher: "/admin/lapas/:id/staff", middlewares: [validateAndTransformBody(AddStaffSchema)] },
    // Checkout: shipping per lapas, the address and shipping rules before an order is created, order views.
    {
      method: ["POST"],
      matcher: "/store/carts/:id/lapas-shipping",
      middlewares: [validateStoreBody(SetLapasShippingSchema)],
    },
    { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [guardCartCompletion] },
    { method: ["POST"], matcher: "/store/orders/lookup", middlewares: [validateStoreBody(OrderLookupSchema)] },
    ...productionMiddlewares,
    ...profitShareMiddlewares,
    ...premiMiddlewares,
    ...indicatorMiddlewares,
    ...lapasOrderMiddlewares,
  ],
})
