import type { Rule } from "../../../admin-guard"
import { notFound } from "../../../utils/access"

/**
 * The search demand report is no secret of any lapas: lapas staff and finance read the national
 * figures and their own lapas's. Naming another lapas answers 404 (whether it exists does not
 * leak); the handler checks the same again.
 */
export const searchDemandGuardRules: Rule[] = [
  {
    methods: ["GET"],
    path: /^\/admin\/search\/demand$/,
    roles: ["lapas_staff", "finance"],
    scope: async (req, access) => {
      const asked = req.query.lapas_id
      if (asked !== undefined && asked !== "" && asked !== access.lapasId) {
        throw notFound("Lapas", String(asked))
      }
    },
  },
]
