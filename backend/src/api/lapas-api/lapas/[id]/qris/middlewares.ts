import type { MiddlewareRoute } from "@medusajs/framework/http"
import { QRIS_IMAGE_MAX_BYTES } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { parseMultipart } from "../../../../utils/multipart"
import { validateBody, validateQuery } from "../../../../utils/validation"

const none = z.object({}).strict()

export const lapasQrisMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/lapas/:id/qris",
    // The form holds only the image (field `file`); the file is read by the route through uploadsOf.
    middlewares: [validateQuery(none), parseMultipart({ fileFields: ["file"], maxBytes: QRIS_IMAGE_MAX_BYTES + 64 * 1024 }), validateBody(none)],
  },
  { method: ["DELETE"], matcher: "/lapas-api/lapas/:id/qris", middlewares: [validateQuery(none)] },
]
