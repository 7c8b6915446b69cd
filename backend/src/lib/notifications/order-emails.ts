import { formatDateTime, formatRupiah, type LapasTimeZone } from "@karya-binaan/format"
import { XENDIT_CHANNEL_NAMES, type OrderSummary } from "@karya-binaan/contracts"

/**
 * The buyer's order emails, rendered from the buyer's own order view (OrderSummary) so an email
 * never shows more than the order page does. Pure: the caller loads the summary and the event's
 * facts, sends the result (send-order-email.ts). Indonesian unless the buyer shopped in English.
 */

export type EmailLocale = "id" | "en"

export const ORDER_EMAIL_KINDS = [
  "order-placed",
  "payment-confirmed",
  "order-shipped",
  "ready-for-pickup",
  "order-canceled",
  "part-canceled",
  "order-refunded",
] as const
export type OrderEmailKind = (typeof ORDER_EMAIL_KINDS)[number]

export interface PickupPlace {
  id: string
  name: string
  address: string | null
  city: string | null
  time_zone: string
}

/** What happened, with the facts the order summary does not hold. */
export type OrderEmailEvent =
  | { kind: "order-placed" }
  | { kind: "payment-confirmed" }
  | {
      kind: "order-shipped"
      lapas_id: string | null
      /** The courier's code (or legacy free text); its name and the resi's tracking page when known. */
      courier: string | null
      courier_name?: string | null
      tracking_url?: string | null
      resi: string | null
      shipped_at: string | null
    }
  | { kind: "ready-for-pickup"; lapas: PickupPlace; ready_at: string | null }
  | { kind: "order-canceled"; canceled_at: string | null }
  /** One lapas's part was canceled on its own; the summary's group of that lapas says when and why. */
  | { kind: "part-canceled"; lapas_id: string }
  | { kind: "order-refunded"; amount: number; refunded_at: string | null }

export interface OrderEmail {
  subject: string
  text: string
  html: string
}

export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

export function emailLocaleOf(metadata: Record<string, unknown> | null | undefined): EmailLocale {
  return metadata?.locale === "en" ? "en" : "id"
}

export function orderPageUrl(orderId: string, storefrontUrl = DEFAULT_STOREFRONT_URL) {
  return `${storefrontUrl.replace(/\/+$/, "")}/pesanan/${encodeURIComponent(orderId)}`
}

