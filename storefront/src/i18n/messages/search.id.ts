/**
 * Bahasa Indonesia texts of product search. Merged into `id.ts`. `search.*` is the header's search
 * box (a Client Component: this namespace goes to the browser, keep it small); `searchPage.*` is the
 * results page /cari, rendered on the server only.
 */
export const searchId = {
  "search.label": "Cari produk",
  "search.placeholder": "Cari: jahe instan, kursi rotan…",
  "search.submit": "Cari",
  "search.suggestions": "Saran produk",
  "search.suggestionsCount": "{count} saran. Pilih dengan tombol panah, lalu tekan Enter.",
  "search.noSuggestions": "Tidak ada saran. Tekan Enter untuk mencari.",
  "search.seeAll": "Lihat semua hasil untuk “{q}”",

  "searchPage.title": "Cari produk",
  "searchPage.titleFor": "Hasil pencarian “{q}”",
  "searchPage.description": "Cari produk karya warga binaan lapas: makanan, kerajinan, furnitur dan lainnya.",
  "searchPage.count": "{count} produk",
  "searchPage.countFor": "{count} produk untuk “{q}”",
  "searchPage.countOne": "1 produk",
  "searchPage.countOneFor": "1 produk untuk “{q}”",
  "searchPage.filters": "Saring hasil",
  "searchPage.filtersActive": "Saring hasil ({count} aktif)",
  "searchPage.facet.lapas": "Lapas pembuat",
  "searchPage.facet.category": "Kategori",
  "searchPage.facet.price": "Harga",
  "searchPage.facet.stock": "Ketersediaan",
  "searchPage.inStock": "Stok tersedia",
  "searchPage.selected": "(dipilih)",
  "searchPage.countHidden": "{count} produk",
  "searchPage.price.under": "Di bawah {max}",
  "searchPage.price.between": "{min} – {max}",
  "searchPage.price.over": "{min} ke atas",
  "searchPage.activeFilters": "Filter aktif",
  "searchPage.remove": "(hapus)",
  "searchPage.didYouMean": "Maksud Anda:",
  "searchPage.chip.query": "Cari: {q}",
  "searchPage.clearFilters": "Hapus semua filter",
  "searchPage.matchedDescription": "Cocok di deskripsi",
  "searchPage.empty.titleFor": "Tidak ditemukan produk untuk “{q}”",
  "searchPage.empty.title": "Tidak ada produk yang cocok",
  "searchPage.empty.spelling":
    "Periksa ejaannya, atau coba kata yang lebih umum, misalnya “jahe” atau “kursi”.",
  "searchPage.empty.filters": "Filter yang dipilih mungkin terlalu sempit. Coba hapus sebagian filternya.",
  "searchPage.empty.browse": "Telusuri kategori",
  "searchPage.allProducts": "Lihat semua produk",
  "searchPage.rejected": "Pencarian ini tidak dapat dijalankan: {message}",
} as const satisfies Record<string, string>
