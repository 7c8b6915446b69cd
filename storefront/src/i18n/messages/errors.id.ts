/** Texts of the error pages, in a file of their own: the last-resort error page loads them in the browser without the rest of the catalogue. */
export const errorsId = {
  "error.title": "Terjadi kesalahan",
  "error.body":
    "Kami belum bisa memuat halaman ini. Server toko mungkin sedang sibuk atau tidak tersedia. Silakan coba lagi sebentar lagi.",
  "error.retry": "Coba lagi",
  "error.home": "Ke beranda",
  "error.reference": "Kode referensi: {digest}",
} as const satisfies Record<string, string>
