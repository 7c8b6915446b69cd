import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES } from "@karya-binaan/contracts"

export const AddStaffSchema = z
  .object({
    email: z.string().trim().toLowerCase().email("Give the staff member's email address"),
    role: z.enum(STAFF_ROLES),
    first_name: z.string().trim().max(100).optional(),
    last_name: z.string().trim().max(100).optional(),
  })
  .strict()
export type AddStaff = z.infer<typeof AddStaffSchema>
