import type { Rule } from "../../../../admin-guard"
import { requireOwnProduct } from "../../../../utils/access"

/** Staff and finance read their own lapas's products' costs; another lapas's product is 404. */
export const productionCostGuardRules: Rule[] = [
  {
    methods: ["GET"],
    path: /^\/admin\/products\/([^/]+)\/production-costs$/,
    roles: ["lapas_staff", "finance"],
    scope: (req, access, match) => requireOwnProduct(req, access, match[1]),
  },
]
