import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { cashClosingMiddlewares } from "../cash-closings/middlewares"
import { settleStockMiddlewares } from "../direct-sales/[id]/settle-stock/middlewares"
import { lapasQrisMiddlewares } from "../lapas/[id]/qris/middlewares"
import { NoBody, NoQuery, UpdateVenueBody, VenueStockMoveBody, VenueStockQuery } from "./validators"

/** A venue's edit, stock and close (the list and the event's creation are in direct-sales/middlewares.ts). */
export const venueMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/lapas-api/venues/:id", middlewares: [validateQuery(NoQuery), validateBody(UpdateVenueBody)] },
  { method: ["POST"], matcher: "/lapas-api/venues/:id/close", middlewares: [validateQuery(NoQuery), validateBody(NoBody)] },
  { method: ["GET"], matcher: "/lapas-api/venues/:id/stock", middlewares: [validateQuery(VenueStockQuery)] },
  {
    method: ["POST"],
    matcher: "/lapas-api/venues/:id/stock-moves",
    middlewares: [validateQuery(NoQuery), validateBody(VenueStockMoveBody)],
  },
]

/**
 * Venues and events, the daily closings, settling a sale's stock and the lapas's QRIS image:
 * registered together in api/middlewares.ts.
 */
export const directSaleVenueMiddlewares: MiddlewareRoute[] = [
  ...venueMiddlewares,
  ...cashClosingMiddlewares,
  ...settleStockMiddlewares,
  ...lapasQrisMiddlewares,
]
