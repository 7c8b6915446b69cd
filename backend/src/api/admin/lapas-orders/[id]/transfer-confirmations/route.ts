import type { OrderPartResponse } from "@karya-binaan/contracts"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formatRupiah } from "@karya-binaan/format"
import { asTimeZone, dayIn, zoneAbbreviation } from "../../../../../modules/profit-share/reports/period"
import { confirmBankTransferWorkflow } from "../../../../../workflows/bank-transfer/confirm-bank-transfer"
import { currentPart, partToActOn, refuse } from "../../scope"
import { type ConfirmTransfer } from "../../validators"

/**
 * A lapas confirms the buyer's transfer for its part of the order arrived: the amount must be
 * the part's amount exactly and the day between the order's day and today (lapas time). The
 * part's amount of the payment is captured; when every part is confirmed the order is paid.
 */
export async function POST(req: AuthenticatedMedusaRequest<ConfirmTransfer>, res: MedusaResponse) {
  const body = req.validatedBody as ConfirmTransfer
  const orderId = req.params.id
  const { all, part } = await partToActOn(req, orderId, body.lapas_id)

  if (part.order_status === "canceled") {
    throw refuse(`Order #${part.display_id} is canceled; there is no transfer to confirm.`)
  }
  if (!part.transfer || !part.internal.payment_id) {
    throw refuse(`Order #${part.display_id} is not paid by bank transfer; there is no transfer to confirm.`)
  }
  const confirmed = part.transfer.confirmation
  if (confirmed) {
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
  const zone = asTimeZone(part.lapas.time_zone)
  const today = dayIn(new Date(), zone)
  const orderDay = dayIn(new Date(part.created_at), zone)
  if (body.transferred_on > today) {
    throw refuse(`transferred_on ${body.transferred_on} is in the future; today is ${today} (${zoneAbbreviation(zone)}).`)
  }
  if (body.transferred_on < orderDay) {
    throw refuse(`transferred_on ${body.transferred_on} is before the order was placed (${orderDay}).`)
  }

  await confirmBankTransferWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      lapas_id: part.lapas.id,
      payment_id: part.internal.payment_id,
      amount: body.amount,
      transferred_on: body.transferred_on,
      proof_url: body.proof_url ?? null,
      confirmed_by: req.auth_context.actor_id,
      part_count: all.length,
    },
  })
  res.json({ part: await currentPart(req, orderId, part.lapas.id) } satisfies OrderPartResponse)
}
