import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

/** A customer's own order list: a logged-in customer only (session or bearer); the route checks limit/offset. */
export const orderSummariesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/summaries",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
