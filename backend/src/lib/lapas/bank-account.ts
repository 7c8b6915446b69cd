import { LAPAS_BANK_FIELDS, type LapasBankAccount, type LapasBankField } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The account buyers transfer to for a lapas's part of an order. Set by the national office only
 * (a changed account number diverts buyers' money), shown to the lapas's own members and in the
 * transfer instructions of a buyer's own order, never on public profiles.
 */

type BankAccountFields = Partial<Record<LapasBankField | "xendit_sub_account_id", string | null | undefined>>

/** A half-filled account is refused: buyers need the bank, the number and the holder together. */
export function bankAccountProblem(account: BankAccountFields): string | null {
  const filled = LAPAS_BANK_FIELDS.filter((field) => account[field] != null && account[field] !== "")
  if (filled.length === 0 || filled.length === LAPAS_BANK_FIELDS.length) {
    return null
  }
  const missing = LAPAS_BANK_FIELDS.filter((field) => !filled.includes(field))
  return `A bank account needs ${LAPAS_BANK_FIELDS.join(", ")} together (or all null); missing: ${missing.join(", ")}.`
}

export function assertCompleteBankAccount(account: BankAccountFields) {
  const problem = bankAccountProblem(account)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
}

/** The bank fields of a lapas row for the lapas's own members and national members. */
export function lapasBankAccount(lapas: BankAccountFields): LapasBankAccount {
  return {
    bank_name: lapas.bank_name ?? null,
    bank_account_number: lapas.bank_account_number ?? null,
    bank_account_holder: lapas.bank_account_holder ?? null,
    xendit_sub_account_id: lapas.xendit_sub_account_id ?? null,
  }
}

/** What lapas staff may change on their own lapas; the rest is the national office's. */
export const STAFF_EDITABLE_LAPAS_FIELDS = ["story", "address", "contact_email", "contact_phone", "logo_url"] as const
