import { z } from "@medusajs/framework/zod"
import { INMATE_STATUSES } from "@karya-binaan/contracts"
import { paging } from "../../utils/schemas"

const inmateCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z0-9]+(-[A-Z0-9]+)*$/,
    "An inmate code is a pseudonym of letters, digits and single dashes, e.g. BJN-001; never a name or registration number"
  )
  .min(3, "An inmate code has at least 3 characters")
  .max(32, "An inmate code has at most 32 characters")

const inmateProfile = {
  display_name: z.string().trim().min(1).max(60, "A display name has at most 60 characters").nullable(),
  story: z.string().trim().max(1000, "A story has at most 1,000 characters").nullable(),
  consent_public: z.boolean(),
  status: z.enum(INMATE_STATUSES),
}

export const CreateInmateSchema = z
  .object({
    code: inmateCode,
    display_name: inmateProfile.display_name.optional(),
    story: inmateProfile.story.optional(),
    consent_public: inmateProfile.consent_public.default(false),
    status: inmateProfile.status.default("active"),
    /** Required from national users; lapas staff always create for their own lapas. */
    lapas_id: z.string().min(1).optional(),
  })
  .strict()
export type CreateInmate = z.infer<typeof CreateInmateSchema>

export const UpdateInmateSchema = z.object(inmateProfile).partial().strict()
export type UpdateInmate = z.infer<typeof UpdateInmateSchema>

export const ListInmatesQuerySchema = z.object({
  ...paging,
  status: z.enum(INMATE_STATUSES).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  lapas_id: z.string().min(1).optional(),
})
export type ListInmatesQuery = z.infer<typeof ListInmatesQuerySchema>
