import { z } from "@medusajs/framework/zod"

/** `GET /lapas-api/categories` takes no parameters. */
export const ListCategoriesQuerySchema = z.object({}).strict()
