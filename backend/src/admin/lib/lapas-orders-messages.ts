import type { ActionState, PartState, PaymentKind, ShippingKind } from "@karya-binaan/contracts"

/**
 * Visible texts of the lapas order screens (issue 8: order list, transfer
 * confirmation, fulfilment per lapas), in Bahasa Indonesia. Shared texts
 * (loading, retry…) stay in `messages.ts`.
 *
 * The e2e staff journey selects by some of these texts (see contract):
 * sidebar "Pesanan lapas", the tab names, "Jumlah diterima (Rp)",
 * "Tanggal transfer", "Bukti transfer (opsional)", "Konfirmasi transfer",
 * "Transfer dikonfirmasi", "Kemas pesanan", "Siap diambil", "Kurir",
 * "Nomor resi", "Kirim pesanan", "Tandai diterima", "Tandai sudah diambil".
 * Change them only together with e2e/tests/staff-orders.test.mjs.
 */

const state: Record<PartState, string> = {
  awaiting_transfer: "Menunggu transfer",
  to_pack: "Perlu dikemas",
  to_ship: "Perlu dikirim",
  ready_for_pickup: "Siap diambil",
  shipped: "Dikirim",
  delivered: "Diterima",
  picked_up: "Sudah diambil",
  canceled: "Dibatalkan",
}

const tab: Record<ActionState, string> = {
  awaiting_transfer: state.awaiting_transfer,
  to_pack: state.to_pack,
  to_ship: state.to_ship,
  ready_for_pickup: state.ready_for_pickup,
}

const shippingKind: Record<ShippingKind, string> = {
  courier: "Dikirim kurir",
  pickup: "Ambil di lapas",
}

const paymentKind: Record<PaymentKind, string> = {
  bank_transfer: "Transfer bank",
  card: "Kartu",
  other: "Lainnya",
}

