import type { Rule } from "../../admin-guard"

/** Lapas staff record their own lapas's batches, finance reads them. */
export const productionBatchGuardRules: Rule[] = [
  { methods: ["GET"], path: /^\/admin\/production-batches$/, roles: ["lapas_staff", "finance"] },
  { methods: ["POST"], path: /^\/admin\/production-batches$/, roles: ["lapas_staff"] },
]