const TIME_ZONES: ReadonlySet<string> = new Set(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
const zoneOf = (timeZone: string | null | undefined): LapasTimeZone =>
  timeZone && TIME_ZONES.has(timeZone) ? (timeZone as LapasTimeZone) : "Asia/Jakarta"

type Group = OrderSummary["groups"][number]

// ---------------------------------------------------------------------------------------------
// Words

const WORDS = {
  id: {
    greeting: (name: string | null) => (name ? `Halo ${name},` : "Halo,"),
    viewOrder: "Lihat pesanan",
    orderDetails: "Rincian pesanan",
    shippingTo: "Alamat pengiriman",
    subtotal: "Subtotal produk",
    shipping: "Ongkos kirim",
    discount: "Diskon",
    tax: "Pajak",
    total: "Total",
    fromLapas: (lapas: string) => `Dari ${lapas}`,
    otherItems: "Produk lain",
    pickupAt: (lapas: string) => `Ambil di ${lapas}`,
    footer:
      "Karya Binaan: produk buatan warga binaan lapas di seluruh Indonesia. Email ini dikirim otomatis; balas email ini bila ada pertanyaan.",
    placed: {
      subject: (n: number) => `Pesanan #${n} kami terima`,
      intro: (n: number, at: string) => `Terima kasih telah berbelanja di Karya Binaan. Pesanan #${n} kami terima pada ${at}.`,
      howToPay: "Cara membayar",
      transferIntro: (count: number, due: string) =>
        (count > 1
          ? `Pesanan ini berisi produk dari ${count} lapas; transfer jumlah di bawah ke rekening masing-masing lapas`
          : "Transfer jumlah di bawah ke rekening lapas") +
        ` paling lambat ${due}. ` +
        (count > 1
          ? "Bagian lapas yang transfernya belum kami terima sampai batas waktu itu dibatalkan otomatis; bagian yang sudah dibayar tetap diproses."
          : "Pesanan dibatalkan otomatis bila transfer belum kami terima sampai batas waktu itu."),
      bank: "Bank",
      accountNumber: "Nomor rekening",
      accountHolder: "Atas nama",
      amount: "Jumlah transfer",
      payWith: "Bayar dengan",
      vaNumber: "Nomor virtual account",
      xenditNext:
        "Kode QRIS dan tombol e-wallet ada di halaman pesanan. Pesanan kami proses begitu pembayaran diterima; bila belum dibayar sampai batas waktu, pesanan dibatalkan otomatis.",
      due: "Batas waktu",
      unknown: "(hubungi kami)",
      next: "Kami kabari lagi begitu pembayaran dikonfirmasi.",
    },
    paid: {
      subject: (n: number) => `Pembayaran pesanan #${n} dikonfirmasi`,
      intro: (n: number, total: string) =>
        `Pembayaran sebesar ${total} untuk pesanan #${n} sudah kami terima. Lapas sedang menyiapkan pesanan Anda; kami kabari lagi saat pesanan dikirim atau siap diambil.`,
    },
    shipped: {
      subject: (n: number) => `Pesanan #${n} dikirim`,
      intro: (n: number, lapas: string | null) =>
        lapas ? `Produk dari ${lapas} dalam pesanan #${n} sudah dikirim.` : `Pesanan #${n} sudah dikirim.`,
      courier: "Kurir",
      resi: "Nomor resi",
      shippedAt: "Dikirim pada",
      track: (courier: string) => `Lacak paket di ${courier}`,
      others: "Produk dari lapas lain dalam pesanan ini dikirim terpisah; kami kabari masing-masing.",
    },
    pickup: {
      subject: (n: number) => `Pesanan #${n} siap diambil`,
      intro: (n: number, lapas: string) => `Produk dalam pesanan #${n} siap diambil di ${lapas}.`,
      place: "Tempat",
      address: "Alamat",
      city: "Kota",
      readyAt: "Siap sejak",
      bring: (n: number) => `Sebutkan nomor pesanan #${n} kepada petugas saat mengambil.`,
    },
    canceled: {
      subject: (n: number) => `Pesanan #${n} dibatalkan`,
      intro: (n: number, at: string | null) =>
        `Pesanan #${n} telah dibatalkan${at ? ` pada ${at}` : ""} dan tidak akan diproses.`,
      money: "Bila Anda sudah membayar, dananya kami kembalikan; kami kirim email terpisah saat pengembalian dana diproses.",
    },
    partCanceled: {
      subject: (n: number, lapas: string) => `Bagian ${lapas} dalam pesanan #${n} dibatalkan`,
      unpaid: (n: number, lapas: string, due: string | null) =>
        `Bagian ${lapas} dalam pesanan #${n} dibatalkan karena transfernya belum kami terima${due ? ` sampai ${due}` : ""}.`,
      byLapas: (n: number, lapas: string, reason: string | null) =>
        `Bagian ${lapas} dalam pesanan #${n} dibatalkan oleh lapas${reason ? `: ${reason}` : "."}`,
      refund: (amount: string) => `Dana ${amount} yang sudah Anda bayar untuk bagian ini kami kembalikan.`,
      others: "Bagian lain pesanan Anda:",
      state: {
        awaiting_payment: "menunggu transfer",
        processing: "diproses",
        ready_for_pickup: "siap diambil",
        shipped: "dikirim",
        delivered: "diterima",
        picked_up: "sudah diambil",
        canceled: "dibatalkan",
        refunded: "dananya dikembalikan",
      },
      part: (lapas: string, state: string) => `Bagian ${lapas}: ${state}`,
      canceledItems: "Produk yang dibatalkan",
    },
    refunded: {
      subject: (n: number) => `Pengembalian dana pesanan #${n}`,
      intro: (n: number, amount: string) => `Kami telah mengembalikan dana sebesar ${amount} untuk pesanan #${n}.`,
      amount: "Jumlah",
      refundedAt: "Tanggal",
      bank: "Lama dana masuk ke rekening atau kartu Anda bergantung pada bank.",
    },
  },
  en: {
    greeting: (name: string | null) => (name ? `Hello ${name},` : "Hello,"),
    viewOrder: "View your order",
    orderDetails: "Order details",
    shippingTo: "Delivery address",
    subtotal: "Items",
    shipping: "Shipping",
    discount: "Discount",
    tax: "Tax",
    total: "Total",
    fromLapas: (lapas: string) => `From ${lapas}`,
    otherItems: "Other items",
    pickupAt: (lapas: string) => `Pick up at ${lapas}`,
    footer:
      "Karya Binaan: products made by inmates of prisons across Indonesia. This email was sent automatically; reply to it if you have a question.",
    placed: {
      subject: (n: number) => `We received your order #${n}`,
      intro: (n: number, at: string) => `Thank you for shopping at Karya Binaan. We received your order #${n} on ${at}.`,
      howToPay: "How to pay",
      transferIntro: (count: number, due: string) =>
        (count > 1
          ? `This order holds products of ${count} lapas; transfer each amount below to that lapas's account`
          : "Transfer the amount below to the lapas's account") +
        ` by ${due}. ` +
        (count > 1
          ? "A lapas's part whose transfer we have not received by then is cancelled automatically; the parts already paid go on."
          : "The order is cancelled automatically if we have not received the transfer by then."),
      bank: "Bank",
      accountNumber: "Account number",
      accountHolder: "Account holder",
      amount: "Amount",
      payWith: "Pay with",
      vaNumber: "Virtual account number",
      xenditNext:
        "The QRIS code and the e-wallet button are on the order page. We process the order as soon as the payment arrives; unpaid by the deadline, the order is cancelled automatically.",
      due: "Transfer by",
      unknown: "(contact us)",
      next: "We will write again once the payment is confirmed.",
    },
    paid: {
      subject: (n: number) => `Payment for order #${n} confirmed`,
      intro: (n: number, total: string) =>
        `We received your payment of ${total} for order #${n}. The lapas is preparing your order; we will write again when it ships or is ready for pickup.`,
    },
    shipped: {
      subject: (n: number) => `Order #${n} has shipped`,
      intro: (n: number, lapas: string | null) =>
        lapas ? `The products from ${lapas} in order #${n} have shipped.` : `Order #${n} has shipped.`,
      courier: "Courier",
      resi: "Tracking number (resi)",
      shippedAt: "Shipped on",
      track: (courier: string) => `Track the parcel at ${courier}`,
      others: "Products from the other lapas in this order ship separately; we will tell you about each.",
    },
    pickup: {
      subject: (n: number) => `Order #${n} is ready for pickup`,
      intro: (n: number, lapas: string) => `The products in order #${n} are ready for pickup at ${lapas}.`,
      place: "Place",
      address: "Address",
      city: "City",
      readyAt: "Ready since",
      bring: (n: number) => `Give the staff your order number #${n} when you collect it.`,
    },
    canceled: {
      subject: (n: number) => `Order #${n} has been cancelled`,
      intro: (n: number, at: string | null) =>
        `Order #${n} was cancelled${at ? ` on ${at}` : ""} and will not be processed.`,
      money: "If you have already paid, the money will be refunded; we will send a separate email when the refund is made.",
    },
    partCanceled: {
      subject: (n: number, lapas: string) => `The ${lapas} part of order #${n} has been cancelled`,
      unpaid: (n: number, lapas: string, due: string | null) =>
        `The ${lapas} part of order #${n} was cancelled because we had not received its transfer${due ? ` by ${due}` : ""}.`,
      byLapas: (n: number, lapas: string, reason: string | null) =>
        `The ${lapas} part of order #${n} was cancelled by the lapas${reason ? `: ${reason}` : "."}`,
      refund: (amount: string) => `The ${amount} you paid for this part is being refunded.`,
      others: "The rest of your order:",
      state: {
        awaiting_payment: "awaiting transfer",
        processing: "being prepared",
        ready_for_pickup: "ready for pickup",
        shipped: "shipped",
        delivered: "delivered",
        picked_up: "picked up",
        canceled: "cancelled",
        refunded: "refunded",
      },
      part: (lapas: string, state: string) => `${lapas} part: ${state}`,
      canceledItems: "Cancelled products",
    },
    refunded: {
      subject: (n: number) => `Refund for order #${n}`,
      intro: (n: number, amount: string) => `We have refunded ${amount} for order #${n}.`,
      amount: "Amount",
      refundedAt: "Date",
      bank: "How soon the money reaches your account or card depends on your bank.",
    },
  },
} as const

type Words = (typeof WORDS)[EmailLocale]

// ---------------------------------------------------------------------------------------------
// A message as blocks, rendered once as text and once as HTML

type Block =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string }
  | { type: "facts"; rows: [string, string][]; emphasizeLast?: boolean }
  | { type: "link"; label: string; url: string; secondary?: boolean }