export const lapasOrderMessages = {
  labels: { state, tab, shippingKind, paymentKind },

  nav: {
    lapasOrders: "Pesanan lapas",
  },

  /** /app/lapas-orders */
  list: {
    title: "Pesanan lapas",
    subtitle:
      "Bagian pesanan per lapas: konfirmasi transfer, kemas, kirim dengan nomor resi atau siapkan untuk diambil.",
    subtitleNational: "Bagian pesanan semua lapas. Pilih lapas untuk mempersempit daftar.",
    tabsLabel: "Status pesanan",
    all: "Semua",
    searchPlaceholder: "Cari nomor pesanan, mis. #1042",
    searchInvalid: "Nomor pesanan berupa angka, mis. #1042.",
    lapasFilter: "Lapas",
    allLapas: "Semua lapas",
    clearFilters: "Hapus filter",
    empty: "Belum ada pesanan.",
    emptyState: "Tidak ada pesanan dengan status ini.",
    noMatch: "Tidak ada pesanan yang cocok dengan filter.",
    columns: {
      order: "Pesanan",
      date: "Tanggal",
      buyer: "Pembeli",
      lapas: "Lapas",
      items: "Barang",
      total: "Total",
      state: "Status",
    },
    /** "3 barang" */
    units: (n: number) => `${n.toLocaleString("id-ID")} barang`,
    /** "#1042" */
    orderNumber: (displayId: number) => `#${displayId}`,
    pickup: "Ambil di lapas",
    pagination: {
      of: "dari",
      results: "pesanan",
      pages: "halaman",
      prev: "Sebelumnya",
      next: "Berikutnya",
    },
  },

  /** Order page widget. */
  widget: {
    /** Heading "Pesanan lapas" followed by the lapas name. */
    title: "Pesanan lapas",
    /** "Pesanan #1042 · 01 Mar 2026 14.05 WIB" */
    placed: (orderNumber: string, when: string) => `Pesanan ${orderNumber} · ${when}`,
    readOnlyNote: "Petugas keuangan hanya dapat mengonfirmasi transfer; pengemasan dan pengiriman oleh staf lapas.",
    items: "Barang",
    /** "2 ×" */
    quantity: (n: number) => `${n} ×`,
    /** "1 dari 2 sudah dikemas" */
    fulfilled: (done: number, total: number) => `${done} dari ${total} sudah dikemas`,
    shipping: "Pengiriman",
    shippingNone: "Tanpa pengiriman",
    total: "Total bagian ini",
  },

  transfer: {
    title: "Transfer bank",
    expected: "Jumlah yang harus ditransfer",
    waiting: "Pembeli mentransfer ke rekening lapas ini. Cocokkan mutasi rekening sebelum mengonfirmasi.",
    amount: "Jumlah diterima (Rp)",
    date: "Tanggal transfer",
    proof: "Bukti transfer (opsional)",
    proofHint: "Gambar atau PDF bukti transfer, jika ada.",
    submit: "Konfirmasi transfer",
    uploading: "Mengunggah bukti…",
    confirming: "Mengonfirmasi…",
    confirmed: "Transfer dikonfirmasi",
    success: "Transfer berhasil dikonfirmasi; pembayaran bagian ini diterima.",
    confirmedAmount: "Jumlah",
    confirmedDate: "Tanggal transfer",
    confirmedAt: "Dikonfirmasi pada",
    proofLink: "Lihat bukti transfer",
    noProof: "Tanpa bukti transfer",
    notAllowed: "Konfirmasi transfer dilakukan oleh staf lapas atau petugas keuangan.",
    errors: {
      amountInvalid: "Isi jumlah dalam rupiah penuh (angka tanpa desimal).",
      /** "Jumlah harus sama dengan Rp 125.000." */
      amountMismatch: (expected: string) => `Jumlah harus sama dengan ${expected}.`,
      dateRequired: "Tanggal transfer wajib diisi.",
      dateFuture: "Tanggal transfer tidak boleh di masa depan.",
      dateBeforeOrder: "Tanggal transfer tidak boleh sebelum tanggal pesanan.",
      uploadFailed: "Bukti transfer gagal diunggah.",
    },
  },

  fulfilment: {
    title: "Pemenuhan",
    pack: "Kemas pesanan",
    packHint: "Semua barang lapas ini dalam pesanan dikemas dari lokasi stok lapas.",
    ready: "Siap diambil",
    readyHint: "Pembeli diberi tahu bahwa pesanan dapat diambil di lapas.",
    waitForTransfer: "Pesanan dapat dikemas setelah transfer dikonfirmasi.",
    courier: "Kurir",
    courierPlaceholder: "mis. JNE, J&T, SiCepat",
    resi: "Nomor resi",
    ship: "Kirim pesanan",
    deliver: "Tandai diterima",
    pickedUp: "Tandai sudah diambil",
    packedAt: "Dikemas pada",
    readyAt: "Siap diambil sejak",
    shippedAt: "Dikirim pada",
    deliveredAt: "Diterima pada",
    pickedUpAt: "Diambil pada",
    success: {
      packed: "Pesanan dikemas.",
      ready: "Pesanan ditandai siap diambil.",
      shipped: "Pesanan dikirim.",
      delivered: "Pesanan ditandai diterima.",
      pickedUp: "Pesanan ditandai sudah diambil.",
    },
    errors: {
      courierRequired: "Nama kurir wajib diisi.",
      resiRequired: "Nomor resi wajib diisi.",
      courierLength: "Nama kurir 2–60 karakter.",
      resiInvalid: "Nomor resi 6–40 karakter: huruf, angka atau tanda hubung, tanpa spasi.",
    },
  },

  cancel: {
    button: "Batalkan pesanan",
    hint: "Selama belum ada yang dikirim, pesanan dapat dibatalkan: pembayaran dikembalikan dan stok dilepas.",
    title: "Batalkan pesanan?",
    /** "Pesanan #1042 dibatalkan: …" */
    description: (orderNumber: string) =>
      `Pesanan ${orderNumber} akan dibatalkan: pembayaran yang sudah diterima dikembalikan ke pembeli dan stok dilepas kembali. Tindakan ini tidak dapat diurungkan.`,
    confirm: "Ya, batalkan",
    keep: "Jangan batalkan",
    success: "Pesanan dibatalkan.",
  },
}
