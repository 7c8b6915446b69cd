import type { Rule } from "../../admin-guard"
import { requireOwnInmate } from "../../utils/access"

/**
 * Premi is money, so finance (own lapas) and national users only; lapas staff are refused (403).
 * An inmate of another lapas answers 404, so its existence does not leak.
 */
export const premiGuardRules: Rule[] = [
  { methods: ["GET"], path: /^\/admin\/premi\/inmates$/, roles: ["finance"] },
  {
    methods: ["GET"],
    path: /^\/admin\/premi\/inmates\/([^/]+)\/statement$/,
    roles: ["finance"],
    scope: (req, access, match) => requireOwnInmate(req, access, match[1]),
  },
  {
    // The handler checks the inmate of the body against the caller's lapas (404 when foreign).
    methods: ["POST"],
    path: /^\/admin\/premi\/payouts$/,
    roles: ["finance"],
  },
]
