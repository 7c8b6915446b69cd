import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatDateTime, formatRupiah, type LapasTimeZone } from "@karya-binaan/format"
import { LAPAS_MODULE } from "../../modules/lapas"
import type { MemberRole } from "../../modules/lapas/models/member"
import type LapasModuleService from "../../modules/lapas/service"
import { loadOrderParts, type LoadedOrderPart } from "../order-parts/parts"
import { deliverNotification, immediateRetryDelays, type DeliveryOutcome } from "./deliver"
import { escapeHtml, type OrderEmail } from "./order-emails"

/**
 * The notice a lapas gets when a new order for it arrives: an Indonesian e-mail with the lapas's
 * part only (its lines, the delivery kind, what to do first) and a link to the order in the panel,
 * to the lapas's contact address and to each of its active staff members. One message per order,
 * lapas and recipient (idempotency key), whatever replays the event.
 */

export const LAPAS_NOTICE_TEMPLATE = "lapas-new-order"
export const DEFAULT_PANEL_URL = "http://localhost:7001"

export function panelOrderUrl(orderId: string, panelUrl = DEFAULT_PANEL_URL) {
  return `${panelUrl.replace(/\/+$/, "")}/pesanan/${encodeURIComponent(orderId)}`
}

export function lapasNoticeKey(orderId: string, lapasId: string, recipient: string) {
  return [LAPAS_NOTICE_TEMPLATE, orderId, lapasId, recipient.toLowerCase()].join(":")
}

