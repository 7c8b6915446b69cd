import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { PremiStatementQuerySchema } from "./inmates/[id]/statement/validators"
import { PremiInmatesQuerySchema } from "./inmates/validators"
import { CreatePremiPayoutSchema, ListPremiPayoutsQuerySchema } from "./payouts/validators"

/** The premi routes of the lapas API (finance and national members). */
export const premiMemberMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/premi/inmates", middlewares: [validateQuery(PremiInmatesQuerySchema)] },
  {
    method: ["GET"],
    matcher: "/lapas-api/premi/inmates/:id/statement",
    middlewares: [validateQuery(PremiStatementQuerySchema)],
  },
  { method: ["GET"], matcher: "/lapas-api/premi/payouts", middlewares: [validateQuery(ListPremiPayoutsQuerySchema)] },
  { method: ["POST"], matcher: "/lapas-api/premi/payouts", middlewares: [validateBody(CreatePremiPayoutSchema)] },
]
