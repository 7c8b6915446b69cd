import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ledgerChainMiddlewares } from "./ledger/chain/middlewares"
import { ledgerMiddlewares } from "./ledger/middlewares"
import { orderShareMiddlewares } from "./orders/[id]/shares/middlewares"
import { periodMiddlewares } from "./periods/middlewares"
import { pnbpDepositMiddlewares } from "./pnbp-deposits/middlewares"
import { pnbpReportMiddlewares } from "./reports/pnbp/middlewares"

/** The finance area's scoped routes (ledger, its hash chains, order shares, PNBP deposits, periods, PNBP reports). */
export const financeMiddlewares: MiddlewareRoute[] = [
  ...ledgerMiddlewares,
  ...ledgerChainMiddlewares,
  ...orderShareMiddlewares,
  ...pnbpDepositMiddlewares,
  ...periodMiddlewares,
  ...pnbpReportMiddlewares,
]
