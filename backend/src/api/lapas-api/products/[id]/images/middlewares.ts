import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../../utils/validation"
import { imageItemMiddlewares } from "./[image_id]/middlewares"
import { NoQuerySchema, parsePhotoUpload } from "./validators"

export const productImageMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/products/:id/images",
    // The multipart body is read by parsePhotoUpload, not Medusa's JSON parser.
    bodyParser: false,
    middlewares: [validateQuery(NoQuerySchema), parsePhotoUpload],
  },
  ...imageItemMiddlewares,
]
