import type { OrderPartResponse } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { formatRupiah } from "@karya-binaan/format"
import { zoneAbbreviation } from "../../../../../modules/profit-share/reports/period"
import { transferDayWindow } from "../../../../../lib/payments/transfer"
import { confirmBankTransferWorkflow } from "../../../../../workflows/bank-transfer/confirm-bank-transfer"
import { completeTransferCaptureWorkflow } from "../../../../../workflows/bank-transfer/complete-transfer-capture"
import { storeProofPhoto } from "../../../../../lib/payments/proof-photo"
import { ALL_MEMBERS, memberRoute } from "../../../../utils/member-access"
import { uploadsOf } from "../../../../utils/multipart"
import { currentPart, partToActOn, refuse } from "../../scope"
import type { ConfirmTransfer } from "./validators"

/**
 * A lapas confirms the buyer's transfer for its part of the order arrived: the amount must be
 * the part's amount exactly and the day between the order's day and today (lapas time). The
 * part's amount of the payment is captured; when every part is confirmed the order is paid.
 * Staff and finance of the lapas (and national members naming the lapas) confirm.
 */
export const POST = memberRoute<ConfirmTransfer>(ALL_MEMBERS, async (req, res, member) => {
  const body = req.validatedBody as ConfirmTransfer
  const orderId = req.params.id
  const { all, part } = await partToActOn(req.scope, member, orderId, body.lapas_id)

  if (part.order_status === "canceled") {
    throw refuse(`Order #${part.display_id} is canceled; there is no transfer to confirm.`)
  }
  if (!part.transfer || !part.internal.payment_id) {
    throw refuse(`Order #${part.display_id} is not paid by bank transfer; there is no transfer to confirm.`)
  }
  const confirmed = part.transfer.confirmation
  if (confirmed) {
    // The same confirmation sent again after the server stopped between recording it and
    // capturing the money: the capture is completed now and the request succeeds as the first would have.
    if (
      part.state !== "canceled" &&
      part.state !== "refunded" &&
      body.amount === confirmed.amount &&
      (await completedLeftCapture(req.scope, orderId, part.internal.payment_id, member.memberId, confirmed.amount))
    ) {
      res.json({ part: await currentPart(req.scope, orderId, part.lapas.id) } satisfies OrderPartResponse)
      return
    }
    throw refuse(
      `The transfer for ${part.lapas.name}'s part of order #${part.display_id} was already confirmed (${formatRupiah(confirmed.amount)}, ${confirmed.transferred_on}).`
    )
  }
  const expected = part.transfer.expected_amount
  if (body.amount !== expected) {
    throw refuse(
      `The buyer was asked to transfer ${formatRupiah(expected)} to ${part.lapas.name}; you entered ${formatRupiah(body.amount)}. Confirm only when the full amount has arrived, and check the amount on the account statement.`
    )
  }
  const { zone, today, orderDay } = transferDayWindow(part)
  if (body.transferred_on > today) {
    throw refuse(`transferred_on ${body.transferred_on} is in the future; today is ${today} (${zoneAbbreviation(zone)}).`)
  }
  if (body.transferred_on < orderDay) {
    throw refuse(`transferred_on ${body.transferred_on} is before the order was placed (${orderDay}).`)
  }

  let proofUrl: string | null = null
  const [proof] = uploadsOf(req, "proof")
  if (proof) {
    proofUrl = await storeProofPhoto(req.scope, proof, `bukti-transfer-${part.display_id}-${part.lapas.handle || "lapas"}.jpg`)
  }

  await confirmBankTransferWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      lapas_id: part.lapas.id,
      payment_id: part.internal.payment_id,
      amount: body.amount,
      transferred_on: body.transferred_on,
      proof_url: proofUrl,
      confirmed_by: member.memberId,
      part_count: all.length,
    },
  })
  res.json({ part: await currentPart(req.scope, orderId, part.lapas.id) } satisfies OrderPartResponse)
})

/**
 * Captures what a confirmation of the payment left uncaptured, at most the caller's confirmed
 * amount; whether there was any. (The payment is the order's, so a shortfall another lapas's
 * confirmation left is completed too: the repair would do the same.)
 */
async function completedLeftCapture(scope: MedusaContainer, orderId: string, paymentId: string, memberId: string, amount: number) {
  try {
    const { result } = await completeTransferCaptureWorkflow(scope).run({
      input: { order_id: orderId, payment_id: paymentId, captured_by: memberId, limit: amount },
    })
    return result.captured > 0
  } catch (error) {
    const lockNotFree =
      (error instanceof MedusaError && error.type === MedusaError.Types.CONFLICT) ||
      /acquir\w* lock/i.test(error instanceof Error ? error.message : "")
    if (!lockNotFree) throw error
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "Another confirmation of this order is still being processed. Wait a minute, then open the order again."
    )
  }
}
