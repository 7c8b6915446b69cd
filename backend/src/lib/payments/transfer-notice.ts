import type { BuyerTransferNotice, PartTransferNotice } from "@karya-binaan/contracts"

/**
 * The buyer's latest "Saya sudah transfer" for a part as the buyer's order view shows it
 * (TransferAccount.notice): what they said and whether a photo came with it; the stored photo's
 * address and the bank stay with the lapas (OrderPart.transfer.notice).
 */
export function buyerTransferNotice(notice: PartTransferNotice | null | undefined): BuyerTransferNotice | null {
  if (!notice) return null
  return {
    amount: notice.amount,
    transferred_on: notice.transferred_on,
    sender_name: notice.sender_name,
    has_proof: !!notice.proof_url,
    noticed_at: notice.noticed_at,
  }
}

/** Emitted with `{ id }` (the notice's id) once a buyer's notice is stored; the lapas is e-mailed. */
export const TRANSFER_NOTICE_CREATED_EVENT = "bank_transfer.notice_created"
