import type { Rule } from "../admin-guard"
import { inmateGuardRules } from "./inmates/guard"
import { ledgerGuardRules } from "./ledger/guard"
import { orderShareGuardRules } from "./orders/[id]/shares/guard"
import { periodGuardRules } from "./periods/guard"
import { pnbpDepositGuardRules } from "./pnbp-deposits/guard"
import { productionBatchGuardRules } from "./production-batches/guard"
import { productionCostGuardRules } from "./products/[id]/production-costs/guard"
import { sharePolicyGuardRules } from "./share-policies/guard"

/**
 * What lapas users may do on the custom admin routes, gathered from each route folder's guard.ts
 * (admin-guard.ts: unlisted routes are national-only). The route handlers scope lists and writes
 * to the caller's lapas again, so a rule forgotten here cannot leak another lapas.
 */

export const productionGuardRules: Rule[] = [
  ...productionBatchGuardRules,
  ...inmateGuardRules,
  ...productionCostGuardRules,
]

/** Money is finance's: lapas staff read none of it. */
export const profitShareGuardRules: Rule[] = [
  ...sharePolicyGuardRules,
  ...ledgerGuardRules,
  ...orderShareGuardRules,
  ...pnbpDepositGuardRules,
  ...periodGuardRules,
  // The PNBP report (admin/reports/pnbp): finance of a lapas, their own lapas only.
  { methods: ["GET"], path: /^\/admin\/reports\/pnbp(\/reconciliation)?$/, roles: ["finance"] },
]
