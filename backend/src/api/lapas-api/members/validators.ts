import { MEMBER_PASSWORD_MIN_LENGTH, MEMBER_ROLES, MEMBER_STATUSES } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { paging } from "../../utils/schemas"

const name = z.string().trim().min(2, "A name has at least 2 characters").max(200, "A name has at most 200 characters")
const role = z.enum(MEMBER_ROLES, { error: "role is lapas_staff, finance or national" })
const lapasId = z.string().trim().min(1, "lapas_id names a lapas by its id")

export const InviteMemberSchema = z
  .object({
    name,
    email: z.string().trim().toLowerCase().email("Give the member's e-mail address"),
    role,
    lapas_id: lapasId.nullable().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.role === "national" && body.lapas_id) {
      ctx.addIssue({ code: "custom", path: ["lapas_id"], message: "A national member works for no single lapas; leave lapas_id out." })
    }
    if (body.role !== "national" && !body.lapas_id) {
      ctx.addIssue({ code: "custom", path: ["lapas_id"], message: `A ${body.role} member works for one lapas; name it in lapas_id.` })
    }
  })
export type InviteMember = z.infer<typeof InviteMemberSchema>

/** Whether the role and lapas fit together is checked against the stored member. */
export const UpdateMemberSchema = z
  .object({ name, role, lapas_id: lapasId.nullable() })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Give at least one of name, role, lapas_id")
export type UpdateMember = z.infer<typeof UpdateMemberSchema>

export const ListMembersQuerySchema = z
  .object({
    ...paging,
    limit: z.coerce.number().int().min(1, "limit is 1 to 100").max(100, "limit is 1 to 100").default(50),
    lapas_id: lapasId.optional(),
    role: role.optional(),
    status: z.enum(MEMBER_STATUSES, { error: "status is invited, active or deactivated" }).optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict()
export type ListMembersQuery = z.infer<typeof ListMembersQuerySchema>

/** deactivate, reactivate and invite take no body (an empty object at most). */
export const NoBodySchema = z.object({}).strict()
