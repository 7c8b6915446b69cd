import type { Rule } from "../../admin-guard"

// Guard rules: staff and finance of a lapas read and confirm transfers for its parts; only
// staff pack, ship and cancel. The handlers narrow every order to the caller's own parts.

export const lapasOrderGuardRules: Rule[] = [
  { methods: ["GET"], path: /^\/admin\/lapas-orders(\/[^/]+)?$/, roles: ["lapas_staff", "finance"] },
  {
    methods: ["POST"],
    path: /^\/admin\/lapas-orders\/[^/]+\/transfer-confirmations$/,
    roles: ["lapas_staff", "finance"],
  },
  {
    methods: ["POST"],
    path: /^\/admin\/lapas-orders\/[^/]+\/(fulfillments(\/[^/]+\/(shipment|delivered))?|cancel)$/,
    roles: ["lapas_staff"],
  },
]
