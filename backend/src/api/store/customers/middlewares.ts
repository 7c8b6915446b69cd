import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateCustomerAddress } from "../../utils/addresses"

/** The customer's address book: the areas of an address must exist and fit (utils/addresses.ts). */
export const customerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/customers/me/addresses", middlewares: [validateCustomerAddress] },
  { method: ["POST"], matcher: "/store/customers/me/addresses/:address_id", middlewares: [validateCustomerAddress] },
]
