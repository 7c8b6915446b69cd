import { z } from "@medusajs/framework/zod"
import { ORDER_TAB_KEYS, PART_STATES } from "@karya-binaan/contracts"

/** A lapas id a national member names (lapas members may only name their own). */
export const lapasIdParam = z.string().trim().min(1, "lapas_id names a lapas").max(100, "lapas_id is too long")

/** `GET /lapas-api/orders` */
export const ListOrdersQuerySchema = z
  .object({
    state: z.enum(PART_STATES, { error: `state is one of ${PART_STATES.join(", ")}` }).optional(),
    tab: z.enum(ORDER_TAB_KEYS, { error: `tab is one of ${ORDER_TAB_KEYS.join(", ")}` }).optional(),
    lapas_id: lapasIdParam.optional(),
    q: z
      .string()
      .trim()
      .regex(/^#?\d{1,12}$/, "q is an order number, e.g. 1042")
      .transform((value) => Number(value.replace("#", "")))
      .optional(),
    limit: z.coerce.number().int("limit is 1 to 100").min(1, "limit is 1 to 100").max(100, "limit is 1 to 100").default(20),
    offset: z.coerce.number().int("offset is 0 or more").min(0, "offset is 0 or more").default(0),
  })
  .strict()
export type ListOrdersQuery = z.infer<typeof ListOrdersQuerySchema>
