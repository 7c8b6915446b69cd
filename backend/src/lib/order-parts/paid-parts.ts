/**
 * Which lapas parts of an order are paid, and since when: the one rule booking follows (a part's
 * lines are booked the moment that part is paid). Pure; share-load-sale reads the facts.
 *
 * - An order whose live payments are captured in full is paid in every part (card, direct sale,
 *   a bank transfer captured by the national office), as of its latest capture.
 * - Otherwise a bank-transfer part is paid once its lapas has confirmed the transfer, as of the
 *   confirmation, provided the payment's captures cover every confirmed amount (a confirmation
 *   whose capture failed is removed again by confirm-bank-transfer; until then nothing books).
 * - A partial capture that no lapas confirmed (another provider) pays no part: it cannot be
 *   told which part it was for.
 */

export interface PaidPartFacts {
  fully_captured: boolean
  /** When the order became captured in full (ISO), or null when no payment says. */
  captured_at: string | null
  /** What the order's payments have captured so far, whole rupiah. */
  captured_amount: bigint
  confirmations: { lapas_id: string; amount: bigint; confirmed_at: string }[]
}

export type PaidParts =
  | { every_part: true; paid_at: string | null }
  | { every_part: false; lapas: Map<string, string> }

export function paidParts(facts: PaidPartFacts): PaidParts {
  if (facts.fully_captured) return { every_part: true, paid_at: facts.captured_at }
  const confirmed = facts.confirmations.reduce((sum, c) => sum + c.amount, 0n)
  if (!facts.confirmations.length || confirmed > facts.captured_amount) return { every_part: false, lapas: new Map() }
  return { every_part: false, lapas: new Map(facts.confirmations.map((c) => [c.lapas_id, c.confirmed_at])) }
}

/** Whether a line of the given lapas is paid (lines of no lapas only when every part is), and since when. */
export function linePaidAt(paid: PaidParts, lapasId: string | null): { paid: boolean; at: string | null } {
  if (paid.every_part) return { paid: true, at: paid.paid_at }
  const at = lapasId ? paid.lapas.get(lapasId) : undefined
  return at ? { paid: true, at } : { paid: false, at: null }
}
