import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PartTransferNotice } from "@karya-binaan/contracts"
import { formatDateTime, formatRupiah, type LapasTimeZone } from "@karya-binaan/format"
import { BANK_TRANSFER_MODULE } from "../../modules/bank-transfer"
import type BankTransferModuleService from "../../modules/bank-transfer/service"
import { dayLabel } from "../../modules/profit-share/reports/period"
import { loadOrderParts, type LoadedOrderPart } from "../order-parts/parts"
import { deliverNotification, immediateRetryDelays, type DeliveryOutcome } from "./deliver"
import { DEFAULT_PANEL_URL, lapasNoticeRecipients, panelOrderUrl } from "./lapas-order-notice"
import { escapeHtml, type OrderEmail } from "./order-emails"

/**
 * The e-mail a lapas gets when a buyer says "Saya sudah transfer" for its part: the order, the
 * amount and day the buyer named (and how it compares with the part's amount), the sender, whether
 * a photo came, and a link to the order in the panel, whose confirmation is prefilled from it.
 * To the lapas's contact address and its active staff and finance members; once per notice and
 * recipient (idempotency key), whatever replays the event.
 */

export const LAPAS_TRANSFER_NOTICE_TEMPLATE = "lapas-transfer-notice"

export function transferNoticeKey(noticeId: string, recipient: string) {
  return [LAPAS_TRANSFER_NOTICE_TEMPLATE, noticeId, recipient.toLowerCase()].join(":")
}

const ZONES: ReadonlySet<string> = new Set(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
const zoneOf = (zone: string) => (ZONES.has(zone) ? zone : "Asia/Jakarta") as LapasTimeZone

/** The e-mail for one notice on one lapas's part (pure). */
export function renderLapasTransferNotice(
  part: LoadedOrderPart,
  notice: PartTransferNotice,
  panelUrl = DEFAULT_PANEL_URL
): OrderEmail {
  const n = part.display_id
  const url = panelOrderUrl(part.order_id, panelUrl)
  const expected = part.transfer?.expected_amount ?? part.total
  const subject = `Pembeli sudah transfer untuk pesanan #${n} (${formatRupiah(notice.amount)})`
  const intro = `Pembeli pesanan #${n} memberi tahu bahwa ia sudah mentransfer ${formatRupiah(notice.amount)} ke rekening ${part.lapas.name} pada ${dayLabel(notice.transferred_on)}.`
  const difference =
    notice.amount === expected
      ? `Jumlah ini sama dengan tagihan bagian lapas (${formatRupiah(expected)}).`
      : `Perhatian: tagihan bagian lapas ${formatRupiah(expected)}, pembeli menyebut ${formatRupiah(notice.amount)} (selisih ${formatRupiah(Math.abs(expected - notice.amount))}). Konfirmasi hanya bila jumlah penuh sudah masuk.`
  const facts = [
    `Pengirim: ${notice.sender_name || "-"}${notice.sender_bank ? ` (${notice.sender_bank})` : ""}`,
    `Bukti transfer: ${notice.proof_url ? "ada foto, lihat di Pusat Lapas" : "tidak dilampirkan"}`,
    `Dikirim pembeli: ${formatDateTime(notice.noticed_at, zoneOf(part.lapas.time_zone))}`,
  ]
  const step = "Periksa mutasi rekening lapas. Bila uangnya sudah masuk, konfirmasi transfer di Pusat Lapas; formulirnya sudah terisi dari pemberitahuan ini."
  const text = [intro, difference, "", ...facts, "", step, "", `Buka pesanan di Pusat Lapas: ${url}`, "", "Email ini dikirim otomatis oleh Karya Binaan kepada petugas lapas."].join("\n")
  const html = `<!doctype html><html lang="id"><body style="font-family:Arial,sans-serif;color:#1f2937;line-height:1.5">
<h1 style="font-size:18px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(intro)}</p>
<p>${escapeHtml(difference)}</p>
<p>${facts.map(escapeHtml).join("<br>")}</p>
<p>${escapeHtml(step)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#14532d;color:#ffffff;text-decoration:none;border-radius:6px">Buka pesanan #${n} di Pusat Lapas</a></p>
<p style="font-size:12px;color:#6b7280">Email ini dikirim otomatis oleh Karya Binaan kepada petugas lapas.</p>
</body></html>`
  return { subject, text, html }
}

/**
 * Sends the lapas of the notice its e-mail (see above). Never throws: a notice that could not be
 * e-mailed is logged and left to the retry job; the buyer's notice itself is already stored.
 */
export async function sendLapasTransferNotice(
  container: MedusaContainer,
  noticeId: string,
  trigger: string,
  options: { retryDelaysMs?: number[] } = {}
): Promise<DeliveryOutcome[]> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const outcomes: DeliveryOutcome[] = []
  try {
    const bankTransfer: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const [row] = await bankTransfer.listTransferNotices({ id: noticeId })
    if (!row) return outcomes
    const part = ((await loadOrderParts(container, [row.order_id])).get(row.order_id) ?? []).find(
      (p) => p.lapas.id === row.lapas_id
    )
    const notice = part?.transfer?.notice
    // Only the latest notice of a part is mailed: one sent again replaces the older one.
    if (!part || !notice || notice.id !== noticeId) return outcomes
    const content = renderLapasTransferNotice(part, notice, process.env.PANEL_URL || DEFAULT_PANEL_URL)
    for (const to of await lapasNoticeRecipients(container, part.lapas.id, ["lapas_staff", "finance"])) {
      outcomes.push(
        await deliverNotification(
          container,
          {
            to,
            channel: "email",
            template: LAPAS_TRANSFER_NOTICE_TEMPLATE,
            content,
            data: { order_id: part.order_id, display_id: part.display_id, lapas_id: part.lapas.id, notice_id: noticeId },
            trigger_type: trigger,
            resource_id: part.order_id,
            resource_type: "order",
            idempotency_key: transferNoticeKey(noticeId, to),
          },
          options.retryDelaysMs ?? immediateRetryDelays()
        )
      )
    }
  } catch (error) {
    logger.error(
      `Transfer notice ${noticeId} could not be e-mailed to its lapas: ${error instanceof Error ? error.message : String(error)}`
    )
    outcomes.push("failed")
  }
  return outcomes
}
