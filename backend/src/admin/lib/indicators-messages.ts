import type { IndicatorFigure } from "@karya-binaan/contracts"

/** Visible text of the indicator dashboard (Bahasa Indonesia). */
export const indicatorsMessages = {
  nav: "Indikator",
  title: "Indikator",
  subtitle:
    "Pendapatan, laba, premi WBP dan PNBP terhadap target tahunan, per bulan menurut zona waktu lapas.",
  forbidden: "Dasbor indikator hanya untuk pengguna keuangan dan nasional.",
  lapas: "Lapas",
  allLapas: "Semua lapas (nasional)",
  year: "Tahun",
  figures: {
    revenue: "Pendapatan bersih",
    profit: "Laba",
    premi_earned: "Premi diperoleh",
    premi_paid: "Premi dibayarkan",
    pnbp_booked: "PNBP dibukukan",
    pnbp_deposited: "PNBP disetor",
  } satisfies Record<IndicatorFigure, string>,
  inmatesEarning: "WBP penerima premi",
  inmatesEarningHint: "WBP dengan premi bersih positif tahun ini",
  target: "Target PNBP tahunan",
  noTarget: "Belum ada target PNBP",
  progress: (percent: string) => `${percent} dari target disetor`,
  bookedOfTarget: (percent: string) => `${percent} dari target dibukukan`,
  charts: {
    title: "Per bulan",
    sales: "Pendapatan dan laba",
    premi: "Premi WBP",
    pnbp: "PNBP",
    empty: "Belum ada angka untuk tahun ini.",
  },
  bestSellers: {
    title: "Produk terlaris",
    subtitle: "10 produk dengan pendapatan bersih tertinggi tahun ini",
    product: "Produk",
    lapas: "Lapas",
    quantity: "Terjual",
    revenue: "Pendapatan bersih",
    empty: "Belum ada penjualan tahun ini.",
    unknown: "(produk dihapus)",
  },
  months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
}
