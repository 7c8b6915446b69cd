import { z } from "@medusajs/framework/zod"
import { PARTNER_ACTIVITIES, PARTNER_KINDS } from "@karya-binaan/contracts"

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are written YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Not a calendar date")

export const CreatePartnerSchema = z
  .object({
    name: z.string().trim().min(2, "A partner name has at least 2 characters"),
    kind: z.enum(PARTNER_KINDS),
    contact: z.string().max(500).nullable().optional(),
    agreement: z
      .object({
        number: z.string().trim().min(3, "Give the agreement's number (MoU/PKS)"),
        starts_on: isoDate,
        ends_on: isoDate,
        activities: z
          .array(z.enum(PARTNER_ACTIVITIES))
          .min(1, "Name at least one activity: training, production or marketing"),
      })
      .strict()
      .refine((a) => a.ends_on > a.starts_on, {
        message: "The agreement must end after it starts",
        path: ["ends_on"],
      }),
  })
  .strict()
export type CreatePartner = z.infer<typeof CreatePartnerSchema>
