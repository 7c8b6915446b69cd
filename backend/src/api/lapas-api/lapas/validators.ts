import { LAPAS_CLASSES, LAPAS_TIME_ZONES, PARTNER_ACTIVITIES, PARTNER_KINDS, wholeRupiah } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { bankAccountProblem } from "../../../lib/lapas/bank-account"
import { calendarDay, paging } from "../../utils/schemas"

const handle = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "A handle is lowercase letters, digits and single dashes")

const lapasProfile = {
  name: z.string().trim().min(3, "A lapas name has at least 3 characters"),
  lapas_class: z.enum(LAPAS_CLASSES),
  city: z.string().trim().min(2, "Give the city (at least 2 characters)"),
  province: z.string().trim().min(2, "Give the province (at least 2 characters)"),
  time_zone: z.enum(LAPAS_TIME_ZONES),
  satker_code: z.string().regex(/^\d{6}$/, "A satker code is 6 digits").nullable(),
  pnbp_target_yearly: wholeRupiah,
  story: z.string().max(4000, "A story has at most 4,000 characters").nullable(),
  address: z.string().max(500, "An address has at most 500 characters").nullable(),
  contact_email: z.string().email("Give a valid e-mail address").nullable(),
  contact_phone: z
    .string()
    .regex(/^\+?[0-9 -]{8,20}$/, "A phone number has 8–20 digits, optionally with + and spaces")
    .nullable(),
  logo_url: z.string().url("A logo is a full URL (https://…)").nullable(),
  is_active: z.boolean(),
}

/** The account buyers transfer to; digits are kept without their grouping. */
const bankAccount = {
  bank_name: z
    .string()
    .trim()
    .min(2, "Give the bank's name, e.g. Bank Rakyat Indonesia (BRI)")
    .max(100, "A bank name has at most 100 characters")
    .nullable(),
  bank_account_number: z
    .string()
    .trim()
    .regex(/^[0-9][0-9 .-]*[0-9]$/, "An account number is digits, optionally grouped with spaces, dots or dashes")
    .transform((value) => value.replace(/[ .-]/g, ""))
    .refine((digits) => digits.length >= 6 && digits.length <= 20, "An account number has 6–20 digits")
    .nullable(),
  bank_account_holder: z
    .string()
    .trim()
    .min(3, "Give the account holder's name as the bank shows it (at least 3 characters)")
    .max(200, "An account holder's name has at most 200 characters")
    .nullable(),
  /** xenPlatform's id of the lapas's sub-account (24 hexadecimal characters). */
  xendit_sub_account_id: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{24}$/, "A Xendit sub-account id is the 24 hexadecimal characters xenPlatform shows, e.g. 5cafeb170a2b18519b1b8761")
    .nullable(),
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
    bank_name: bankAccount.bank_name.optional(),
    bank_account_number: bankAccount.bank_account_number.optional(),
    bank_account_holder: bankAccount.bank_account_holder.optional(),
    xendit_sub_account_id: bankAccount.xendit_sub_account_id.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const problem = bankAccountProblem(body)
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["bank_account_number"] })
  })
export type CreateLapas = z.infer<typeof CreateLapasSchema>

/** Partial; whether the bank account is complete is checked against the stored row. */
export const UpdateLapasSchema = z
  .object({
    ...lapasProfile,
    ...bankAccount,
  })
  .partial()
  .strict()
export type UpdateLapas = z.infer<typeof UpdateLapasSchema>

export const ListLapasQuerySchema = z
  .object({
    ...paging,
    limit: z.coerce.number().int().min(1, "limit is 1 to 100").max(100, "limit is 1 to 100").default(50),
    q: z.string().trim().max(100).optional(),
    province: z.string().trim().max(100).optional(),
    is_active: z.enum(["true", "false"], { error: "is_active is true or false" }).optional(),
  })
  .strict()
export type ListLapasQuery = z.infer<typeof ListLapasQuerySchema>

export const AgreementSchema = z
  .object({
    number: z.string().trim().min(3, "Give the agreement's number (MoU/PKS)"),
    starts_on: calendarDay("starts_on"),
    ends_on: calendarDay("ends_on"),
    activities: z
      .array(z.enum(PARTNER_ACTIVITIES))
      .min(1, "Name at least one activity: training, production or marketing"),
  })
  .strict()
  .refine((a) => a.ends_on > a.starts_on, { message: "The agreement must end after it starts", path: ["ends_on"] })
export type Agreement = z.infer<typeof AgreementSchema>

const partnerFields = {
  name: z.string().trim().min(2, "A partner name has at least 2 characters"),
  kind: z.enum(PARTNER_KINDS),
  contact: z.string().max(500, "A contact has at most 500 characters").nullable(),
}

export const CreatePartnerSchema = z
  .object({ ...partnerFields, contact: partnerFields.contact.optional(), agreement: AgreementSchema })
  .strict()
export type CreatePartner = z.infer<typeof CreatePartnerSchema>

export const UpdatePartnerSchema = z
  .object(partnerFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Give at least one of name, kind, contact")
export type UpdatePartner = z.infer<typeof UpdatePartnerSchema>
