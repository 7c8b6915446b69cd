import type { Rule } from "../../admin-guard"

/** Finance of a lapas (the handler forces their own lapas); lapas staff read no money (403). */
export const pnbpDepositGuardRules: Rule[] = [
  { methods: ["GET", "POST"], path: /^\/admin\/pnbp-deposits$/, roles: ["finance"] },
]