const mentions = (text: string | null, part: string | null) =>
  !!text && !!part && text.toLowerCase().includes(part.toLowerCase())

const heading = (text: string): Block => ({ type: "heading", text })
const paragraph = (text: string): Block => ({ type: "paragraph", text })
const facts = (rows: [string, string | null | undefined][], emphasizeLast = false): Block => ({
  type: "facts",
  rows: rows.filter((row): row is [string, string] => !!row[1]),
  emphasizeLast,
})

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

function renderText(blocks: Block[], footer: string): string {
  const parts = blocks.map((block) => {
    switch (block.type) {
      case "heading":
        return `${block.text}\n${"-".repeat(block.text.length)}`
      case "paragraph":
        return block.text
      case "facts":
        return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n")
      case "link":
        return `${block.label}: ${block.url}`
    }
  })
  return `${[...parts, "--", footer].join("\n\n")}\n`
}

function renderHtml(subject: string, blocks: Block[], footer: string, lang: EmailLocale): string {
  const body = blocks
    .map((block) => {
      switch (block.type) {
        case "heading":
          return `<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(block.text)}</h2>`
        case "paragraph":
          return `<p style="margin:0 0 12px">${escapeHtml(block.text)}</p>`
        case "facts": {
          const rows = block.rows.map(([label, value], index) => {
            const strong = block.emphasizeLast && index === block.rows.length - 1
            const cell = (text: string, align: string) =>
              `<td style="padding:4px 8px;text-align:${align};vertical-align:top${strong ? ";font-weight:bold;border-top:1px solid #ddd" : ""}">${escapeHtml(text)}</td>`
            return `<tr>${cell(label, "left")}${cell(value, "right")}</tr>`
          })
          return `<table role="presentation" style="border-collapse:collapse;width:100%;margin:0 0 12px">${rows.join("")}</table>`
        }
        case "link":
          return block.secondary
            ? `<p style="margin:0 0 12px"><a href="${escapeHtml(block.url)}" target="_blank" rel="noopener noreferrer" style="color:#8a4b16">${escapeHtml(block.label)}</a></p>`
            : `<p style="margin:20px 0"><a href="${escapeHtml(block.url)}" style="background:#8a4b16;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(block.label)}</a></p>`
      }
    })
    .join("\n")
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;line-height:1.5">',
    '<div style="max-width:600px;margin:0 auto;padding:16px">',
    body,
    `<p style="margin:24px 0 0;color:#666;font-size:12px">${escapeHtml(footer)}</p>`,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n")
}

