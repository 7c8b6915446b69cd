import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { parseMultipart } from "../../../../utils/multipart"
import { ConfirmTransferSchema, PROOF_MAX_BYTES } from "./validators"

export const transferConfirmationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/orders/:id/transfer-confirmations",
    middlewares: [
      parseMultipart({ fileFields: ["proof"], maxBytes: PROOF_MAX_BYTES }),
      validateAndTransformBody(ConfirmTransferSchema),
    ],
  },
]
