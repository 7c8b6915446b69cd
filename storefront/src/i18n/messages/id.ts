/**
 * Bahasa Indonesia: the source catalogue. Every visible string of the storefront lives here;
 * `en.ts` must provide the same keys (enforced by its type). Placeholders look like {name}.
 */
import { browseId } from "./browse.id"
import { errorsId } from "./errors.id"
import { receiptId } from "./receipt.id"
import { searchId } from "./search.id"
import { shopId } from "./shop.id"
import { xenditId } from "./xendit.id"

const core = {
  "meta.siteName": "Karya Binaan",
  "meta.siteDescription":
    "Belanja produk karya warga binaan lapas dari seluruh Indonesia: kerajinan, makanan, pakaian, dan lainnya.",
  "meta.productsTitle": "Semua produk",
  "meta.notFoundTitle": "Halaman tidak ditemukan",

  "nav.skipToContent": "Langsung ke konten utama",
  "nav.mainLabel": "Navigasi utama",
  "nav.home": "Beranda",
  "nav.products": "Produk",

  "footer.about":
    "Karya Binaan adalah pasar daring nasional untuk produk buatan warga binaan lembaga pemasyarakatan (lapas) di seluruh Indonesia.",
  "footer.mission": "Setiap pembelian mendukung pembinaan keterampilan dan bekal hidup setelah bebas.",
  "footer.copyright": "© {year} Karya Binaan",

  "home.hero.eyebrow": "Produk lapas Indonesia",
  "home.hero.title": "Karya terbaik dari lapas di seluruh Indonesia",
  "home.hero.subtitle":
    "Kerajinan, makanan, dan pakaian buatan warga binaan. Setiap pembelian membantu mereka membangun masa depan.",
  "home.hero.cta": "Lihat semua produk",
  "home.categories.title": "Jelajahi kategori",
  "home.categories.empty": "Belum ada kategori.",
  "home.featured.title": "Produk pilihan",
  "home.featured.viewAll": "Lihat semua produk",
  "home.featured.empty": "Belum ada produk. Silakan kembali lagi nanti.",

  "listing.title": "Semua produk",
  "listing.count": "{count} produk",
  "listing.empty": "Belum ada produk di sini.",
  "listing.pageEmpty": "Halaman ini kosong.",
  "listing.backToFirstPage": "Kembali ke halaman pertama",
  "listing.categoryNotFound": "Kategori \"{handle}\" tidak ditemukan.",
  "listing.showAll": "Tampilkan semua produk",
  "listing.filterLabel": "Saring menurut kategori",
  "listing.allCategories": "Semua",

  "pagination.label": "Navigasi halaman",
  "pagination.previous": "Sebelumnya",
  "pagination.next": "Berikutnya",
  "pagination.pageOf": "Halaman {page} dari {total}",

  "product.priceFrom": "Mulai",
  "product.priceUnavailable": "Harga belum tersedia",
  "product.inStock": "Tersedia",
  "product.outOfStock": "Stok habis",
  "product.madeIn": "Dibuat di",
  "product.serviceBy": "Dikerjakan warga binaan",
  "product.serviceVoucher": "Voucher jasa",
  "product.serviceRedeem": "Anda membeli voucher jasa ini; layanannya dikerjakan warga binaan dan ditukarkan langsung di {lapas}. Saat checkout pilih \"Ambil di {lapas}\" (gratis): tidak ada barang yang dikirim.",
  "product.madeInLabel": "Asal pembuatan",
  "product.description": "Deskripsi",
  "product.noDescription": "Belum ada deskripsi untuk produk ini.",
  "product.licences": "Izin & sertifikasi",
  "product.licence.pirt": "P-IRT",
  "product.licence.bpom_md": "BPOM MD",
  "product.licence.halal": "Halal",
  "product.licence.certified": "Bersertifikat",
  "product.imageAlt": "Foto {title}",
  "product.imageAltNumbered": "Foto {title} ({number} dari {total})",
  "product.noImage": "Belum ada foto",
  "product.gallery": "Foto produk",
  "product.options": "Pilihan varian",
  "product.variantUnavailable": "Kombinasi ini tidak tersedia",
  "product.breadcrumb": "Jejak navigasi",
  "product.categories": "Kategori",
  "product.backToProducts": "Kembali ke semua produk",

  "notFound.title": "Halaman tidak ditemukan",
  "notFound.body": "Maaf, halaman atau produk yang Anda cari tidak ada atau sudah tidak dijual.",
  "notFound.home": "Ke beranda",
  "notFound.products": "Lihat semua produk",
} as const satisfies Record<string, string>

/**
 * Core texts plus the per-feature catalogues (browse: listings, lapas, SEO; search: the search box
 * and /cari; shop: cart, checkout, orders, account).
 */
export const id = { ...core, ...errorsId, ...browseId, ...searchId, ...shopId, ...receiptId, ...xenditId }

export type MessageKey = keyof typeof id
export type Messages = Record<MessageKey, string>
