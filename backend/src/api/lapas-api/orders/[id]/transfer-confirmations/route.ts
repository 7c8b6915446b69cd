import type { OrderPartResponse } from "@karya-binaan/contracts"
import { formatRupiah } from "@karya-binaan/format"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { asTimeZone, dayIn, zoneAbbreviation } from "../../../../../modules/profit-share/reports/period"
import { confirmBankTransferWorkflow } from "../../../../../workflows/bank-transfer/confirm-bank-transfer"
import { inspectImage } from "../../../../../lib/security/uploads"
import { ALL_MEMBERS, memberRoute } from "../../../../utils/member-access"
import { uploadsOf, type UploadedFile } from "../../../../utils/multipart"
import { currentPart, partToActOn, refuse } from "../../scope"
import type { ConfirmTransfer } from "./validators"

/**
 * The proof photo as a JPEG of at most 2000 px, turned upright and without its metadata (a phone
 * photo's EXIF can hold where it was taken); refuses anything that is not a photo.
 */
async function proofImage(file: UploadedFile) {
  // By content, as every upload (lib/security/uploads.ts): a 400 naming the file otherwise.
  await inspectImage(file.content, file.name)
  try {
    const content = await sharp(file.content, { limitInputPixels: 60_000_000 })
      .rotate()
      .resize({ width: 2000, height: 2000, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer()
    return content
  } catch {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "proof must be a photo (JPEG, PNG, WebP or AVIF) of the transfer receipt or the account statement."
    )
  }
}

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

  let proofUrl: string | null = null
  const [proof] = uploadsOf(req, "proof")
  if (proof) {
    const content = await proofImage(proof)
    const { result } = await uploadFilesWorkflow(req.scope).run({
      input: {
        files: [
          {
            filename: `bukti-transfer-${part.display_id}-${part.lapas.handle || "lapas"}.jpg`,
            mimeType: "image/jpeg",
            content: content.toString("base64"),
            access: "public",
          },
        ],
      },
    })
    proofUrl = result[0]?.url ?? null
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
