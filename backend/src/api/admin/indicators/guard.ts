import type { Rule } from "../../admin-guard"
import { notFound } from "../../utils/access"

/**
 * The indicator dashboard is money: finance (their own lapas only) and national users; lapas
 * staff are refused (403). A finance user naming another lapas gets 404, so that whether that
 * lapas id exists does not leak; without lapas_id the handler uses their own lapas.
 */
export const indicatorGuardRules: Rule[] = [
  {
    methods: ["GET"],
    path: /^\/admin\/indicators$/,
    roles: ["finance"],
    scope: async (req, access) => {
      const asked = req.query.lapas_id
      if (asked !== undefined && asked !== access.lapasId) {
        throw notFound("Lapas", String(asked))
      }
    },
  },
]
