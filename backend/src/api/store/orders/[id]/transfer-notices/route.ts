import type { OrderSummaryResponse, TransferNoticeBody } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { formatRupiah } from "@karya-binaan/format"
import { BANK_TRANSFER_MODULE } from "../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../modules/bank-transfer/service"
import { zoneAbbreviation } from "../../../../../modules/profit-share/reports/period"
import { transferDayWindow } from "../../../../../lib/payments/transfer"
import { loadOrderParts } from "../../../../../lib/order-parts/parts"
import { buildOrderSummary, ORDER_NOT_FOUND_MESSAGE } from "../../../../../lib/orders/summary"
import { storeProofPhoto } from "../../../../../lib/payments/proof-photo"
import { TRANSFER_NOTICE_CREATED_EVENT } from "../../../../../lib/payments/transfer-notice"
import { uploadsOf } from "../../../../utils/multipart"

/** A 400 with the message as written (Medusa's error handler would replace a 409's message with its own). */
const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * "Saya sudah transfer": the buyer of a bank-transfer order says they transferred one lapas's
 * part (`lapas_handle`), with the amount they sent, the day and optionally the sender, the bank
 * and a photo of the proof (multipart field `proof`). The same key as GET /store/orders/:id/summary:
 * the unguessable order id (an unknown id is a 404). Every notice is kept, the latest counts; the
 * amount may differ from the part's (the lapas sees the difference and confirms only what arrived).
 * The lapas's staff and finance members are e-mailed (subscribers/notify-lapas-transfer-notice.ts).
 * Answers the order's summary, whose account for that lapas now carries the notice.
 */
export async function POST(req: MedusaRequest<TransferNoticeBody>, res: MedusaResponse) {
  const body = req.validatedBody as TransferNoticeBody
  const orderId = req.params.id
  const parts = (await loadOrderParts(req.scope, [orderId])).get(orderId)
  if (!parts?.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND_MESSAGE)
  const [first] = parts

  const part = parts.find((p) => p.lapas.handle === body.lapas_handle)
  if (!part) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Pesanan #${first.display_id} tidak punya bagian dari lapas "${body.lapas_handle}". Pilih lapas yang tertera di pesanan Anda. (lapas_handle)`
    )
  }
  if (part.order_status === "canceled") {
    throw refuse(`Pesanan #${part.display_id} sudah dibatalkan; tidak ada transfer yang perlu diberitahukan.`)
  }
  if (!part.transfer) {
    throw refuse(`Pesanan #${part.display_id} tidak dibayar dengan transfer bank; tidak ada transfer yang perlu diberitahukan.`)
  }
  if (part.state === "canceled" || part.part_cancellation) {
    throw refuse(`Bagian ${part.lapas.name} dari pesanan #${part.display_id} sudah dibatalkan; jangan transfer untuk bagian ini.`)
  }
  const confirmed = part.transfer.confirmation
  if (confirmed) {
    throw refuse(
      `${part.lapas.name} sudah mengonfirmasi transfer Anda untuk pesanan #${part.display_id} (${formatRupiah(confirmed.amount)}, ${confirmed.transferred_on}); tidak perlu memberi tahu lagi.`
    )
  }
  if (part.state !== "awaiting_transfer") {
    throw refuse(
      `Bagian ${part.lapas.name} dari pesanan #${part.display_id} sudah dibayar; tidak perlu memberi tahu transfer lagi.`
    )
  }
  const { zone, today, orderDay } = transferDayWindow(part)
  if (body.transferred_on > today) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Tanggal transfer ${body.transferred_on} belum terjadi; hari ini ${today} (${zoneAbbreviation(zone)}). (transferred_on)`
    )
  }
  if (body.transferred_on < orderDay) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Tanggal transfer ${body.transferred_on} sebelum pesanan dibuat (${orderDay}). (transferred_on)`
    )
  }

  // The photo is stored before the notice: a photo that cannot be read leaves no notice behind.
  let proofUrl: string | null = null
  const [proof] = uploadsOf(req, "proof")
  if (proof) {
    try {
      proofUrl = await storeProofPhoto(req.scope, proof, `bukti-transfer-pembeli-${part.display_id}-${part.lapas.handle || "lapas"}.jpg`)
    } catch (error) {
      if ((error as { type?: string } | null)?.type !== MedusaError.Types.INVALID_DATA) throw error
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Foto bukti transfer tidak bisa dibaca: kirim foto JPEG, PNG, WebP atau AVIF (paling besar 8 MB), atau kirim tanpa foto. (proof)"
      )
    }
  }

  const bankTransfer: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const notice = await bankTransfer.createTransferNotices({
    order_id: orderId,
    lapas_id: part.lapas.id,
    amount: body.amount,
    transferred_on: body.transferred_on,
    sender_name: body.sender_name || null,
    sender_bank: body.sender_bank || null,
    proof_url: proofUrl,
    noticed_at: new Date(),
  })
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: TRANSFER_NOTICE_CREATED_EVENT, data: { id: notice.id } })

  res.status(201).json({ order: await buildOrderSummary(req.scope, orderId) } satisfies OrderSummaryResponse)
}
