import type { Rule } from "../../admin-guard"

/** Finance of a lapas reads and closes their own lapas's periods; lapas staff read no money (403). */
export const periodGuardRules: Rule[] = [
  { methods: ["GET"], path: /^\/admin\/periods$/, roles: ["finance"] },
  { methods: ["POST"], path: /^\/admin\/periods\/close$/, roles: ["finance"] },
]
