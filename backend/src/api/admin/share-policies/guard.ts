import type { Rule } from "../../admin-guard"

/** Money is finance's: lapas staff read none of it; the handler narrows finance to their own lapas. */
export const sharePolicyGuardRules: Rule[] = [
  { methods: ["GET", "POST"], path: /^\/admin\/share-policies$/, roles: ["finance"] },
]
