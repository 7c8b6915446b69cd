/** Visible text of the PNBP page (Bahasa Indonesia). */
export const pnbpMessages = {
  nav: "PNBP",
  title: "PNBP: setoran, tutup buku dan laporan",
  subtitle:
    "PNBP tercatat dari penjualan dibandingkan dengan setoran ke kas negara (SIMPONI), per bulan menurut waktu setempat lapas.",
  forbidden: "Halaman ini hanya untuk petugas keuangan dan pengguna nasional.",
  chooseLapas: "Pilih lapas untuk mencatat setoran dan menutup bulan.",
  lapas: "Lapas",
  allLapas: "Semua lapas",
  fromMonth: "Dari bulan",
  toMonth: "Sampai bulan",
  columns: {
    month: "Bulan",
    lapas: "Lapas",
    booked: "PNBP tercatat",
    deposited: "Disetor",
    outstanding: "Selisih",
    status: "Status",
    corrections: "Koreksi setelah tutup",
    actions: "",
  },
  badges: {
    outstanding: "Belum lunas",
    over: "Lebih setor",
    settled: "Lunas",
    closed: "Ditutup",
    open: "Terbuka",
  },
  totals: "Total",
  empty: "Belum ada data untuk periode ini.",
  close: {
    action: "Tutup bulan",
    title: (month: string) => `Tutup buku ${month}?`,
    description: (month: string) =>
      `Setelah ${month} ditutup, tidak ada penjualan atau setoran yang dapat dicatat pada bulan itu. Kesalahan diperbaiki dengan koreksi di bulan yang masih terbuka. Tindakan ini tidak dapat dibatalkan.`,
    confirm: "Ya, tutup bulan",
    cancel: "Batal",
    success: (month: string) => `${month} sudah ditutup.`,
    notEnded: "Bulan berjalan belum dapat ditutup.",
  },
  deposit: {
    open: "Catat setoran",
    title: "Catat setoran PNBP",
    description: "Salin kode billing dan NTPN dari bukti setoran SIMPONI.",
    periodFrom: "Masa PNBP dari",
    periodTo: "Masa PNBP sampai",
    billingCode: "Kode billing (15 angka)",
    ntpn: "NTPN (16 karakter)",
    amount: "Jumlah (Rp)",
    depositedOn: "Tanggal setor",
    note: "Catatan",
    save: "Simpan setoran",
    cancel: "Batal",
    success: "Setoran tersimpan.",
    errors: {
      billingCode: "Kode billing terdiri dari tepat 15 angka.",
      ntpn: "NTPN terdiri dari tepat 16 huruf atau angka.",
      amount: "Isi jumlah dalam rupiah, lebih dari 0.",
      period: "Isi masa PNBP; tanggal awal tidak boleh setelah tanggal akhir.",
      depositedOn: "Isi tanggal setor.",
      duplicateNtpn: "NTPN ini sudah tercatat untuk setoran lain; setiap NTPN membuktikan satu setoran. Periksa bukti setoran.",
      refused: "Setoran ditolak server:",
    },
  },
  deposits: {
    title: "Setoran terakhir",
    empty: "Belum ada setoran.",
    depositedOn: "Tanggal setor",
    period: "Masa PNBP",
    billingCode: "Kode billing",
    ntpn: "NTPN",
    amount: "Jumlah",
  },
  report: {
    title: "Unduh laporan PNBP",
    description: "Laporan untuk periode bulan yang dipilih di atas, dalam waktu setempat lapas.",
    formats: { json: "JSON", csv: "CSV", xlsx: "Excel (XLSX)", pdf: "PDF" },
  },
  monthNames: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
}

/** "2026-10" → "Oktober 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split("-")
  return `${pnbpMessages.monthNames[Number(m) - 1] ?? m} ${year}`
}

/** The last day of a "YYYY-MM" month, "YYYY-MM-DD". */
export function lastDayOf(month: string): string {
  const [year, m] = month.split("-").map(Number)
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return `${month}-${String(day).padStart(2, "0")}`
}

/** A month n months before "YYYY-MM". */
export function monthsBefore(month: string, n: number): string {
  const [year, m] = month.split("-").map(Number)
  const index = year * 12 + (m - 1) - n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}