// ---------------------------------------------------------------------------------------------
// Pieces of the order

function itemLabel(item: Group["items"][number]) {
  return `${item.title}${item.variant_title ? ` (${item.variant_title})` : ""} × ${item.quantity}`
}

function groupBlocks(group: Group, words: Words): Block[] {
  const title = group.lapas ? words.fromLapas(group.lapas.name) : words.otherItems
  const rows: [string, string][] = group.items.map((item) => [itemLabel(item), formatRupiah(item.total)])
  if (group.shipping) {
    const label =
      group.shipping.kind === "pickup" && group.lapas ? words.pickupAt(group.lapas.name) : group.shipping.name
    rows.push([label, formatRupiah(group.shipping.amount)])
  }
  return [heading(title), facts(rows)]
}

function totalsBlock(summary: OrderSummary, words: Words): Block {
  return facts(
    [
      [words.subtotal, formatRupiah(summary.subtotal)],
      [words.shipping, formatRupiah(summary.shipping_total)],
      [words.discount, summary.discount_total > 0 ? formatRupiah(-summary.discount_total) : null],
      [words.tax, summary.tax_total > 0 ? formatRupiah(summary.tax_total) : null],
      [words.total, formatRupiah(summary.total)],
    ],
    true
  )
}

function addressBlocks(summary: OrderSummary, words: Words): Block[] {
  const address = summary.shipping_address
  const delivered = summary.groups.some((group) => group.shipping?.kind !== "pickup")
  if (!address || !delivered) return []
  const lines = [
    [address.first_name, address.last_name].filter(Boolean).join(" "),
    address.address_1,
    address.address_2,
    [address.district, address.city].filter(Boolean).join(", "),
    [address.province, address.postal_code].filter(Boolean).join(" "),
    address.phone,
  ].filter((line): line is string => !!line)
  return lines.length ? [heading(words.shippingTo), paragraph(lines.join(", "))] : []
}

