/** Bahasa Indonesia texts for listings, filters, lapas pages, impact/about, language switch, SEO. Merged into `id.ts`. */
export const browseId = {
  "meta.homeTitle": "Karya Binaan: produk karya warga binaan lapas se-Indonesia",
  "meta.listingDescription":
    "Jelajahi produk buatan warga binaan lapas: saring menurut kategori, lapas dan harga, lalu beli langsung dari lapas pembuatnya.",
  "meta.categoryDescription": "{category} buatan warga binaan lapas di seluruh Indonesia, dijual langsung oleh lapas pembuatnya.",
  "meta.collectionDescription": "Koleksi pilihan {collection}: produk karya warga binaan lapas, dijual langsung oleh lapas pembuatnya.",
  "meta.productDescription": "{title}, karya warga binaan {lapas}. Beli langsung dari lapas pembuatnya.",

  "nav.lapas": "Lapas",
  "nav.about": "Tentang",
  "footer.navLabel": "Tautan situs",
  "footer.trackOrder": "Lacak pesanan",

  "language.switchTo": "Ganti bahasa ke",
  "language.english": "English",
  "language.indonesian": "Indonesia",

  "og.siteSubtitle": "Kerajinan, makanan dan furnitur buatan warga binaan, dijual langsung oleh lapas.",
  "og.footer": "Setiap pembelian ikut membayar premi warga binaan dan PNBP untuk negara.",

  "home.hero.ctaLapas": "Kenali lapas pembuatnya",
  "home.collections.title": "Koleksi pilihan",
  "home.collections.intro": "Pilihan produk lintas lapas untuk oleh-oleh, rumah dan hadiah.",
  "home.lapas.title": "Lapas pembuat",
  "home.lapas.intro": "Setiap produk dibuat di bengkel kerja sebuah lapas. Kenali kisah dan karya mereka.",
  "home.lapas.viewAll": "Semua lapas",

  "listing.lapasTitle": "Produk {lapas}",
  "listing.categoryLapasTitle": "{category} dari {lapas}",
  "listing.lapasNotFound": "Lapas \"{handle}\" tidak ditemukan.",
  "listing.seeLapas": "Lihat semua lapas",
  "listing.noMatches": "Tidak ada produk yang cocok dengan filter ini. Coba longgarkan rentang harga atau pilih lapas lain.",
  "listing.noSearchResults": "Tidak ada produk untuk “{q}”. Periksa ejaannya atau coba kata lain.",
  "listing.clearSearch": "Hapus pencarian",
  "listing.rejected": "Filter tidak dapat dipakai: {message}",

  "filters.toggle": "Saring & urutkan",
  "filters.toggleActive": "Saring & urutkan ({count} aktif)",
  "filters.category": "Kategori",
  "filters.allCategories": "Semua kategori",
  "filters.lapas": "Lapas pembuat",
  "filters.allLapas": "Semua lapas",
  "filters.price": "Harga (Rp)",
  "filters.priceMin": "Paling murah",
  "filters.priceMax": "Paling mahal",
  "filters.sort": "Urutkan",
  "filters.sort.terbaru": "Terbaru",
  "filters.sort.harga_naik": "Harga terendah",
  "filters.sort.harga_turun": "Harga tertinggi",
  "filters.sort.nama": "Nama (A–Z)",
  "filters.apply": "Terapkan",
  "filters.reset": "Hapus semua filter",
  "filters.activeLabel": "Filter aktif",
  "filters.remove": "(hapus filter)",
  "filters.chip.search": "Cari: {q}",
  "filters.chip.priceMin": "Mulai {price}",
  "filters.chip.priceMax": "Sampai {price}",
  "filters.searchNote": "Saat mencari, hanya filter kategori yang dipakai; filter lapas, harga dan urutan tidak berlaku.",

  "product.aboutLapas": "Tentang {name} dan produk lainnya",

  "lapas.class.kelas_i": "Kelas I",
  "lapas.class.kelas_iia": "Kelas IIA",
  "lapas.class.kelas_iib": "Kelas IIB",
  "lapas.class.kelas_iii": "Kelas III",
  "lapas.class.rutan": "Rumah tahanan (Rutan)",
  "lapas.class.bapas": "Balai pemasyarakatan (Bapas)",
  "lapas.productCount": "{count} produk",
  "lapas.list.title": "Lapas pembuat",
  "lapas.list.description":
    "Lembaga pemasyarakatan di seluruh Indonesia yang menjual karya warga binaannya di Karya Binaan.",
  "lapas.list.intro":
    "Setiap lapas punya bengkel kerja sendiri. Pilih lapas untuk membaca kisahnya dan melihat produknya.",
  "lapas.list.empty": "Belum ada lapas yang berjualan.",
  "lapas.page.description": "{name} di {place}: kisah bengkel kerjanya dan produk karya warga binaan.",
  "lapas.page.class": "Kelas",
  "lapas.page.city": "Kota/kabupaten",
  "lapas.page.province": "Provinsi",
  "lapas.page.products": "Produk",
  "lapas.page.story": "Kisah bengkel kerja",
  "lapas.page.storyInIndonesian": "Kisah ini ditulis dalam bahasa Indonesia.",
  "lapas.page.noStory": "Lapas ini belum menuliskan kisahnya. Produknya dibuat oleh warga binaan di {place}.",
  "lapas.page.productsTitle": "Produk {name}",
  "lapas.page.allProducts": "Lihat semua {count} produk",
  "lapas.page.noProducts": "Lapas ini belum punya produk yang dijual saat ini.",

  "impact.product.title": "Dampak pembelian Anda",
  "impact.product.lead": "Dari setiap pembelian 1 unit seharga {price}:",
  "impact.product.leadVariant": "Dari setiap pembelian 1 unit {variant} seharga {price}:",
  "impact.product.premiAtLeast": "Setidaknya {amount} untuk premi warga binaan ({percent}% dari laba)",
  "impact.product.premiUnder": "Kurang dari {amount} untuk premi warga binaan ({percent}% dari laba)",
  "impact.product.pnbpShare": "{percent}% dari laba untuk negara sebagai PNBP",
  "impact.product.capitalShare": "Sisa laba ({percent}%) kembali ke modal bengkel kerja",
  "impact.product.note":
    "Premi dibulatkan ke bawah ke kelipatan {step}; biaya produksi (HPP) tidak ditampilkan. Dihitung sistem dari harga, HPP dan aturan bagi hasil yang berlaku untuk lapas ini.",
  "impact.product.noProfit":
    "Dengan harga dan biaya produksi saat ini, penjualan produk ini belum menghasilkan keuntungan, jadi belum ada premi atau PNBP darinya. Pembelian Anda tetap menutup biaya bahan dan menjaga bengkel kerja tetap berjalan.",
  "impact.product.learnMore": "Bagaimana bagi hasil bekerja",

  "impact.national.title": "Dampak sejauh ini",
  "impact.national.howItWorks": "Cara kerjanya",
  "impact.national.premi": "Premi untuk warga binaan",
  "impact.national.pnbp": "PNBP untuk negara",
  "impact.national.orders": "Pesanan",
  "impact.national.capital": "Kembali ke modal bengkel kerja",
  "impact.national.lapas": "Lapas aktif",
  "impact.national.products": "Produk dijual",
  "impact.national.asOf": "Angka per {date}, dari pembukuan bagi hasil setiap penjualan yang sudah dibayar.",
  "impact.national.noSalesYet": "Belum ada penjualan yang dibukukan. Premi dan PNBP dari pembelian pertama akan langsung tercatat di sini.",
  "impact.national.unavailable": "Angka dampak sedang tidak dapat dimuat. Silakan coba lagi nanti.",

  "makers.title": "Cerita pembuat",
  "makers.anonymous": "Seorang pembuat",
  "makers.consent":
    "Ditampilkan dengan persetujuan pembuatnya, hanya dengan nama panggilan. Identitas warga binaan tidak pernah kami tampilkan.",

  "about.title": "Tentang Karya Binaan",
  "about.description":
    "Ke mana uang Anda pergi: keuntungan setiap penjualan dibagi untuk modal bengkel kerja, premi warga binaan dan PNBP negara.",
  "about.intro":
    "Karya Binaan adalah toko daring nasional untuk produk buatan warga binaan lembaga pemasyarakatan (lapas). Setiap lapas menjual karyanya sendiri, menetapkan harganya, dan mengirim pesanan langsung dari bengkel kerjanya.",
  "about.split.title": "Ke mana uang Anda pergi",
  "about.split.body":
    "Dari setiap penjualan, biaya produksi (HPP: bahan dan biaya lain per unit) kembali lebih dulu ke bengkel kerja. Keuntungan sesudahnya dibagi menurut aturan Ditjenpas:",
  "about.split.barLabel": "Pembagian keuntungan: 50% modal, 35% premi, 15% PNBP",
  "about.split.capital.name": "modal",
  "about.split.capital.body": "kembali ke bengkel kerja untuk bahan dan produksi berikutnya.",
  "about.split.premi.name": "premi",
  "about.split.premi.body": "untuk warga binaan yang membuat produk itu.",
  "about.split.pnbp.name": "PNBP",
  "about.split.pnbp.body": "disetor ke kas negara sebagai Penerimaan Negara Bukan Pajak.",
  "about.split.policy":
    "Persentase ini adalah kebijakan, bukan angka tetap: bisa berubah menurut peraturan atau perjanjian kemitraan sebuah lapas. Di halaman setiap produk, sistem menghitung angka sebenarnya untuk lapas itu.",
  "about.split.example":
    "Contoh: produk seharga Rp 35.000 dengan HPP Rp 15.000 menghasilkan keuntungan Rp 20.000, yaitu Rp 10.000 untuk modal, Rp 7.000 premi warga binaan dan Rp 3.000 PNBP. Jika harga tidak melampaui HPP, tidak ada premi maupun PNBP.",
  "about.premi.title": "Bagaimana premi sampai ke warga binaan",
  "about.premi.step1": "Saat pembayaran Anda diterima, bagian premi setiap baris pesanan dibukukan untuk lapas pembuatnya.",
  "about.premi.step2": "Lapas mencatat premi atas nama warga binaan yang ikut mengerjakan produksi itu.",
  "about.premi.step3":
    "Premi disimpan sebagai tabungan, kadang di rekening bank, sebagian bisa dipakai untuk kebutuhan selama di dalam.",
  "about.premi.step4": "Sisanya dibayarkan saat warga binaan bebas, sebagai bekal memulai hidup baru.",
  "about.pnbp.title": "PNBP untuk negara",
  "about.pnbp.body":
    "Bagian PNBP disetor lapas ke kas negara melalui sistem SIMPONI. Setiap setoran mendapat nomor bukti NTPN dan dilaporkan per satuan kerja, sehingga dapat diaudit.",
  "about.privacy.title": "Identitas warga binaan terlindungi",
  "about.privacy.body":
    "Kami tidak pernah menampilkan nama lengkap, nomor registrasi atau perkara warga binaan. Cerita pembuat hanya muncul bila yang bersangkutan setuju, dengan nama panggilan atau samaran.",

  "notFound.lapas": "Lihat lapas pembuat",
  "notFound.search": "Cari produk",
  "notFound.categories": "Atau telusuri kategori",
  "error.help": "Sementara itu, Anda bisa melihat produk lain atau mengenal lapas pembuatnya.",
} as const satisfies Record<string, string>