const ZONES: ReadonlySet<string> = new Set(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
const zoneOf = (zone: string) => (ZONES.has(zone) ? zone : "Asia/Jakarta") as LapasTimeZone

const lineTitle = (item: { title: string; variant_title: string | null }) =>
  item.variant_title && item.variant_title !== "Default" && item.variant_title !== item.title
    ? `${item.title} (${item.variant_title})`
    : item.title

/** The notice for one lapas's part of a new order (pure). */
export function renderLapasOrderNotice(part: LoadedOrderPart, panelUrl = DEFAULT_PANEL_URL): OrderEmail {
  const n = part.display_id
  const zone = zoneOf(part.lapas.time_zone)
  const url = panelOrderUrl(part.order_id, panelUrl)
  const delivery =
    part.shipping?.kind === "pickup" ? "Diambil pembeli di lapas" : part.shipping?.name || "Dikirim dengan kurir"
  const firstStep =
    part.state === "awaiting_transfer" && part.payment_kind === "xendit"
      ? "Pembeli membayar lewat QRIS, virtual account atau e-wallet; pesanan berubah menjadi siap dikemas begitu pembayarannya kami terima. Jangan kemas sebelum itu."
      : part.state === "awaiting_transfer"
      ? `Pembeli membayar dengan transfer bank sebesar ${formatRupiah(part.transfer?.expected_amount ?? part.total)} ke rekening lapas. Periksa rekening, lalu konfirmasi transfer di Pusat Lapas; kemas pesanan setelah transfer dikonfirmasi.`
      : "Pesanan sudah dibayar: kemas barangnya dan cetak daftar isi paket serta label pengiriman di Pusat Lapas."
  const lines = part.items.map((item) => `- ${item.quantity} × ${lineTitle(item)}`)
  const units = part.items.reduce((sum, item) => sum + item.quantity, 0)
  const subject = `Pesanan baru #${n} untuk ${part.lapas.name}`
  const intro = `Pesanan baru #${n} untuk ${part.lapas.name} masuk pada ${formatDateTime(part.created_at, zone)}.`
  const text = [
    intro,
    "",
    `Pengiriman: ${delivery}`,
    `Tujuan: ${[part.buyer.name, part.buyer.city].filter(Boolean).join(", ") || "-"}`,
    `Nilai bagian lapas: ${formatRupiah(part.total)}`,
    "",
    `Barang (${units}):`,
    ...lines,
    "",
    firstStep,
    "",
    `Buka pesanan di Pusat Lapas: ${url}`,
    "",
    "Email ini dikirim otomatis oleh Karya Binaan kepada petugas lapas.",
  ].join("\n")
  const html = `<!doctype html><html lang="id"><body style="font-family:Arial,sans-serif;color:#1f2937;line-height:1.5">
<h1 style="font-size:18px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(intro)}</p>
<p><strong>Pengiriman:</strong> ${escapeHtml(delivery)}<br>
<strong>Tujuan:</strong> ${escapeHtml([part.buyer.name, part.buyer.city].filter(Boolean).join(", ") || "-")}<br>
<strong>Nilai bagian lapas:</strong> ${escapeHtml(formatRupiah(part.total))}</p>
<p><strong>Barang (${units}):</strong></p>
<ul>${part.items.map((item) => `<li>${item.quantity} × ${escapeHtml(lineTitle(item))}</li>`).join("")}</ul>
<p>${escapeHtml(firstStep)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#14532d;color:#ffffff;text-decoration:none;border-radius:6px">Buka pesanan #${n} di Pusat Lapas</a></p>
<p style="font-size:12px;color:#6b7280">Email ini dikirim otomatis oleh Karya Binaan kepada petugas lapas.</p>
</body></html>`
  return { subject, text, html }
}

/**
 * Who hears of a lapas's news: its contact address and its active members of `roles` (new orders:
 * staff; a buyer's transfer notice: staff and finance), each once.
 */
export async function lapasNoticeRecipients(
  container: MedusaContainer,
  lapasId: string,
  roles: MemberRole[] = ["lapas_staff"]
): Promise<string[]> {
  const lapas: LapasModuleService = container.resolve(LAPAS_MODULE)
  const [row] = await lapas.listLapas({ id: lapasId }, { select: ["id", "contact_email"] })
  const members = await lapas.listLapasMembers(
    { lapas_id: lapasId, role: roles, deactivated_at: null, activated_at: { $ne: null } } as object,
    { select: ["id", "email"] }
  )
  const emails = [row?.contact_email, ...members.map((m) => m.email)]
    .filter((email): email is string => typeof email === "string" && email.includes("@"))
    .map((email) => email.trim().toLowerCase())
  return [...new Set(emails)]
}

/**
 * Sends every lapas of the order its notice (see above). Never throws: an order must not fail
 * because a notice could not be sent; failures are logged and left to the retry job.
 */
export async function sendLapasOrderNotices(
  container: MedusaContainer,
  orderId: string,
  trigger: string,
  options: { retryDelaysMs?: number[] } = {}
): Promise<DeliveryOutcome[]> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const outcomes: DeliveryOutcome[] = []
  try {
    const parts = (await loadOrderParts(container, [orderId])).get(orderId) ?? []
    const panelUrl = process.env.PANEL_URL || DEFAULT_PANEL_URL
    for (const part of parts) {
      if (part.state === "canceled") continue
      const content = renderLapasOrderNotice(part, panelUrl)
      for (const to of await lapasNoticeRecipients(container, part.lapas.id)) {
        outcomes.push(
          await deliverNotification(
            container,
            {
              to,
              channel: "email",
              template: LAPAS_NOTICE_TEMPLATE,
              content,
              data: { order_id: orderId, display_id: part.display_id, lapas_id: part.lapas.id },
              trigger_type: trigger,
              resource_id: orderId,
              resource_type: "order",
              idempotency_key: lapasNoticeKey(orderId, part.lapas.id, to),
            },
            options.retryDelaysMs ?? immediateRetryDelays()
          )
        )
      }
    }
  } catch (error) {
    logger.error(
      `Lapas notice for order ${orderId} could not be prepared: ${error instanceof Error ? error.message : String(error)}`
    )
    outcomes.push("failed")
  }
  return outcomes
}