function orderDetails(summary: OrderSummary, words: Words, groups = summary.groups): Block[] {
  return [...groups.flatMap((group) => groupBlocks(group, words)), totalsBlock(summary, words)]
}

/** The zone an order-level date is shown in: its first lapas's. */
const orderZone = (summary: OrderSummary) => zoneOf(summary.groups.find((g) => g.lapas)?.lapas?.time_zone)

function transferBlocks(summary: OrderSummary, words: Words, locale: EmailLocale): Block[] {
  const transfer = summary.payment.transfer
  if (!transfer || !transfer.accounts.length) return []
  const zoneOfAccount = (handle: string | undefined) =>
    zoneOf(summary.groups.find((g) => g.lapas && g.lapas.handle === handle)?.lapas?.time_zone ?? orderZone(summary))
  const firstZone = zoneOfAccount(transfer.accounts[0].lapas?.handle)
  const blocks: Block[] = [
    heading(words.placed.howToPay),
    paragraph(words.placed.transferIntro(transfer.accounts.length, formatDateTime(transfer.due_at, firstZone, locale))),
  ]
  for (const account of transfer.accounts) {
    blocks.push(
      heading(account.lapas?.name ?? words.otherItems),
      facts([
        [words.placed.bank, account.bank_name ?? words.placed.unknown],
        [words.placed.accountNumber, account.account_number ?? words.placed.unknown],
        [words.placed.accountHolder, account.account_holder ?? words.placed.unknown],
        [words.placed.amount, formatRupiah(account.amount)],
        [words.placed.due, formatDateTime(transfer.due_at, zoneOfAccount(account.lapas?.handle), locale)],
      ])
    )
  }
  return blocks
}

/** How to pay an order placed with a Xendit channel: the channel, the VA number, the amount, the deadline. */
function xenditBlocks(summary: OrderSummary, words: Words, locale: EmailLocale): Block[] {
  const xendit = summary.payment.xendit
  if (!xendit || xendit.status !== "pending") return []
  const rows: [string, string][] = [
    [words.placed.payWith, XENDIT_CHANNEL_NAMES[xendit.channel]],
    ...(xendit.va_number ? ([[words.placed.vaNumber, xendit.va_number]] as [string, string][]) : []),
    [words.placed.amount, formatRupiah(xendit.amount)],
    ...(xendit.expires_at ? ([[words.placed.due, formatDateTime(xendit.expires_at, orderZone(summary), locale)]] as [string, string][]) : []),
  ]
  return [heading(words.placed.howToPay), facts(rows), paragraph(words.placed.xenditNext)]
}

// ---------------------------------------------------------------------------------------------

export interface RenderOptions {
  locale?: EmailLocale
  /** The storefront's base URL; STOREFRONT_URL, default http://localhost:8000. */
  storefrontUrl?: string
}

