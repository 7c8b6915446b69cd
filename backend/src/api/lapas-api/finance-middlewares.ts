import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ledgerMiddlewares } from "./ledger/middlewares"
import { orderShareMiddlewares } from "./orders/[id]/shares/middlewares"
import { periodMiddlewares } from "./periods/middlewares"
import { pnbpDepositMiddlewares } from "./pnbp-deposits/middlewares"
import { pnbpReportMiddlewares } from "./reports/pnbp/middlewares"

/** The finance area's scoped routes (ledger, order shares, PNBP deposits, periods, PNBP reports). */
export const financeMiddlewares: MiddlewareRoute[] = [
  ...ledgerMiddlewares,
  ...orderShareMiddlewares,
  ...pnbpDepositMiddlewares,
  ...periodMiddlewares,
  ...pnbpReportMiddlewares,
]
