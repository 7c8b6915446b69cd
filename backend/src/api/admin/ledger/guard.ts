import type { Rule } from "../../admin-guard"

/** Finance reads their own lapas's ledger (the handler narrows it); lapas staff read no money. */
export const ledgerGuardRules: Rule[] = [{ methods: ["GET"], path: /^\/admin\/ledger$/, roles: ["finance"] }]
