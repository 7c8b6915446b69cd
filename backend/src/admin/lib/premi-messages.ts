import type { PayoutMethod } from "@karya-binaan/contracts"

/** Every visible string of the "Premi WBP" page (Bahasa Indonesia). */
export const premiMessages = {
  nav: "Premi WBP",
  title: "Premi WBP",
  subtitle:
    "Premi setiap warga binaan dari penjualan hasil karyanya: diperoleh, dibayarkan, dan sisa saldo. Identitas WBP hanya berupa kode.",
  forbidden: "Halaman ini hanya untuk petugas keuangan dan pengguna nasional.",
  lapas: "Lapas",
  chooseLapas: "Pilih lapas untuk melihat premi WBP-nya.",
  empty: "Belum ada WBP di lapas ini.",
  totals: {
    earned: "Premi diperoleh",
    paid: "Premi dibayarkan",
    outstanding: "Sisa saldo",
    booked: "Premi di buku besar",
    unallocated: "Belum dialokasikan (varian tanpa batch)",
  },
  columns: {
    code: "Kode WBP",
    name: "Nama tampilan",
    status: "Status",
    earned: "Diperoleh",
    paid: "Dibayarkan",
    outstanding: "Sisa",
    actions: "Tindakan",
  },
  status: { active: "Aktif", released: "Bebas" } as Record<string, string>,
  period: {
    from: "Dari tanggal",
    to: "Sampai tanggal",
    hint: "Periode rekening dalam zona waktu lapas (WIB/WITA/WIT).",
  },
  statement: { json: "Rekening (JSON)", pdf: "Rekening (PDF)", failed: "Rekening tidak dapat diunduh." },
  payout: {
    open: "Bayar premi",
    title: (code: string) => `Pembayaran premi ${code}`,
    description: (outstanding: string) => `Sisa saldo saat ini ${outstanding}. Pembayaran tidak boleh melebihi sisa saldo.`,
    amount: "Jumlah (Rp)",
    amountInvalid: "Tulis jumlah rupiah bulat lebih dari 0, misalnya 50000.",
    amountTooHigh: "Jumlah melebihi sisa saldo.",
    paidOn: "Tanggal dibayar",
    paidOnRequired: "Isi tanggal pembayaran.",
    method: "Cara pembayaran",
    note: "Catatan",
    save: "Simpan pembayaran",
    saving: "Menyimpan…",
    cancel: "Batal",
    success: "Pembayaran premi tercatat.",
  },
  methods: {
    cash_inside: "Tunai untuk kebutuhan di dalam",
    savings_account: "Rekening tabungan",
    on_release: "Saat bebas",
  } satisfies Record<PayoutMethod, string>,
}
