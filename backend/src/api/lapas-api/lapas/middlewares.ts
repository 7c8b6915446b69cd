import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import {
  AgreementSchema,
  CreateLapasSchema,
  CreatePartnerSchema,
  ListLapasQuerySchema,
  UpdateLapasSchema,
  UpdatePartnerSchema,
} from "./validators"

/** The lapas registry, profiles and partners (validateBody/validateQuery keep the schemas' own messages). */
export const lapasRegistryMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/lapas", middlewares: [validateQuery(ListLapasQuerySchema)] },
  { method: ["POST"], matcher: "/lapas-api/lapas", middlewares: [validateBody(CreateLapasSchema)] },
  { method: ["POST"], matcher: "/lapas-api/lapas/:id", middlewares: [validateBody(UpdateLapasSchema)] },
  { method: ["POST"], matcher: "/lapas-api/lapas/:id/partners", middlewares: [validateBody(CreatePartnerSchema)] },
  {
    method: ["POST"],
    matcher: "/lapas-api/lapas/:id/partners/:partner_id",
    middlewares: [validateBody(UpdatePartnerSchema)],
  },
  {
    method: ["POST"],
    matcher: "/lapas-api/lapas/:id/partners/:partner_id/agreements",
    middlewares: [validateBody(AgreementSchema)],
  },
]
