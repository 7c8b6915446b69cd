import { z } from "@medusajs/framework/zod"
import { isCalendarDay } from "../../../modules/profit-share/reports/period"

const day = (what: string) =>
  z
    .string({ error: `give ${what} as YYYY-MM-DD` })
    .trim()
    .refine(isCalendarDay, `${what}: write a real calendar day as YYYY-MM-DD, e.g. 2026-10-31`)

/** Whole rupiah above 0, as a JSON number or a string of digits. */
const rupiahAmount = z
  .union([z.number(), z.string()], { error: "give the amount in whole rupiah, e.g. 1250000" })
  .transform((value) => String(value).trim())
  .refine(
    (text) => /^\d+$/.test(text) && BigInt(text) > 0n,
    "the amount is whole rupiah above 0, without separators or decimals, e.g. 1250000"
  )

/** POST /lapas-api/pnbp-deposits */
export const CreatePnbpDepositSchema = z
  .object({
    /** The lapas the deposit is for; finance may leave it out (their own lapas), national must name it. */
    lapas_id: z.string().trim().min(1, "lapas_id: name a lapas id or leave it out").optional(),
    period_from: day("period_from"),
    period_to: day("period_to"),
    billing_code: z
      .string({ error: "give the 15-digit kode billing from SIMPONI" })
      .transform((value) => value.replace(/[\s-]/g, ""))
      .refine((value) => /^\d{15}$/.test(value), "the kode billing from SIMPONI is exactly 15 digits"),
    ntpn: z
      .string({ error: "give the 16-character NTPN from the receipt" })
      .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
      .refine((value) => /^[0-9A-Z]{16}$/.test(value), "the NTPN on the receipt is exactly 16 letters or digits"),
    amount: rupiahAmount,
    deposited_on: day("deposited_on"),
    note: z.string().trim().max(500, "note: at most 500 characters").optional().nullable(),
  })
  .strict()
  .refine((body) => body.period_from <= body.period_to, {
    message: "the period runs backwards: period_from must be on or before period_to",
    path: ["period_to"],
  })
export type CreatePnbpDeposit = z.infer<typeof CreatePnbpDepositSchema>

/** GET /lapas-api/pnbp-deposits */
export const ListPnbpDepositsSchema = z
  .object({
    lapas_id: z.string().trim().min(1, "lapas_id: name a lapas id or leave it out").optional(),
    /** Deposits whose period ends on or after this day. */
    from: day("from").optional(),
    /** Deposits whose period ends on or before this day. */
    to: day("to").optional(),
    limit: z.coerce.number({ error: "limit: a number from 1 to 500" }).int().min(1).max(500).default(50),
    offset: z.coerce.number({ error: "offset: a number from 0" }).int().min(0).default(0),
  })
  .strict()
export type ListPnbpDeposits = z.infer<typeof ListPnbpDepositsSchema>
