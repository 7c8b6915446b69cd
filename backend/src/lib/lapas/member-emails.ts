import type { MemberRole } from "@karya-binaan/contracts"
import type { NotificationContent } from "@medusajs/framework/types"
import { panelUrl } from "./member-admin"

/** The e-mails a panel member receives: an invitation and a password reset link, in Indonesian. */

const ROLE_LABELS: Record<MemberRole, string> = {
  lapas_staff: "staf lapas",
  finance: "bagian keuangan",
  national: "pengelola nasional (Ditjenpas)",
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/** "13 Desember 2026 pukul 10.43 WIB". */
export function wibDateTime(at: Date) {
  const text = new Intl.DateTimeFormat("id-ID", {
    timeZone: "Asia/Jakarta",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at)
  return `${text} WIB`
}

export function inviteLink(token: string, base = panelUrl()) {
  return `${base}/undangan?token=${encodeURIComponent(token)}`
}

export function resetLink(token: string, email: string, base = panelUrl()) {
  return `${base}/atur-sandi?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
}

function render(subject: string, paragraphs: string[], link: string, after: string[]): NotificationContent {
  const text = [...paragraphs, "", link, "", ...after, "", "Salam,", "Karya Binaan"].join("\n")
  const html = [
    ...paragraphs.filter(Boolean).map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
    "<p>Salam,<br>Karya Binaan</p>",
  ].join("\n")
  return { subject, text, html }
}

export function renderInviteEmail(input: {
  name: string
  role: MemberRole
  lapasName: string | null
  token: string
  expiresAt: Date
}): NotificationContent {
  const where = input.lapasName ? ` ${input.lapasName}` : ""
  return render(
    "Undangan ke Pusat Lapas Karya Binaan",
    [
      `Halo ${input.name},`,
      "",
      `Anda diundang bergabung di Pusat Lapas Karya Binaan sebagai ${ROLE_LABELS[input.role]}${where}.`,
      "Buka tautan berikut untuk membuat kata sandi Anda (minimal 10 karakter), lalu masuk dengan alamat e-mail ini:",
    ],
    inviteLink(input.token),
    [
      `Tautan ini berlaku sampai ${wibDateTime(input.expiresAt)} dan hanya dapat dipakai sekali.`,
      "Jika Anda tidak merasa diundang, abaikan e-mail ini.",
    ]
  )
}

export function renderPasswordResetEmail(input: { name: string; email: string; token: string }): NotificationContent {
  return render(
    "Atur ulang kata sandi Pusat Lapas",
    [
      `Halo ${input.name},`,
      "",
      "Kami menerima permintaan untuk mengatur ulang kata sandi akun Pusat Lapas Anda.",
      "Buka tautan berikut untuk membuat kata sandi baru (minimal 10 karakter):",
    ],
    resetLink(input.token, input.email),
    [
      "Tautan ini berlaku 15 menit.",
      "Jika Anda tidak meminta pengaturan ulang, abaikan e-mail ini; kata sandi Anda tetap sama.",
    ]
  )
}
