import type { InmateStatus, LedgerAccount, LedgerEntryKind, SharePolicyScope } from "@karya-binaan/contracts"

/**
 * Visible texts of the money screens (issue 4: bagi hasil, HPP, batch
 * produksi, kebijakan bagi hasil, buku besar), in Bahasa Indonesia.
 * Shared texts (loading, retry, save…) stay in `messages.ts`.
 */

const account: Record<LedgerAccount, string> = {
  capital: "Modal",
  premi: "Premi WBP",
  pnbp: "PNBP",
}

const kind: Record<LedgerEntryKind, string> = {
  sale: "Penjualan",
  refund: "Refund",
  correction: "Koreksi",
}

const scope: Record<SharePolicyScope, string> = {
  all: "Semua lapas",
  lapas: "Satu lapas",
  partner_agreement: "Perjanjian mitra",
}

const inmateStatus: Record<InmateStatus, string> = {
  active: "Aktif",
  released: "Bebas",
}

export const moneyMessages = {
  labels: { account, kind, scope, inmateStatus },

  nav: {
    sharePolicies: "Kebijakan bagi hasil",
    ledger: "Buku besar bagi hasil",
  },

  /** Order page, side column. */
  orderShares: {
    title: "Bagi hasil",
    subtitle: "Laba penjualan dibagi ke modal, premi WBP dan PNBP.",
    revenue: "Pendapatan",
    revenueHint: "setelah diskon, tanpa pajak dan ongkir",
    cost: "HPP",
    profit: "Laba",
    /** "Modal (50 % dari laba)" */
    accountWithShare: (label: string, share: string | null) =>
      share ? `${label} (${share})` : label,
    notBookedTitle: "Belum dibukukan",
    notBooked:
      "Belum dibukukan: bagi hasil dibukukan saat pembayaran diterima.",
    forbidden:
      "Bagi hasil pesanan hanya dapat dilihat oleh petugas keuangan dan admin nasional.",
    ownLapasOnly: (lapas: string) => `Hanya baris produk ${lapas}.`,
    lossNote:
      "Laba nol atau negatif: tidak ada premi maupun PNBP untuk baris ini.",
    lines: {
      toggleShow: (n: number) => `Tampilkan rincian per baris (${n})`,
      toggleHide: "Sembunyikan rincian per baris",
      quantity: (n: number) => `${n} ×`,
      unitCost: "HPP/unit",
    },
    entries: {
      title: "Entri buku besar",
      count: (n: number) => `${n} entri`,
      line: "Baris",
      account: "Akun",
      amount: "Jumlah",
      kind: "Jenis",
      date: "Waktu",
    },
  },

  /** Product and variant pages. */
  productionCosts: {
    title: "HPP & batch produksi",
    subtitle:
      "HPP rata-rata tertimbang dari batch yang masih di stok; dipakai saat pesanan dibuat.",
    variantTitle: "HPP & batch produksi varian ini",
    noVariants: "Produk ini belum memiliki varian.",
    averageCost: "HPP (rata-rata tertimbang)",
    noCost: "Belum ada batch",
    stock: "Stok",
    stockUnits: (n: number) => `${n.toLocaleString("id-ID")} unit`,
    sku: "SKU",
    noBatches: "Belum ada batch produksi untuk varian ini.",
    batches: {
      producedOn: "Tanggal produksi",
      quantity: "Jumlah",
      unitCost: "HPP/unit",
      makers: "Pembuat",
      makersCount: (n: number) => `${n} WBP`,
    },
    record: "Catat batch produksi",
    notLinked:
      "Produk ini belum terhubung ke lapas, sehingga batch produksi belum dapat dicatat.",
  },

  batchForm: {
    title: "Catat batch produksi",
    description:
      "Stok varian bertambah sebanyak jumlah batch di lokasi stok lapas, dan HPP rata-rata dihitung ulang.",
    variant: "Varian",
    variantPlaceholder: "Pilih varian",
    quantity: "Jumlah (unit)",
    unitCost: "HPP per unit (Rp)",
    unitCostHint: "Bahan dan biaya produksi lain untuk satu unit, dalam rupiah penuh.",
    /** "Total HPP batch: Rp 1.250.000" */
    total: (amount: string) => `Total HPP batch: ${amount}`,
    producedOn: "Tanggal produksi",
    makers: "Pembuat (WBP)",
    makersHint:
      "Pilih WBP yang mengerjakan batch ini dan isi satuan kerjanya (mis. hari kerja). Ditampilkan dengan kode atau nama samaran saja.",
    makersEmpty:
      "Belum ada WBP aktif terdaftar untuk lapas ini; daftarkan WBP dulu sebelum mencatat batch.",
    makersSelected: (n: number) => `${n} WBP dipilih`,
    workUnits: "Satuan kerja",
    notes: "Catatan",
    submit: "Simpan batch",
    success: "Batch produksi berhasil dicatat.",
    errors: {
      variantRequired: "Pilih varian.",
      quantityInvalid: "Jumlah harus bilangan bulat lebih dari 0.",
      unitCostInvalid: "HPP per unit harus rupiah penuh (angka tanpa desimal).",
      producedOnRequired: "Tanggal produksi wajib diisi.",
      producedOnFuture: "Tanggal produksi tidak boleh di masa depan.",
      workUnitsInvalid: "Satuan kerja harus bilangan bulat lebih dari 0.",
      makersRequired: "Pilih minimal satu WBP yang membuat batch ini.",
    },
  },

  /** "Kebijakan bagi hasil" page. */
  sharePolicies: {
    title: "Kebijakan bagi hasil",
    subtitle:
      "Pembagian laba setiap penjualan ke modal, premi WBP dan PNBP. Kebijakan yang paling spesifik dan berlaku pada tanggal pesanan dipakai; yang sudah dibukukan tidak berubah.",
    count: (n: number) => `${n} kebijakan`,
    empty:
      "Belum ada kebijakan tersimpan. Pembagian bawaan berlaku: Modal 50 %, Premi WBP 35 %, PNBP 15 %.",
    forbidden:
      "Kebijakan bagi hasil hanya dapat dilihat dan diatur oleh petugas keuangan dan admin nasional.",
    add: "Tambah kebijakan",
    columns: {
      scope: "Cakupan",
      capital: "Modal",
      premi: "Premi WBP",
      pnbp: "PNBP",
      effectiveFrom: "Berlaku sejak",
      note: "Catatan",
    },
    /** "Perjanjian PKS/12/2025 (PT Bahari Mitra Surya)" */
    agreementScope: (number: string, partner?: string) =>
      partner ? `Perjanjian ${number} (${partner})` : `Perjanjian ${number}`,
    unknownAgreement: "Perjanjian mitra",
    upcoming: "Akan berlaku",
  },

  sharePolicyForm: {
    title: "Tambah kebijakan bagi hasil",
    description:
      "Persentase dari laba penjualan, berlaku untuk pesanan sejak tanggal yang dipilih. Ketiganya harus berjumlah 100 %.",
    scope: "Cakupan",
    scopeHints: {
      all: "Berlaku untuk semua lapas, kecuali yang punya kebijakan lebih spesifik.",
      lapas: "Berlaku untuk satu lapas, kecuali perjanjian mitra yang punya kebijakan sendiri.",
      partner_agreement: "Berlaku untuk produk dari satu perjanjian kerja sama mitra.",
    } satisfies Record<SharePolicyScope, string>,
    lapas: "Lapas",
    lapasPlaceholder: "Pilih lapas",
    agreement: "Perjanjian mitra",
    agreementPlaceholder: "Pilih perjanjian",
    noAgreements: "Lapas ini belum punya perjanjian mitra.",
    agreementOption: (number: string, partner: string, expired: boolean) =>
      `${number} — ${partner}${expired ? " (kedaluwarsa)" : ""}`,
    capital: "Modal (%)",
    premi: "Premi WBP (%)",
    pnbp: "PNBP (%)",
    percentHint: "Maksimal dua desimal, mis. 33,33.",
    /** "Jumlah: 100 %" */
    sum: (text: string) => `Jumlah: ${text}`,
    effectiveFrom: "Berlaku sejak",
    effectiveFromHint: "Hari ini atau nanti; pesanan yang sudah dibukukan tidak berubah.",
    note: "Catatan",
    notePlaceholder: "Dasar aturan, mis. nomor keputusan atau PKS",
    submit: "Simpan kebijakan",
    success: "Kebijakan bagi hasil berhasil disimpan.",
    errors: {
      lapasRequired: "Pilih lapas.",
      agreementRequired: "Pilih perjanjian mitra.",
      percentInvalid: "Isi persen 0–100 dengan maksimal dua desimal.",
      sumNot100: "Modal, premi dan PNBP harus berjumlah tepat 100 %.",
      effectiveFromRequired: "Tanggal berlaku wajib diisi.",
      effectiveFromPast: "Tanggal berlaku tidak boleh sebelum hari ini.",
    },
  },

  ledger: {
    title: "Buku besar bagi hasil",
    subtitle:
      "Entri modal, premi WBP dan PNBP dari setiap penjualan, refund dan koreksi. Buku besar hanya bisa ditambah, tidak diubah.",
    lapas: "Lapas",
    allLapas: "Semua lapas",
    from: "Dari tanggal",
    to: "Sampai tanggal",
    totals: "Total pada filter ini",
    empty: "Belum ada entri pada filter ini.",
    forbidden:
      "Buku besar hanya dapat dilihat oleh petugas keuangan dan admin nasional.",
    columns: {
      date: "Waktu",
      lapas: "Lapas",
      order: "Pesanan",
      account: "Akun",
      kind: "Jenis",
      amount: "Jumlah",
    },
    pagination: {
      of: "dari",
      results: "entri",
      pages: "halaman",
      prev: "Sebelumnya",
      next: "Berikutnya",
    },
  },
}
