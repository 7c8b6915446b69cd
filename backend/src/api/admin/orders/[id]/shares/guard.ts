import type { MedusaRequest } from "@medusajs/framework/http"
import type { LapasAccess, Rule } from "../../../../admin-guard"
import { notFound, orderIdsOfLapas } from "../../../../utils/access"

async function requireOrderOfLapas(req: MedusaRequest, access: LapasAccess, orderId: string) {
  if (!(await orderIdsOfLapas(req, access.lapasId)).includes(orderId)) {
    throw notFound("Order", orderId)
  }
}

/** Before the core rule for /admin/orders/:id/*, which lets staff read their orders. */
export const orderShareGuardRules: Rule[] = [
  {
    methods: ["GET"],
    path: /^\/admin\/orders\/([^/]+)\/shares$/,
    roles: ["finance"],
    scope: (req, access, match) => requireOrderOfLapas(req, access, match[1]),
  },
  {
    // HPP corrections: finance of an order holding their lapas's lines (the handler refuses
    // a line of another lapas with 403); lapas staff book no money.
    methods: ["POST"],
    path: /^\/admin\/orders\/([^/]+)\/shares\/corrections$/,
    roles: ["finance"],
    scope: (req, access, match) => requireOrderOfLapas(req, access, match[1]),
  },
]
