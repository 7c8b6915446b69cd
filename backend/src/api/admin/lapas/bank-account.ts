import { LAPAS_BANK_FIELDS, type LapasBankAccount, type LapasBankField } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { CreateLapasSchema, UpdateLapasSchema } from "./validators"

/**
 * The account buyers transfer to for a lapas's part of an order. Set by the national office
 * (not in STAFF_EDITABLE_LAPAS_FIELDS: a changed account number diverts buyers' money), shown in
 * the admin and in the transfer instructions of a buyer's own order, never on public profiles.
 */
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
}

type BankAccountFields = Partial<Record<LapasBankField, string | null | undefined>>

/** A half-filled account is refused: buyers need the bank, the number and the holder together. */
export function bankAccountProblem(account: BankAccountFields): string | null {
  const filled = LAPAS_BANK_FIELDS.filter((field) => account[field] != null && account[field] !== "")
  if (filled.length === 0 || filled.length === LAPAS_BANK_FIELDS.length) {
    return null
  }
  const missing = LAPAS_BANK_FIELDS.filter((field) => !filled.includes(field))
  return `A bank account needs ${LAPAS_BANK_FIELDS.join(", ")} together (or all null); missing: ${missing.join(", ")}.`
}

export const CreateLapasWithBankSchema = CreateLapasSchema.extend({
  bank_name: bankAccount.bank_name.optional(),
  bank_account_number: bankAccount.bank_account_number.optional(),
  bank_account_holder: bankAccount.bank_account_holder.optional(),
}).superRefine((body, ctx) => {
  const problem = bankAccountProblem(body)
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem, path: ["bank_account_number"] })
  }
})
export type CreateLapasWithBank = z.infer<typeof CreateLapasWithBankSchema>

/** Partial like the profile; whether the account is complete is checked against the stored row. */
export const UpdateLapasWithBankSchema = UpdateLapasSchema.extend({
  bank_name: bankAccount.bank_name.optional(),
  bank_account_number: bankAccount.bank_account_number.optional(),
  bank_account_holder: bankAccount.bank_account_holder.optional(),
})
export type UpdateLapasWithBank = z.infer<typeof UpdateLapasWithBankSchema>

export function assertCompleteBankAccount(account: BankAccountFields) {
  const problem = bankAccountProblem(account)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
}

/** The bank fields of a lapas row for admin responses. */
export function lapasBankAccount(lapas: BankAccountFields): LapasBankAccount {
  return {
    bank_name: lapas.bank_name ?? null,
    bank_account_number: lapas.bank_account_number ?? null,
    bank_account_holder: lapas.bank_account_holder ?? null,
  }
}
