import type { Rule } from "../../admin-guard"
import { requireOwnInmate } from "../../utils/access"

/** Lapas staff keep their own lapas's inmates, finance reads them; another lapas's inmate is 404. */
export const inmateGuardRules: Rule[] = [
  { methods: ["GET"], path: /^\/admin\/inmates$/, roles: ["lapas_staff", "finance"] },
  { methods: ["POST"], path: /^\/admin\/inmates$/, roles: ["lapas_staff"] },
  {
    methods: ["GET"],
    path: /^\/admin\/inmates\/([^/]+)$/,
    roles: ["lapas_staff", "finance"],
    scope: (req, access, match) => requireOwnInmate(req, access, match[1]),
  },
  {
    methods: ["POST"],
    path: /^\/admin\/inmates\/([^/]+)$/,
    roles: ["lapas_staff"],
    scope: (req, access, match) => requireOwnInmate(req, access, match[1]),
  },
]
