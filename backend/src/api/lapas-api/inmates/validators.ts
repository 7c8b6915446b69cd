import { z } from "@medusajs/framework/zod"
import { INMATE_STATUSES } from "@karya-binaan/contracts"
import { paging } from "../../utils/schemas"

const inmateCode = z
  .string({ error: "Give the inmate a pseudonymous code (code), e.g. BJN-001" })
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z0-9]+(-[A-Z0-9]+)*$/,
    "An inmate code is a pseudonym of letters, digits and single dashes, e.g. BJN-001; never a name or registration number"
  )
  .min(3, "An inmate code has at least 3 characters")
  .max(32, "An inmate code has at most 32 characters")

const inmateProfile = {
  display_name: z.string().trim().min(1, "A display name is not empty; send null to remove it").max(60, "A display name has at most 60 characters").nullable(),
  story: z.string().trim().max(1000, "A story has at most 1,000 characters").nullable(),
  consent_public: z.boolean({ error: "consent_public is true or false" }),
  status: z.enum(INMATE_STATUSES, { error: `status is one of ${INMATE_STATUSES.join(", ")}` }),
}

/** Staff always register inmates of their own lapas: the body names no lapas. */
export const CreateInmateSchema = z
  .object({
    code: inmateCode,
    display_name: inmateProfile.display_name.optional(),
    story: inmateProfile.story.optional(),
    consent_public: inmateProfile.consent_public.default(false),
    status: inmateProfile.status.default("active"),
  })
  .strict()
export type CreateInmate = z.infer<typeof CreateInmateSchema>

/** The code and lapas stay as registered. */
export const UpdateInmateSchema = z.object(inmateProfile).partial().strict()
export type UpdateInmate = z.infer<typeof UpdateInmateSchema>

export const ListInmatesQuerySchema = z
  .object({
    ...paging,
    status: z.enum(INMATE_STATUSES, { error: `status is one of ${INMATE_STATUSES.join(", ")}` }).optional(),
    q: z.string().trim().min(1).max(100, "q has at most 100 characters").optional(),
    /** National members: one lapas; others: their own (another lapas is 404). */
    lapas_id: z.string().min(1).optional(),
  })
  .strict()
export type ListInmatesQuery = z.infer<typeof ListInmatesQuerySchema>

/** GET /lapas-api/inmates/:id takes no query. */
export const InmateQuerySchema = z.object({}).strict()
