import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { categoryMiddlewares } from "../categories/middlewares"
import { stockMiddlewares } from "../stock/middlewares"
import { productDetailMiddlewares } from "./[id]/middlewares"
import { productImageMiddlewares } from "./[id]/images/middlewares"
import { productVariantMiddlewares } from "./[id]/variants/middlewares"
import { CreateProductSchema, ListProductsQuerySchema, NoQuerySchema } from "./validators"

const productListMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/products", middlewares: [validateQuery(ListProductsQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/lapas-api/products",
    middlewares: [validateQuery(NoQuerySchema), validateBody(CreateProductSchema)],
  },
]

/** The scoped catalogue: products, variants, photos, categories and stock of a lapas. */
export const lapasCatalogMiddlewares: MiddlewareRoute[] = [
  ...productListMiddlewares,
  ...productDetailMiddlewares,
  ...productVariantMiddlewares,
  ...productImageMiddlewares,
  ...categoryMiddlewares,
  ...stockMiddlewares,
]
