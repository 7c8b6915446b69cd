/** Visible text of the search demand page (Bahasa Indonesia). */

const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

/** "2026-11-05" → "5 Nov". */
export function shortDay(day: string): string {
  const [, m, d] = day.split("-")
  return `${Number(d)} ${MONTHS_SHORT[Number(m) - 1] ?? m}`
}

/** "2026-11-05" → "5 Nov 2026". */
export function shortDate(day: string): string {
  return `${shortDay(day)} ${day.slice(0, 4)}`
}

const count = (n: number) => n.toLocaleString("id-ID")

export const searchDemandMessages = {
  nav: "Permintaan pencarian",
  title: "Permintaan pencarian",
  subtitle:
    "Apa yang dicari pembeli di toko, dan apa yang mereka cari tetapi tidak atau hampir tidak ditemukan: petunjuk produk apa yang layak dibuat.",
  lapas: "Cakupan",
  national: "Nasional (semua pencarian)",
  nationalHint: "Semua pencarian di toko, dari lapas mana pun.",
  lapasHint: (name: string) => `Pencarian yang dibatasi pada ${name} (misalnya dari halaman lapas).`,
  period: "Periode",
  periods: {
    "7": "7 hari terakhir",
    "30": "30 hari terakhir",
    "90": "90 hari terakhir",
    custom: "Pilih tanggal",
  } as Record<string, string>,
  from: "Dari tanggal",
  to: "Sampai tanggal",
  apply: "Terapkan",
  few: "Dianggap sedikit",
  fewOption: (n: number) => (n === 0 ? "Tanpa hasil saja" : `≤ ${n} hasil`),
  periodLabel: (from: string, to: string, zone: string) => `${shortDate(from)} – ${shortDate(to)} (${zone})`,
  errors: {
    period: "Isi kedua tanggal; tanggal awal tidak boleh setelah tanggal akhir.",
    tooLong: "Satu laporan paling lama mencakup 366 hari.",
  },
  kpi: {
    searches: "Pencarian",
    zero: "Pencarian tanpa hasil",
    zeroShare: (percent: string) => `${percent} dari semua pencarian`,
    distinct: "Kata kunci berbeda",
  },
  chart: {
    title: "Pencarian per hari",
    searches: "Pencarian",
    zero: "Tanpa hasil",
    empty: "Belum ada pencarian pada periode ini.",
    bar: (day: string, label: string, n: number) => `${shortDate(day)}: ${label} ${count(n)}`,
  },
  top: {
    title: "Kata kunci teratas",
    subtitle: "Yang paling sering dicari pembeli pada periode ini.",
    empty: "Belum ada pencarian pada periode ini.",
  },
  unmet: {
    title: "Dicari, tetapi tidak ditemukan",
    subtitle: (few: number) =>
      few === 0
        ? "Kata kunci yang pencarian terakhirnya tidak menemukan produk apa pun, paling sering dicari lebih dulu."
        : `Kata kunci yang pencarian terakhirnya menemukan ${few} produk atau kurang, paling sering dicari lebih dulu. Ini permintaan yang belum terlayani.`,
    empty: "Semua pencarian pada periode ini menemukan cukup produk.",
  },
  columns: {
    query: "Kata kunci",
    searches: "Dicari",
    lastResults: "Hasil terakhir",
  },
  results: (n: number) => (n === 0 ? "Tidak ada" : `${count(n)} produk`),
  retry: "Coba lagi",
  count,
}
