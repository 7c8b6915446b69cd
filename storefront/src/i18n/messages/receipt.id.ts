/**
 * Bahasa Indonesia texts of the buyer's receipt page /struk/<token> (a direct sale at a stand,
 * showroom or gate). Merged into `id.ts`; rendered on the server only (the print button gets its
 * texts as props).
 */
export const receiptId = {
  "receipt.metaTitle": "Struk {number}",
  "receipt.metaTitleNoNumber": "Struk belanja",
  "receipt.title": "Struk belanja",
  "receipt.number": "No. struk",
  "receipt.soldAt": "Waktu",
  "receipt.venue": "Tempat",
  "receipt.cashier": "Kasir",
  "receipt.items": "Barang dan jasa",
  "receipt.lineQuantity": "{quantity} × {price}",
  "receipt.subtotal": "Subtotal",
  "receipt.discount": "Diskon",
  "receipt.total": "Total",
  "receipt.payment": "Pembayaran",
  "receipt.tendered": "Tunai diterima",
  "receipt.change": "Kembalian",
  "receipt.voidedTitle": "Dibatalkan",
  "receipt.voidedBody": "Penjualan ini dibatalkan pada {at}. Struk ini tidak berlaku lagi sebagai bukti pembelian.",
  "receipt.impactTitle": "Ke mana uang Anda pergi",
  "receipt.impact":
    "Keuntungan penjualan ini dibagi: 50% modal produksi bengkel kerja, 35% premi (upah) warga binaan yang membuatnya, dan 15% PNBP untuk kas negara.",
  "receipt.print": "Cetak struk",
  "receipt.downloads": "Unduh PDF",
  "receipt.pdfThermal": "PDF struk kasir (58 mm)",
  "receipt.pdfA4": "PDF A4",
  "receipt.shopMore": "Lihat produk lain dari lapas",
  "receipt.notFoundTitle": "Struk tidak ditemukan",
  "receipt.notFoundBody":
    "Tautan struk ini tidak kami kenali. Periksa kembali tautan dari kasir, atau pindai ulang kode QR pada struk kertas.",
} as const satisfies Record<string, string>
