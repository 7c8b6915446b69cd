import { z } from "@medusajs/framework/zod"
import { LAPAS_CLASSES, LAPAS_TIME_ZONES, wholeRupiah } from "@karya-binaan/contracts"

const handle = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "A handle is lowercase letters, digits and single dashes")

const lapasProfile = {
  name: z.string().trim().min(3, "A lapas name has at least 3 characters"),
  lapas_class: z.enum(LAPAS_CLASSES),
  city: z.string().trim().min(2),
  province: z.string().trim().min(2),
  time_zone: z.enum(LAPAS_TIME_ZONES),
  satker_code: z.string().regex(/^\d{6}$/, "A satker code is 6 digits").nullable(),
  pnbp_target_yearly: wholeRupiah,
  story: z.string().max(4000).nullable(),
  address: z.string().max(500).nullable(),
  contact_email: z.string().email().nullable(),
  contact_phone: z
    .string()
    .regex(/^\+?[0-9 -]{8,20}$/, "A phone number has 8–20 digits, optionally with + and spaces")
    .nullable(),
  logo_url: z.string().url().nullable(),
  is_active: z.boolean(),
}

export const CreateLapasSchema = z
  .object({
    handle,
    ...lapasProfile,
    time_zone: lapasProfile.time_zone.default("Asia/Jakarta"),
    satker_code: lapasProfile.satker_code.optional(),
    pnbp_target_yearly: wholeRupiah.default(0),
    story: lapasProfile.story.optional(),
    address: lapasProfile.address.optional(),
    contact_email: lapasProfile.contact_email.optional(),
    contact_phone: lapasProfile.contact_phone.optional(),
    logo_url: lapasProfile.logo_url.optional(),
    is_active: z.boolean().default(true),
  })
  .strict()
export type CreateLapas = z.infer<typeof CreateLapasSchema>

export const UpdateLapasSchema = z.object(lapasProfile).partial().strict()
export type UpdateLapas = z.infer<typeof UpdateLapasSchema>

/** What lapas staff may change on their own lapas; the rest is the national office's. */
export const STAFF_EDITABLE_LAPAS_FIELDS = [
  "story",
  "address",
  "contact_email",
  "contact_phone",
  "logo_url",
] as const

export const ListLapasQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().optional(),
})