export function renderOrderEmail(summary: OrderSummary, event: OrderEmailEvent, options: RenderOptions = {}): OrderEmail {
  const locale = options.locale ?? "id"
  const words: Words = WORDS[locale]
  const n = summary.display_id
  const greeting = paragraph(words.greeting(summary.shipping_address?.first_name?.trim() || null))
  const link: Block = { type: "link", label: words.viewOrder, url: orderPageUrl(summary.id, options.storefrontUrl) }
  const at = (date: string | null | undefined, zone: LapasTimeZone = orderZone(summary)) =>
    date ? formatDateTime(date, zone, locale) : null

  let subject: string
  let blocks: Block[]
  switch (event.kind) {
    case "order-placed": {
      const transfer = [...transferBlocks(summary, words, locale), ...xenditBlocks(summary, words, locale)]
      subject = words.placed.subject(n)
      blocks = [
        greeting,
        paragraph(words.placed.intro(n, at(summary.created_at)!)),
        ...transfer,
        heading(words.orderDetails),
        ...orderDetails(summary, words),
        ...addressBlocks(summary, words),
        ...(transfer.length ? [paragraph(words.placed.next)] : []),
        link,
      ]
      break
    }
    case "payment-confirmed":
      subject = words.paid.subject(n)
      blocks = [
        greeting,
        paragraph(words.paid.intro(n, formatRupiah(summary.total))),
        heading(words.orderDetails),
        ...orderDetails(summary, words),
        link,
      ]
      break
    case "order-shipped": {
      const group = summary.groups.find((g) => g.lapas && g.lapas.id === event.lapas_id)
      const courierName = event.courier_name ?? event.courier
      subject = words.shipped.subject(n)
      blocks = [
        greeting,
        paragraph(words.shipped.intro(n, group?.lapas?.name ?? null)),
        facts([
          [words.shipped.courier, courierName],
          [words.shipped.resi, event.resi],
          [words.shipped.shippedAt, at(event.shipped_at, zoneOf(group?.lapas?.time_zone ?? orderZone(summary)))],
        ]),
        ...(event.tracking_url && courierName
          ? [{ type: "link", label: words.shipped.track(courierName), url: event.tracking_url, secondary: true } satisfies Block]
          : []),
        ...(group ? groupBlocks(group, words) : orderDetails(summary, words)),
        ...(group && summary.groups.length > 1 ? [paragraph(words.shipped.others)] : []),
        ...addressBlocks(summary, words),
        link,
      ]
      break
    }
    case "ready-for-pickup": {
      const group = summary.groups.find((g) => g.lapas && g.lapas.id === event.lapas.id)
      subject = words.pickup.subject(n)
      blocks = [
        greeting,
        paragraph(words.pickup.intro(n, event.lapas.name)),
        facts([
          [words.pickup.place, event.lapas.name],
          [words.pickup.address, event.lapas.address],
          [words.pickup.city, mentions(event.lapas.address, event.lapas.city) ? null : event.lapas.city],
          [words.pickup.readyAt, at(event.ready_at, zoneOf(event.lapas.time_zone))],
        ]),
        paragraph(words.pickup.bring(n)),
        ...(group ? groupBlocks(group, words) : []),
        link,
      ]
      break
    }
    case "order-canceled":
      subject = words.canceled.subject(n)
      blocks = [
        greeting,
        paragraph(words.canceled.intro(n, at(event.canceled_at))),
        paragraph(words.canceled.money),
        heading(words.orderDetails),
        ...orderDetails(summary, words),
        link,
      ]
      break
    case "part-canceled": {
      const group = summary.groups.find((g) => g.lapas && g.lapas.id === event.lapas_id)
      const lapasName = group?.lapas?.name ?? ""
      const cancellation = group?.progress.cancellation ?? null
      const zone = zoneOf(group?.lapas?.time_zone ?? orderZone(summary))
      const others = summary.groups.filter((g) => g !== group && g.lapas)
      subject = words.partCanceled.subject(n, lapasName)
      blocks = [
        greeting,
        paragraph(
          cancellation?.cause === "member"
            ? words.partCanceled.byLapas(n, lapasName, cancellation.reason)
            : words.partCanceled.unpaid(n, lapasName, at(cancellation?.due_at, zone))
        ),
        ...(cancellation && cancellation.refunded_amount > 0
          ? [paragraph(words.partCanceled.refund(formatRupiah(cancellation.refunded_amount)))]
          : []),
        ...(others.length
          ? [
              heading(words.partCanceled.others),
              ...others.map((g) => paragraph(words.partCanceled.part(g.lapas!.name, words.partCanceled.state[g.progress.state]))),
            ]
          : []),
        ...(group ? [heading(words.partCanceled.canceledItems), ...groupBlocks(group, words).slice(1)] : []),
        link,
      ]
      break
    }
    case "order-refunded":
      subject = words.refunded.subject(n)
      blocks = [
        greeting,
        paragraph(words.refunded.intro(n, formatRupiah(event.amount))),
        facts([
          [words.refunded.amount, formatRupiah(event.amount)],
          [words.refunded.refundedAt, at(event.refunded_at)],
        ]),
        paragraph(words.refunded.bank),
        link,
      ]
      break
  }
  return {
    subject,
    text: renderText(blocks, words.footer),
    html: renderHtml(subject, blocks, words.footer, locale),
  }
}
