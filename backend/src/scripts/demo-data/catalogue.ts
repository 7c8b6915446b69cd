/**
 * Demo catalogue for Karya Binaan: eight lapas, five categories, four curated collections
 * and the products their workshops make (see shared DOMAIN.md). Plain data, no framework imports, so the seed
 * script, tests and the image renderer can all use it.
 *
 * Licence numbers, addresses and postal codes are plausible demo values, not real registrations.
 * No inmate is named anywhere: products are credited to the workshop (bengkel kerja) only.
 */

export type TimeZone = "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura"

export interface DemoLapas {
  handle: string
  name: string
  class: "Kelas I" | "Kelas IIA" | "Kelas IIB" | "Kelas III" | "Rutan" | "Bapas"
  city: string
  province: string
  time_zone: TimeZone
  address: string
  postal_code: string
  partner: string
  story: string
}

export interface DemoCategory {
  handle: string
  name: string
  name_en: string
  description: string
}

export interface DemoCollection {
  handle: string
  title: string
  title_en: string
  description: string
  /** DemoProduct handles; a product belongs to at most one collection (Medusa's product.collection_id). */
  products: string[]
}

export interface DemoVariant {
  title: string
  sku: string
  options: Record<string, string>
  /** whole rupiah */
  price: number
  stock: number
}

export type ImageMotif =
  | "jar"
  | "bottle"
  | "sachet"
  | "bread"
  | "chair"
  | "table"
  | "sofa"
  | "mirror"
  | "clock"
  | "painting"
  | "sculpture"
  | "box"
  | "hat"
  | "batik"
  | "glove"
  | "bucket"
  | "plant"
  | "bag"

export interface DemoProduct {
  handle: string
  title: string
  subtitle: string
  description: string
  /** DemoCategory handle */
  category: string
  /** DemoLapas handle */
  lapas: string
  weight_grams: number
  /** Packed size in centimetres (length, width, height) where volume, not weight, sets the courier's price. */
  dimensions_cm?: [number, number, number]
  options: { title: string; values: string[] }[]
  variants: DemoVariant[]
  tags: string[]
  licences?: { pirt?: string; bpom_md?: string; halal?: string }
  image: { motif: ImageMotif; palette: [string, string, string] }
}

// ---------------------------------------------------------------------------
// Lapas
// ---------------------------------------------------------------------------

export const LAPAS: DemoLapas[] = [
  {
    handle: "lapas-bojonegoro",
    name: "Lapas Kelas IIA Bojonegoro",
    class: "Kelas IIA",
    city: "Bojonegoro",
    province: "Jawa Timur",
    time_zone: "Asia/Jakarta",
    address: "Jl. Diponegoro No. 1, Kadipaten, Bojonegoro",
    postal_code: "62111",
    partner: "LPK Andre",
    story:
      "Bengkel kerja Lapas Bojonegoro mengolah hasil bumi sekitar Bengawan Solo menjadi minuman rempah instan, jamu dan olahan lidah buaya. Bersama LPK Andre, warga binaan dilatih menimbang, memasak dan mengemas sesuai standar pangan industri rumah tangga. Setiap kemasan yang terjual ikut membiayai bahan produksi berikutnya dan premi bagi pembuatnya.",
  },
  {
    handle: "lapas-tanjungpinang",
    name: "Lapas Kelas IIA Tanjungpinang",
    class: "Kelas IIA",
    city: "Tanjungpinang",
    province: "Kepulauan Riau",
    time_zone: "Asia/Jakarta",
    address: "Jl. Gatot Subroto Km 5, Kampung Bulang, Tanjungpinang Timur",
    postal_code: "29122",
    partner: "Balai Latihan Kerja dan Dinas Pertanian Provinsi Kepulauan Riau",
    story:
      "Di bengkel kayu Lapas Tanjungpinang, warga binaan membuat kotak tisu, cermin hias, meja dan jam kayu, serta tanjak, penutup kepala khas Melayu. Pelatihan dari balai latihan kerja provinsi membantu mereka menguasai pertukangan dan jahit yang bisa dibawa pulang setelah bebas. Motif dan bentuknya banyak terinspirasi budaya Melayu Kepulauan Riau.",
  },
  {
    handle: "lapas-surabaya",
    name: "Lapas Kelas I Surabaya",
    class: "Kelas I",
    city: "Sidoarjo",
    province: "Jawa Timur",
    time_zone: "Asia/Jakarta",
    address: "Jl. Raya Porong, Kebonagung, Porong, Sidoarjo",
    postal_code: "61274",
    partner: "PT Bahari Mitra Surya",
    story:
      "Lapas Kelas I Surabaya di Porong menjalankan bengkel kerja berskala industri untuk mebel kayu jati, lukisan dan patung. Bersama PT Bahari Mitra Surya, produknya dikerjakan dengan standar ekspor, mulai dari pemilihan kayu hingga finishing. Warga binaan belajar keterampilan pertukangan yang dicari industri mebel Jawa Timur.",
  },
  {
    handle: "lapas-semarang",
    name: "Lapas Kelas I Semarang",
    class: "Kelas I",
    city: "Semarang",
    province: "Jawa Tengah",
    time_zone: "Asia/Jakarta",
    address: "Jl. Raya Semarang–Boja Km 4, Kedungpane, Mijen",
    postal_code: "50211",
    partner: "PT Philnesia International",
    story:
      "Bengkel rotan sintetis Lapas Semarang menganyam kursi, meja dan set sofa teras untuk pasar dalam dan luar negeri. Kemitraan dengan PT Philnesia International menyediakan rangka, bahan dan kendali mutu, sementara warga binaan mengerjakan anyaman tangan yang rapi dan kuat. Keterampilan menganyam ini banyak dibutuhkan industri mebel di Jawa Tengah.",
  },
  {
    handle: "lapas-tangerang",
    name: "Lapas Kelas I Tangerang",
    class: "Kelas I",
    city: "Tangerang",
    province: "Banten",
    time_zone: "Asia/Jakarta",
    address: "Jl. Veteran No. 2, Babakan, Tangerang",
    postal_code: "15118",
    partner: "Yayasan Second Chance Foundation dan PT Swen Inovasi Transfer",
    story:
      "Dapur dan toko roti Lapas Tangerang memanggang roti tawar, roti manis dan kue setiap hari, sementara kebunnya menanam sayur untuk dijual. Bersama Yayasan Second Chance Foundation dan PT Swen Inovasi Transfer, warga binaan dilatih sebagai tukang roti dan pengolah pangan. Banyak lulusannya kini bekerja atau membuka usaha kuliner setelah bebas.",
  },
  {
    handle: "lapas-narkotika-jakarta",
    name: "Lapas Kelas IIA Narkotika Jakarta",
    class: "Kelas IIA",
    city: "Jakarta Timur",
    province: "DKI Jakarta",
    time_zone: "Asia/Jakarta",
    address: "Jl. Raya Bekasi Timur No. 170, Cipinang Besar Utara, Jatinegara",
    postal_code: "13410",
    partner: "Yayasan Puspa Antariksa",
    story:
      "Di tengah Jakarta, Lapas Narkotika mengelola kebun hidroponik dan pembibitan tanaman yang hasilnya dijual segar setiap pekan. Bersama Yayasan Puspa Antariksa, warga binaan juga belajar meracik sabun dan lulur herbal dari bahan alami. Kegiatan ini menjadi bagian dari pemulihan dan bekal kerja setelah kembali ke masyarakat.",
  },
  {
    handle: "lapas-cikarang",
    name: "Lapas Kelas IIA Cikarang",
    class: "Kelas IIA",
    city: "Kabupaten Bekasi",
    province: "Jawa Barat",
    time_zone: "Asia/Jakarta",
    address: "Jl. Raya Teuku Umar, Telajung, Cikarang Barat",
    postal_code: "17530",
    partner: "PT Glori Karsa Abadi",
    story:
      "Bengkel kerja Lapas Cikarang mencetak perlengkapan rumah tangga dari plastik berstandar ekspor, seperti ember, baskom dan rak. Mesin dan desainnya disediakan PT Glori Karsa Abadi, sedangkan warga binaan menjalankan produksi, merapikan hasil cetak dan mengemas. Pengalaman kerja di lini produksi ini dekat dengan kebutuhan kawasan industri Cikarang.",
  },
  {
    handle: "lapas-ambarawa",
    name: "Lapas Kelas IIA Ambarawa",
    class: "Kelas IIA",
    city: "Kabupaten Semarang",
    province: "Jawa Tengah",
    time_zone: "Asia/Jakarta",
    address: "Jl. Pemuda No. 1, Lodoyong, Ambarawa",
    postal_code: "50614",
    partner: "PT Inko Java",
    story:
      "Lapas Ambarawa, yang menempati bekas Benteng Willem I, menjahit sarung tangan softball dari kulit untuk PT Inko Java. Warga binaan mengerjakan pemotongan pola, penjahitan dan pemasangan tali dengan standar pabrik. Sarung tangan yang sama dipakai klub dan atlet di dalam maupun luar negeri.",
  },
]

// ---------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------

export const CATEGORIES: DemoCategory[] = [
  {
    handle: "makanan-minuman",
    name: "Makanan & Minuman",
    name_en: "Food & Drink",
    description:
      "Minuman rempah instan, jamu, roti, kue dan sayur segar dari dapur dan kebun lapas, lengkap dengan izin edar.",
  },
  {
    handle: "furnitur",
    name: "Furnitur",
    name_en: "Furniture",
    description:
      "Mebel kayu jati, rotan sintetis dan meja hias buatan bengkel kerja lapas, dikerjakan dengan standar industri.",
  },
  {
    handle: "kerajinan",
    name: "Kerajinan",
    name_en: "Crafts",
    description:
      "Kotak tisu, tanjak, cermin hias, jam kayu, lukisan, patung dan batik karya tangan warga binaan.",
  },
  {
    handle: "rumah-tangga",
    name: "Rumah Tangga",
    name_en: "Household",
    description:
      "Perlengkapan rumah dan kebun sehari-hari: perabot plastik, sabun herbal, bibit tanaman dan pupuk.",
  },
  {
    handle: "olahraga",
    name: "Olahraga",
    name_en: "Sports",
    description: "Sarung tangan dan perlengkapan softball dari kulit, dijahit sesuai standar pabrik.",
  },
]

// ---------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------

const STANDARD = [{ title: "Ukuran", values: ["Standar"] }]

/** The one variant of a product sold in a single form. */
function single(sku: string, price: number, stock: number): DemoVariant[] {
  return [{ title: "Standar", sku, options: { Ukuran: "Standar" }, price, stock }]
}

export const PRODUCTS: DemoProduct[] = [
  // --- Lapas Kelas IIA Bojonegoro: minuman rempah, jamu, lidah buaya, jagung, pupuk cair ---
  {
    handle: "jahe-instan",
    title: "Jahe Instan Bojonegoro",
    subtitle: "Minuman jahe merah instan dengan gula aren",
    description:
      "Serbuk jahe merah instan yang dibuat dari jahe petani Bojonegoro dan gula aren, tanpa pengawet. Cukup seduh satu sendok makan dengan 150 ml air panas untuk menghangatkan badan. Dibuat oleh warga binaan di bengkel kerja Lapas Bojonegoro dengan pendampingan LPK Andre.",
    category: "makanan-minuman",
    lapas: "lapas-bojonegoro",
    weight_grams: 280,
    options: [{ title: "Ukuran", values: ["250 g", "500 g"] }],
    variants: [
      { title: "250 g", sku: "KB-BJN-JAHE-250", options: { Ukuran: "250 g" }, price: 25_000, stock: 120 },
      { title: "500 g", sku: "KB-BJN-JAHE-500", options: { Ukuran: "500 g" }, price: 45_000, stock: 60 },
    ],
    tags: ["rempah", "minuman", "herbal"],
    licences: { pirt: "206352201012327", halal: "ID35110000123450923" },
    image: { motif: "jar", palette: ["#F6E7C8", "#C8642B", "#7A3B12"] },
  },
  {
    handle: "kunyit-instan",
    title: "Kunyit Instan Bojonegoro",
    subtitle: "Minuman kunyit asam instan",
    description:
      "Serbuk kunyit instan dengan sedikit asam jawa, segar diminum hangat maupun dingin. Diolah dari kunyit pilihan yang dicuci, diparut dan dikristalkan bersama gula pasir. Dibuat oleh warga binaan di bengkel kerja Lapas Bojonegoro.",
    category: "makanan-minuman",
    lapas: "lapas-bojonegoro",
    weight_grams: 280,
    options: [{ title: "Ukuran", values: ["250 g", "500 g"] }],
    variants: [
      { title: "250 g", sku: "KB-BJN-KUNYIT-250", options: { Ukuran: "250 g" }, price: 23_000, stock: 100 },
      { title: "500 g", sku: "KB-BJN-KUNYIT-500", options: { Ukuran: "500 g" }, price: 42_000, stock: 50 },
    ],
    tags: ["rempah", "minuman", "herbal"],
    licences: { pirt: "206352201022327", halal: "ID35110000123460923" },
    image: { motif: "jar", palette: ["#FFF3C4", "#E8A317", "#8A5A00"] },
  },
  {
    handle: "temulawak-instan",
    title: "Temulawak Instan",
    subtitle: "Minuman temulawak instan 250 g",
    description:
      "Serbuk temulawak instan beraroma khas rempah, cocok diminum pagi hari. Dikemas dalam toples plastik 250 g yang mudah ditutup kembali. Dibuat oleh warga binaan di bengkel kerja Lapas Bojonegoro.",
    category: "makanan-minuman",
    lapas: "lapas-bojonegoro",
    weight_grams: 280,
    options: STANDARD,
    variants: single("KB-BJN-TEMU-250", 25_000, 80),
    tags: ["rempah", "minuman", "herbal"],
    licences: { pirt: "206352201032327", halal: "ID35110000123470923" },
    image: { motif: "jar", palette: ["#FBEBD0", "#D98B2B", "#5E3A10"] },
  },
  {
    handle: "jamu-beras-kencur",
    title: "Jamu Beras Kencur",
    subtitle: "Jamu siap minum, botol 250 ml",
    description:
      "Jamu beras kencur siap minum dari beras, kencur dan gula jawa, direbus dan disaring setiap hari produksi. Simpan di lemari pendingin dan habiskan dalam tiga hari. Dibuat oleh warga binaan di dapur bengkel kerja Lapas Bojonegoro.",
    category: "makanan-minuman",
    lapas: "lapas-bojonegoro",
    weight_grams: 300,
    options: STANDARD,
    variants: single("KB-BJN-JAMU-BK", 12_000, 40),
    tags: ["jamu", "minuman", "herbal"],
    licences: { pirt: "210352201042327", halal: "ID35110000123480923" },
    image: { motif: "bottle", palette: ["#F4F0DC", "#D9B46A", "#6B8E23"] },
  },
  {
    handle: "sirup-lidah-buaya",
    title: "Sirup Lidah Buaya",
    subtitle: "Sirup dengan potongan lidah buaya, 500 ml",
    description:
      "Sirup manis dengan potongan daging lidah buaya yang kenyal, nikmat dicampur air dingin atau es. Lidah buaya ditanam sendiri di kebun lapas lalu dibersihkan dan diolah di dapur produksi. Dibuat oleh warga binaan di bengkel kerja Lapas Bojonegoro.",
    category: "makanan-minuman",
    lapas: "lapas-bojonegoro",
    weight_grams: 650,
    options: STANDARD,
    variants: single("KB-BJN-ALOE-SRP", 30_000, 45),
    tags: ["lidah-buaya", "minuman"],
    licences: { pirt: "210352201052327", halal: "ID35110000123490923" },
    image: { motif: "bottle", palette: ["#E6F4E1", "#7CB342", "#2E5E1E"] },
  },
  {
    handle: "dodol-lidah-buaya",
    title: "Dodol Lidah Buaya",
    subtitle: "Camilan dodol lidah buaya 250 g",
    description:
      "Dodol lembut dari lidah buaya, gula dan tepung ketan, dibungkus satu per satu dengan plastik. Cocok sebagai oleh-oleh khas Bojonegoro. Dibuat oleh warga binaan di bengkel kerja Lapas Bojonegoro.",
    category: "makanan-minuman",
    lapas: "lapas-bojonegoro",
    weight_grams: 270,
    options: STANDARD,
    variants: single("KB-BJN-ALOE-DDL", 20_000, 70),
    tags: ["lidah-buaya", "camilan", "oleh-oleh"],
    licences: { pirt: "203352201062327", halal: "ID35110000123500923" },
    image: { motif: "box", palette: ["#EEF6E8", "#8BC34A", "#33691E"] },
  },
  {
    handle: "keripik-jagung",
    title: "Keripik Jagung",
    subtitle: "Keripik jagung renyah 200 g",
    description:
      "Keripik renyah dari jagung pipil Bojonegoro yang direbus, dipipihkan lalu digoreng. Tersedia rasa original yang gurih dan balado yang pedas manis. Dibuat oleh warga binaan di bengkel kerja Lapas Bojonegoro.",
    category: "makanan-minuman",
    lapas: "lapas-bojonegoro",
    weight_grams: 220,
    options: [{ title: "Rasa", values: ["Original", "Balado"] }],
    variants: [
      { title: "Original", sku: "KB-BJN-JAGUNG-ORI", options: { Rasa: "Original" }, price: 15_000, stock: 90 },
      { title: "Balado", sku: "KB-BJN-JAGUNG-BLD", options: { Rasa: "Balado" }, price: 16_000, stock: 90 },
    ],
    tags: ["jagung", "camilan"],
    licences: { pirt: "203352201072327", halal: "ID35110000123510923" },
    image: { motif: "sachet", palette: ["#FFF6D5", "#F2B705", "#B23A12"] },
  },
  {
    handle: "pupuk-cair-organik",
    title: "Pupuk Cair Organik",
    subtitle: "Pupuk organik cair 1 liter",
    description:
      "Pupuk organik cair hasil fermentasi limbah sayur dan kotoran ternak, untuk tanaman sayur, buah dan tanaman hias. Larutkan 10 ml dalam 1 liter air lalu siramkan ke tanah seminggu sekali. Dibuat oleh warga binaan di unit pertanian Lapas Bojonegoro.",
    category: "rumah-tangga",
    lapas: "lapas-bojonegoro",
    weight_grams: 1_150,
    options: STANDARD,
    variants: single("KB-BJN-POC-1L", 35_000, 60),
    tags: ["pertanian", "kebun", "organik"],
    image: { motif: "bottle", palette: ["#EDE6D6", "#6D4C41", "#558B2F"] },
  },

  // --- Lapas Kelas IIA Tanjungpinang: kerajinan kayu, tanjak, cermin, lukisan, meja, jam ---
  {
    handle: "kotak-tisu-kayu",
    title: "Kotak Tisu Kayu Ukir",
    subtitle: "Kotak tisu kayu dengan ukiran motif Melayu",
    description:
      "Kotak tisu dari kayu mahoni berukuran 25 × 13 × 10 cm dengan ukiran pucuk rebung khas Melayu di sisi tutupnya. Alasnya bisa digeser untuk mengganti tisu dengan mudah. Dibuat oleh warga binaan di bengkel kayu Lapas Tanjungpinang.",
    category: "kerajinan",
    lapas: "lapas-tanjungpinang",
    weight_grams: 900,
    options: STANDARD,
    variants: single("KB-TPI-TISU", 75_000, 40),
    tags: ["kayu", "ukir", "tisu"],
    image: { motif: "box", palette: ["#F3E9DD", "#8D5A3B", "#D7B98E"] },
  },
  {
    handle: "tanjak-melayu",
    title: "Tanjak Melayu",
    subtitle: "Penutup kepala tradisional Melayu dari kain songket",
    description:
      "Tanjak, penutup kepala khas Melayu Kepulauan Riau, dilipat dari kain bermotif songket dan dijahit agar bentuknya kokoh. Lingkar kepala 56–58 cm, cocok untuk acara adat, pernikahan dan hari besar. Dibuat oleh warga binaan di bengkel jahit Lapas Tanjungpinang.",
    category: "kerajinan",
    lapas: "lapas-tanjungpinang",
    weight_grams: 250,
    options: [{ title: "Warna", values: ["Merah", "Hitam", "Kuning"] }],
    variants: [
      { title: "Merah", sku: "KB-TPI-TANJAK-MRH", options: { Warna: "Merah" }, price: 85_000, stock: 25 },
      { title: "Hitam", sku: "KB-TPI-TANJAK-HTM", options: { Warna: "Hitam" }, price: 85_000, stock: 25 },
      { title: "Kuning", sku: "KB-TPI-TANJAK-KNG", options: { Warna: "Kuning" }, price: 85_000, stock: 15 },
    ],
    tags: ["melayu", "busana", "adat"],
    image: { motif: "hat", palette: ["#FBEFE3", "#A61C1C", "#E0B341"] },
  },
  {
    handle: "kursi-kayu-tanjungpinang",
    title: "Kursi Kayu Jati Belanda",
    subtitle: "Kursi kayu dengan sandaran bilah",
    description:
      "Kursi kayu jati belanda dengan sandaran bilah dan dudukan 42 × 42 cm, finishing pernis natural. Kokoh untuk ruang makan, teras atau kafe. Dibuat oleh warga binaan di bengkel kayu Lapas Tanjungpinang.",
    category: "furnitur",
    lapas: "lapas-tanjungpinang",
    weight_grams: 6_500,
    dimensions_cm: [55, 55, 95],
    options: STANDARD,
    variants: single("KB-TPI-KURSI", 650_000, 8),
    tags: ["kayu", "kursi"],
    image: { motif: "chair", palette: ["#EFE7DA", "#A0703F", "#5A3A1E"] },
  },
  {
    handle: "cermin-hias-ukir",
    title: "Cermin Hias Bingkai Ukir",
    subtitle: "Cermin dinding oval 50 × 70 cm",
    description:
      "Cermin dinding oval berukuran 50 × 70 cm dengan bingkai kayu berukir motif daun dan finishing cokelat tua. Cocok untuk ruang tamu atau kamar tidur. Dibuat oleh warga binaan di bengkel kayu Lapas Tanjungpinang.",
    category: "kerajinan",
    lapas: "lapas-tanjungpinang",
    weight_grams: 4_000,
    dimensions_cm: [80, 8, 100],
    options: STANDARD,
    variants: single("KB-TPI-CERMIN", 350_000, 10),
    tags: ["kayu", "ukir", "dekorasi"],
    image: { motif: "mirror", palette: ["#F1ECE4", "#6B4226", "#BFD7EA"] },
  },
  {
    handle: "lukisan-pesisir-bintan",
    title: "Lukisan Pesisir Bintan",
    subtitle: "Lukisan cat akrilik di kanvas 60 × 40 cm",
    description:
      "Lukisan cat akrilik pemandangan perahu nelayan dan rumah panggung di pesisir Pulau Bintan, di atas kanvas 60 × 40 cm berbingkai kayu. Setiap lukisan dibuat satu per satu sehingga tidak ada dua yang sama persis. Dibuat oleh warga binaan di sanggar seni Lapas Tanjungpinang.",
    category: "kerajinan",
    lapas: "lapas-tanjungpinang",
    weight_grams: 2_000,
    options: STANDARD,
    variants: single("KB-TPI-LUKISAN", 750_000, 5),
    tags: ["lukisan", "seni", "dekorasi"],
    image: { motif: "painting", palette: ["#E8F1F5", "#3B6E8F", "#F2A65A"] },
  },
  {
    handle: "meja-hias-tanjungpinang",
    title: "Meja Hias Kayu",
    subtitle: "Meja sudut bulat 50 cm",
    description:
      "Meja sudut bulat berdiameter 50 cm dan tinggi 60 cm dari kayu jati belanda dengan kaki berukir. Pas untuk meletakkan vas, lampu atau bingkai foto. Dibuat oleh warga binaan di bengkel kayu Lapas Tanjungpinang.",
    category: "furnitur",
    lapas: "lapas-tanjungpinang",
    weight_grams: 7_000,
    dimensions_cm: [60, 60, 75],
    options: STANDARD,
    variants: single("KB-TPI-MEJA", 900_000, 6),
    tags: ["kayu", "meja", "dekorasi"],
    image: { motif: "table", palette: ["#F4EDE4", "#7B4B2A", "#C0392B"] },
  },
  {
    handle: "jam-dinding-kayu",
    title: "Jam Dinding Kayu",
    subtitle: "Jam dinding kayu diameter 30 cm",
    description:
      "Jam dinding dari papan kayu bulat berdiameter 30 cm dengan angka ukir dan mesin jam sweep yang tidak berdetak. Menggunakan satu baterai AA. Dibuat oleh warga binaan di bengkel kayu Lapas Tanjungpinang.",
    category: "kerajinan",
    lapas: "lapas-tanjungpinang",
    weight_grams: 1_200,
    options: STANDARD,
    variants: single("KB-TPI-JAM", 175_000, 20),
    tags: ["kayu", "jam", "dekorasi"],
    image: { motif: "clock", palette: ["#EAF0E6", "#9C6B3F", "#2F3B2F"] },
  },

  // --- Lapas Kelas I Surabaya (Porong): mebel ekspor, lukisan, patung ---
  {
    handle: "kursi-makan-jati",
    title: "Kursi Makan Jati Minimalis",
    subtitle: "Kursi makan kayu jati dengan dudukan rotan",
    description:
      "Kursi makan dari kayu jati perhutani dengan dudukan anyaman rotan alami dan finishing melamin doff. Ukuran 45 × 50 × 90 cm, dikerjakan dengan sambungan pasak sesuai standar ekspor. Dibuat oleh warga binaan di bengkel mebel Lapas Kelas I Surabaya bersama PT Bahari Mitra Surya.",
    category: "furnitur",
    lapas: "lapas-surabaya",
    weight_grams: 7_500,
    dimensions_cm: [50, 50, 95],
    options: STANDARD,
    variants: single("KB-SBY-KURSI-MKN", 1_250_000, 12),
    tags: ["jati", "kursi", "ekspor"],
    image: { motif: "chair", palette: ["#F2EADF", "#8B5A2B", "#D2B48C"] },
  },
  {
    handle: "meja-makan-jati",
    title: "Meja Makan Jati 6 Kursi",
    subtitle: "Meja makan kayu jati 180 × 90 cm",
    description:
      "Meja makan kayu jati solid berukuran 180 × 90 × 76 cm untuk enam orang, dengan daun meja tebal 3 cm. Dikerjakan dan diampelas halus lalu dilapisi finishing tahan air. Dibuat oleh warga binaan di bengkel mebel Lapas Kelas I Surabaya; harga belum termasuk kursi.",
    category: "furnitur",
    lapas: "lapas-surabaya",
    weight_grams: 45_000,
    dimensions_cm: [160, 90, 20],
    options: STANDARD,
    variants: single("KB-SBY-MEJA-MKN", 4_750_000, 5),
    tags: ["jati", "meja", "ekspor"],
    image: { motif: "table", palette: ["#EFE6D8", "#7A4A22", "#3E7C59"] },
  },
  {
    handle: "sofa-jati-tiga-dudukan",
    title: "Sofa Jati Tiga Dudukan",
    subtitle: "Sofa rangka jati dengan bantalan busa",
    description:
      "Sofa tiga dudukan berangka kayu jati dengan bantalan busa padat berlapis kain kanvas yang bisa dilepas dan dicuci. Ukuran 190 × 80 × 85 cm. Dibuat oleh warga binaan di bengkel mebel Lapas Kelas I Surabaya dengan standar ekspor PT Bahari Mitra Surya.",
    category: "furnitur",
    lapas: "lapas-surabaya",
    weight_grams: 38_000,
    dimensions_cm: [190, 80, 45],
    options: STANDARD,
    variants: single("KB-SBY-SOFA", 6_500_000, 5),
    tags: ["jati", "sofa", "ekspor"],
    image: { motif: "sofa", palette: ["#F0ECE6", "#B5835A", "#5B6C5D"] },
  },
  {
    handle: "lukisan-kanvas-surabaya",
    title: "Lukisan Kanvas Suramadu Senja",
    subtitle: "Lukisan cat minyak 80 × 60 cm",
    description:
      "Lukisan cat minyak Jembatan Suramadu saat senja di atas kanvas 80 × 60 cm, dibingkai kayu jati. Karya asli satu-satunya, dilengkapi keterangan sanggar pada bagian belakang. Dibuat oleh warga binaan di sanggar seni Lapas Kelas I Surabaya.",
    category: "kerajinan",
    lapas: "lapas-surabaya",
    weight_grams: 3_000,
    options: STANDARD,
    variants: single("KB-SBY-LUKISAN", 1_500_000, 5),
    tags: ["lukisan", "seni", "dekorasi"],
    image: { motif: "painting", palette: ["#FCEBDD", "#5C3A21", "#E4572E"] },
  },
  {
    handle: "patung-kayu-penari",
    title: "Patung Kayu Penari Remo",
    subtitle: "Patung kayu suar setinggi 40 cm",
    description:
      "Patung penari Remo khas Jawa Timur dipahat dari kayu suar utuh setinggi 40 cm, dengan alas kayu yang stabil. Diselesaikan dengan minyak kayu agar seratnya tampak alami. Dibuat oleh warga binaan di bengkel ukir Lapas Kelas I Surabaya.",
    category: "kerajinan",
    lapas: "lapas-surabaya",
    weight_grams: 2_500,
    options: STANDARD,
    variants: single("KB-SBY-PATUNG", 850_000, 6),
    tags: ["patung", "seni", "kayu"],
    image: { motif: "sculpture", palette: ["#EEE8E0", "#7B5233", "#C9A27E"] },
  },
  {
    handle: "batik-tulis-porong",
    title: "Batik Tulis Motif Sekar Jagad",
    subtitle: "Kain batik tulis katun 2 × 1,15 m",
    description:
      "Kain batik tulis motif sekar jagad di atas katun primissima berukuran 2 × 1,15 m, diwarnai dengan pewarna sintetis yang tidak mudah luntur. Cocok dijahit menjadi kemeja atau dipakai sebagai kain. Dibuat oleh warga binaan di bengkel batik Lapas Kelas I Surabaya.",
    category: "kerajinan",
    lapas: "lapas-surabaya",
    weight_grams: 400,
    options: STANDARD,
    variants: single("KB-SBY-BATIK", 450_000, 15),
    tags: ["batik", "kain", "busana"],
    image: { motif: "batik", palette: ["#F5EBDD", "#6B3E26", "#1F3A5F"] },
  },
  {
    handle: "kotak-perhiasan-ukir",
    title: "Kotak Perhiasan Ukir",
    subtitle: "Kotak perhiasan kayu jati 20 × 12 cm",
    description:
      "Kotak perhiasan dari kayu jati berukuran 20 × 12 × 8 cm dengan tutup berukir dan lapisan beludru merah di dalamnya. Cocok untuk cincin, kalung atau sebagai hadiah. Dibuat oleh warga binaan di bengkel ukir Lapas Kelas I Surabaya.",
    category: "kerajinan",
    lapas: "lapas-surabaya",
    weight_grams: 700,
    options: STANDARD,
    variants: single("KB-SBY-KOTAK", 225_000, 25),
    tags: ["kayu", "ukir", "hadiah"],
    image: { motif: "box", palette: ["#F6EEE6", "#7A4A2A", "#9B1B30"] },
  },

  // --- Lapas Kelas I Semarang: furnitur rotan sintetis ---
  {
    handle: "set-sofa-rotan-sintetis",
    title: "Set Sofa Rotan Sintetis",
    subtitle: "Sofa 3 dudukan, 2 kursi dan meja kaca",
    description:
      "Satu set sofa teras dari anyaman rotan sintetis di atas rangka aluminium: sofa tiga dudukan, dua kursi tunggal dan meja kaca, lengkap dengan bantalan. Tahan panas dan hujan sehingga cocok untuk teras dan taman. Dianyam oleh warga binaan di bengkel rotan Lapas Kelas I Semarang bersama PT Philnesia International.",
    category: "furnitur",
    lapas: "lapas-semarang",
    weight_grams: 42_000,
    dimensions_cm: [120, 80, 60],
    options: STANDARD,
    variants: single("KB-SMG-SET-SOFA", 4_500_000, 5),
    tags: ["rotan", "sofa", "teras"],
    image: { motif: "sofa", palette: ["#EAE6DF", "#4E3B31", "#D9CBB5"] },
  },
  {
    handle: "kursi-teras-rotan-sintetis",
    title: "Kursi Teras Rotan Sintetis",
    subtitle: "Kursi santai anyaman rotan sintetis",
    description:
      "Kursi santai teras dari rotan sintetis anyaman rapat dengan rangka aluminium anti karat, ukuran 65 × 70 × 80 cm. Termasuk bantalan dudukan yang sarungnya bisa dicuci. Dianyam oleh warga binaan di bengkel rotan Lapas Kelas I Semarang.",
    category: "furnitur",
    lapas: "lapas-semarang",
    weight_grams: 8_000,
    dimensions_cm: [65, 65, 80],
    options: [{ title: "Warna", values: ["Hitam", "Cokelat"] }],
    variants: [
      { title: "Hitam", sku: "KB-SMG-KURSI-HTM", options: { Warna: "Hitam" }, price: 850_000, stock: 10 },
      { title: "Cokelat", sku: "KB-SMG-KURSI-CKL", options: { Warna: "Cokelat" }, price: 850_000, stock: 12 },
    ],
    tags: ["rotan", "kursi", "teras"],
    image: { motif: "chair", palette: ["#E9E4DA", "#3E3A36", "#B08D57"] },
  },
  {
    handle: "meja-kopi-rotan-sintetis",
    title: "Meja Kopi Rotan Sintetis",
    subtitle: "Meja kopi bulat dengan kaca 8 mm",
    description:
      "Meja kopi bulat berdiameter 70 cm dari anyaman rotan sintetis dengan daun meja kaca tempered 8 mm. Ringan dipindahkan dan tahan cuaca. Dianyam oleh warga binaan di bengkel rotan Lapas Kelas I Semarang.",
    category: "furnitur",
    lapas: "lapas-semarang",
    weight_grams: 12_000,
    dimensions_cm: [100, 60, 45],
    options: STANDARD,
    variants: single("KB-SMG-MEJA-KOPI", 1_200_000, 6),
    tags: ["rotan", "meja", "teras"],
    image: { motif: "table", palette: ["#ECE7E0", "#5D4A3A", "#8FB8C9"] },
  },
  {
    handle: "keranjang-rotan-sintetis",
    title: "Keranjang Serbaguna Rotan Sintetis",
    subtitle: "Keranjang anyaman bertutup 40 × 30 cm",
    description:
      "Keranjang anyaman rotan sintetis bertutup berukuran 40 × 30 × 30 cm untuk pakaian kotor, mainan atau selimut. Mudah dibersihkan dengan kain basah. Dianyam oleh warga binaan di bengkel rotan Lapas Kelas I Semarang dari sisa bahan produksi mebel.",
    category: "rumah-tangga",
    lapas: "lapas-semarang",
    weight_grams: 1_500,
    options: STANDARD,
    variants: single("KB-SMG-KERANJANG", 175_000, 30),
    tags: ["rotan", "penyimpanan"],
    image: { motif: "bag", palette: ["#F2EEE8", "#6F5846", "#C9B79C"] },
  },
  {
    handle: "pot-tanaman-rotan-sintetis",
    title: "Pot Tanaman Rotan Sintetis",
    subtitle: "Cover pot anyaman diameter 30 cm",
    description:
      "Penutup pot tanaman dari anyaman rotan sintetis berdiameter 30 cm dan tinggi 32 cm, dengan lapisan plastik di dalamnya. Mempercantik tanaman hias di dalam maupun luar ruangan. Dianyam oleh warga binaan di bengkel rotan Lapas Kelas I Semarang.",
    category: "rumah-tangga",
    lapas: "lapas-semarang",
    weight_grams: 1_100,
    options: STANDARD,
    variants: single("KB-SMG-POT", 140_000, 30),
    tags: ["rotan", "kebun", "dekorasi"],
    image: { motif: "plant", palette: ["#EEF2EA", "#6F5846", "#4C8C4A"] },
  },

  // --- Lapas Kelas I Tangerang: roti, kue, kuliner, agribisnis ---
  {
    handle: "roti-tawar-gandum",
    title: "Roti Tawar Gandum",
    subtitle: "Roti tawar gandum utuh 400 g",
    description:
      "Roti tawar dari campuran tepung gandum utuh, lembut dan berserat, dipanggang segar setiap pagi. Tahan empat hari pada suhu ruang. Dibuat oleh warga binaan di toko roti Lapas Kelas I Tangerang yang dibina Yayasan Second Chance Foundation.",
    category: "makanan-minuman",
    lapas: "lapas-tangerang",
    weight_grams: 450,
    options: STANDARD,
    variants: single("KB-TNG-ROTI-TWR", 18_000, 40),
    tags: ["roti", "bakery"],
    licences: { pirt: "202367101012328", halal: "ID36110000234510124" },
    image: { motif: "bread", palette: ["#FFF4E3", "#C98B4A", "#7A4A1E"] },
  },
  {
    handle: "roti-sobek-cokelat",
    title: "Roti Sobek Cokelat",
    subtitle: "Roti sobek isi cokelat, 8 potong",
    description:
      "Roti sobek lembut berisi selai cokelat, delapan potong dalam satu loyang. Cocok untuk sarapan atau bekal sekolah. Dibuat oleh warga binaan di toko roti Lapas Kelas I Tangerang.",
    category: "makanan-minuman",
    lapas: "lapas-tangerang",
    weight_grams: 400,
    options: STANDARD,
    variants: single("KB-TNG-ROTI-SBK", 22_000, 40),
    tags: ["roti", "bakery"],
    licences: { pirt: "202367101022328", halal: "ID36110000234520124" },
    image: { motif: "bread", palette: ["#FCEFE3", "#A0522D", "#4A2C17"] },
  },
  {
    handle: "bolu-pandan",
    title: "Bolu Pandan",
    subtitle: "Bolu pandan loyang 20 cm",
    description:
      "Bolu pandan lembut dengan aroma daun pandan asli, dipanggang dalam loyang bulat 20 cm. Tanpa pewarna buatan dan tanpa pengawet. Dibuat oleh warga binaan di dapur kue Lapas Kelas I Tangerang.",
    category: "makanan-minuman",
    lapas: "lapas-tangerang",
    weight_grams: 650,
    options: STANDARD,
    variants: single("KB-TNG-BOLU-PDN", 45_000, 20),
    tags: ["kue", "bakery"],
    licences: { pirt: "202367101032328", halal: "ID36110000234530124" },
    image: { motif: "bread", palette: ["#EEF7E6", "#7FB04F", "#3D6B1F"] },
  },
  {
    handle: "nastar-nanas",
    title: "Nastar Nanas",
    subtitle: "Kue kering nastar selai nanas",
    description:
      "Kue kering nastar dengan mentega dan selai nanas yang dimasak sendiri, dikemas dalam toples plastik. Cocok untuk hidangan hari raya dan hantaran. Dibuat oleh warga binaan di dapur kue Lapas Kelas I Tangerang.",
    category: "makanan-minuman",
    lapas: "lapas-tangerang",
    weight_grams: 600,
    options: [{ title: "Ukuran", values: ["250 g", "500 g"] }],
    variants: [
      { title: "250 g", sku: "KB-TNG-NASTAR-250", options: { Ukuran: "250 g" }, price: 65_000, stock: 40 },
      { title: "500 g", sku: "KB-TNG-NASTAR-500", options: { Ukuran: "500 g" }, price: 120_000, stock: 25 },
    ],
    tags: ["kue", "oleh-oleh"],
    licences: { pirt: "202367101042328", halal: "ID36110000234540124" },
    image: { motif: "jar", palette: ["#FFF7E0", "#E0A526", "#8C5A10"] },
  },
  {
    handle: "sambal-bawang",
    title: "Sambal Bawang",
    subtitle: "Sambal bawang pedas, botol 190 g",
    description:
      "Sambal bawang dari cabai rawit, bawang putih dan minyak kelapa, digoreng hingga harum. Nikmat sebagai teman nasi, mi atau gorengan. Dibuat oleh warga binaan di dapur kuliner Lapas Kelas I Tangerang.",
    category: "makanan-minuman",
    lapas: "lapas-tangerang",
    weight_grams: 320,
    options: STANDARD,
    variants: single("KB-TNG-SAMBAL", 28_000, 60),
    tags: ["sambal", "kuliner", "pedas"],
    licences: { pirt: "206367101052328", halal: "ID36110000234550124" },
    image: { motif: "jar", palette: ["#FDECE6", "#C62828", "#5D1010"] },
  },
  {
    handle: "keripik-singkong-pedas",
    title: "Keripik Singkong Pedas",
    subtitle: "Keripik singkong balado 200 g",
    description:
      "Keripik singkong tipis dan renyah dengan bumbu balado pedas manis. Singkongnya dipanen dari lahan agribisnis lapas sendiri. Dibuat oleh warga binaan di dapur kuliner Lapas Kelas I Tangerang.",
    category: "makanan-minuman",
    lapas: "lapas-tangerang",
    weight_grams: 220,
    options: STANDARD,
    variants: single("KB-TNG-KRP-SGK", 15_000, 80),
    tags: ["camilan", "pedas", "kuliner"],
    licences: { pirt: "203367101062328", halal: "ID36110000234560124" },
    image: { motif: "sachet", palette: ["#FFF1DC", "#E65100", "#7F2A00"] },
  },
  {
    handle: "pakcoy-organik",
    title: "Pakcoy Organik",
    subtitle: "Sayur pakcoy segar 250 g",
    description:
      "Pakcoy segar yang ditanam tanpa pestisida kimia di kebun agribisnis Lapas Kelas I Tangerang, dipanen pada hari pengiriman. Cocok untuk tumis, sup dan mi. Ditanam dan dipanen oleh warga binaan; pengiriman hanya untuk wilayah Jabodetabek.",
    category: "makanan-minuman",
    lapas: "lapas-tangerang",
    weight_grams: 300,
    options: STANDARD,
    variants: single("KB-TNG-PAKCOY", 12_000, 50),
    tags: ["sayur", "segar", "organik"],
    image: { motif: "plant", palette: ["#EAF5E4", "#E0D6C8", "#2E7D32"] },
  },

  // --- Lapas Kelas IIA Narkotika Jakarta: agribisnis (hidroponik, bibit), sabun dan perawatan ---
  {
    handle: "selada-hidroponik",
    title: "Selada Hidroponik",
    subtitle: "Selada keriting hidroponik 250 g",
    description:
      "Selada keriting segar dari kebun hidroponik Lapas Narkotika Jakarta, dipanen bersama akarnya agar tetap segar lebih lama. Renyah untuk salad, burger dan lalapan. Ditanam dan dipanen oleh warga binaan; pengiriman hanya untuk wilayah Jabodetabek.",
    category: "makanan-minuman",
    lapas: "lapas-narkotika-jakarta",
    weight_grams: 300,
    options: STANDARD,
    variants: single("KB-NJK-SELADA", 15_000, 60),
    tags: ["sayur", "segar", "hidroponik"],
    image: { motif: "plant", palette: ["#EEF8EA", "#FFFFFF", "#66BB6A"] },
  },
  {
    handle: "bibit-cabai-rawit",
    title: "Bibit Cabai Rawit",
    subtitle: "Bibit cabai rawit siap tanam, 10 polybag",
    description:
      "Sepuluh bibit cabai rawit berumur sekitar 4 minggu dalam polybag kecil, siap dipindah ke pot atau kebun. Disemai dari benih unggul dan dirawat di rumah pembibitan lapas. Dirawat oleh warga binaan di unit agribisnis Lapas Narkotika Jakarta.",
    category: "rumah-tangga",
    lapas: "lapas-narkotika-jakarta",
    weight_grams: 2_000,
    options: STANDARD,
    variants: single("KB-NJK-BIBIT-CABAI", 25_000, 40),
    tags: ["bibit", "kebun", "pertanian"],
    image: { motif: "plant", palette: ["#F3F6EA", "#3E2723", "#43A047"] },
  },
  {
    handle: "sansevieria-pot",
    title: "Tanaman Sansevieria dalam Pot",
    subtitle: "Lidah mertua dalam pot tanah liat 15 cm",
    description:
      "Tanaman lidah mertua (sansevieria) yang mudah dirawat dan dikenal menyegarkan udara ruangan, ditanam dalam pot tanah liat 15 cm. Cukup disiram seminggu sekali. Dirawat oleh warga binaan di rumah pembibitan Lapas Narkotika Jakarta.",
    category: "rumah-tangga",
    lapas: "lapas-narkotika-jakarta",
    weight_grams: 1_800,
    options: STANDARD,
    variants: single("KB-NJK-SANSEVIERIA", 45_000, 25),
    tags: ["tanaman", "kebun", "dekorasi"],
    image: { motif: "plant", palette: ["#F4EFE6", "#B5651D", "#2E7D32"] },
  },
  {
    handle: "sabun-herbal-handmade",
    title: "Sabun Herbal Handmade",
    subtitle: "Sabun batang cold process 100 g",
    description:
      "Sabun batang cold process dari minyak kelapa dan minyak zaitun, dengan pilihan sereh wangi, ampas kopi atau arang bambu. Lembut di kulit dan tanpa deterjen keras. Diracik dan dipotong oleh warga binaan di bengkel keterampilan Lapas Narkotika Jakarta bersama Yayasan Puspa Antariksa.",
    category: "rumah-tangga",
    lapas: "lapas-narkotika-jakarta",
    weight_grams: 130,
    options: [{ title: "Aroma", values: ["Sereh", "Kopi", "Arang"] }],
    variants: [
      { title: "Sereh", sku: "KB-NJK-SABUN-SRH", options: { Aroma: "Sereh" }, price: 20_000, stock: 80 },
      { title: "Kopi", sku: "KB-NJK-SABUN-KPI", options: { Aroma: "Kopi" }, price: 20_000, stock: 80 },
      { title: "Arang", sku: "KB-NJK-SABUN-ARG", options: { Aroma: "Arang" }, price: 22_000, stock: 60 },
    ],
    tags: ["sabun", "perawatan", "handmade"],
    image: { motif: "box", palette: ["#F3F0EA", "#9CAF88", "#5B4636"] },
  },
  {
    handle: "lulur-rempah",
    title: "Lulur Rempah Tradisional",
    subtitle: "Lulur tubuh bubuk rempah 200 g",
    description:
      "Lulur bubuk dari beras, kunyit, temu giring dan bengkoang untuk mengangkat sel kulit mati. Campur dengan sedikit air lalu gosokkan perlahan saat mandi. Diracik oleh warga binaan di bengkel keterampilan Lapas Narkotika Jakarta.",
    category: "rumah-tangga",
    lapas: "lapas-narkotika-jakarta",
    weight_grams: 260,
    options: STANDARD,
    variants: single("KB-NJK-LULUR", 35_000, 40),
    tags: ["perawatan", "rempah", "handmade"],
    image: { motif: "jar", palette: ["#FBF1E1", "#D4A373", "#6B4E2E"] },
  },

  // --- Lapas Kelas IIA Cikarang: perabot plastik rumah tangga ---
  {
    handle: "ember-plastik-tutup",
    title: "Ember Plastik Bertutup",
    subtitle: "Ember plastik tebal dengan tutup dan gagang",
    description:
      "Ember plastik polipropilena tebal dengan tutup rapat dan gagang besi berlapis, untuk air, cucian atau penyimpanan beras. Dicetak di mesin injeksi dengan standar ekspor. Diproduksi oleh warga binaan di bengkel plastik Lapas Cikarang bersama PT Glori Karsa Abadi.",
    category: "rumah-tangga",
    lapas: "lapas-cikarang",
    weight_grams: 900,
    options: [{ title: "Kapasitas", values: ["12 L", "20 L"] }],
    variants: [
      { title: "12 L", sku: "KB-CKR-EMBER-12", options: { Kapasitas: "12 L" }, price: 25_000, stock: 150 },
      { title: "20 L", sku: "KB-CKR-EMBER-20", options: { Kapasitas: "20 L" }, price: 38_000, stock: 100 },
    ],
    tags: ["plastik", "dapur", "kebersihan"],
    image: { motif: "bucket", palette: ["#E6F0FA", "#1E88E5", "#0D47A1"] },
  },
  {
    handle: "baskom-plastik",
    title: "Baskom Plastik 40 cm",
    subtitle: "Baskom plastik serbaguna diameter 40 cm",
    description:
      "Baskom plastik bulat berdiameter 40 cm untuk mencuci sayur, merendam pakaian atau mengadon. Bahan food grade yang kuat dan tidak mudah retak. Diproduksi oleh warga binaan di bengkel plastik Lapas Cikarang.",
    category: "rumah-tangga",
    lapas: "lapas-cikarang",
    weight_grams: 450,
    options: STANDARD,
    variants: single("KB-CKR-BASKOM-40", 18_000, 200),
    tags: ["plastik", "dapur"],
    image: { motif: "bucket", palette: ["#FDEDEC", "#E53935", "#8E1B1B"] },
  },
  {
    handle: "rak-piring-plastik",
    title: "Rak Piring Plastik 2 Susun",
    subtitle: "Rak pengering piring dengan baki air",
    description:
      "Rak piring plastik dua susun dengan tempat sendok dan baki penampung air, ukuran 45 × 30 × 35 cm. Mudah dibongkar pasang dan dibersihkan. Diproduksi oleh warga binaan di bengkel plastik Lapas Cikarang.",
    category: "rumah-tangga",
    lapas: "lapas-cikarang",
    weight_grams: 1_600,
    options: STANDARD,
    variants: single("KB-CKR-RAK-PIRING", 65_000, 60),
    tags: ["plastik", "dapur", "penyimpanan"],
    image: { motif: "box", palette: ["#E8F5E9", "#43A047", "#1B5E20"] },
  },
  {
    handle: "tempat-sampah-injak",
    title: "Tempat Sampah Injak 15 L",
    subtitle: "Tempat sampah plastik dengan pedal",
    description:
      "Tempat sampah plastik 15 liter dengan pedal injak dan ember dalam yang bisa diangkat. Tutupnya menutup perlahan dan rapat sehingga bau tidak keluar. Diproduksi oleh warga binaan di bengkel plastik Lapas Cikarang.",
    category: "rumah-tangga",
    lapas: "lapas-cikarang",
    weight_grams: 1_300,
    options: STANDARD,
    variants: single("KB-CKR-SAMPAH-15", 55_000, 50),
    tags: ["plastik", "kebersihan"],
    image: { motif: "bucket", palette: ["#ECEFF1", "#546E7A", "#263238"] },
  },
  {
    handle: "kontainer-box-50l",
    title: "Kontainer Box 50 L",
    subtitle: "Kotak penyimpanan plastik bertutup dengan roda",
    description:
      "Kotak penyimpanan plastik transparan 50 liter dengan tutup berpengunci dan empat roda. Cocok untuk pakaian, mainan atau dokumen. Diproduksi oleh warga binaan di bengkel plastik Lapas Cikarang bersama PT Glori Karsa Abadi.",
    category: "rumah-tangga",
    lapas: "lapas-cikarang",
    weight_grams: 2_800,
    options: STANDARD,
    variants: single("KB-CKR-KONTAINER-50", 95_000, 40),
    tags: ["plastik", "penyimpanan"],
    image: { motif: "box", palette: ["#E3F2FD", "#90CAF9", "#1565C0"] },
  },
  {
    handle: "keranjang-pakaian-plastik",
    title: "Keranjang Pakaian Plastik",
    subtitle: "Keranjang cucian berlubang 45 L",
    description:
      "Keranjang cucian plastik 45 liter dengan dinding berlubang agar pakaian tidak lembap dan dua pegangan di sisi. Ringan dan kuat untuk dibawa ke jemuran. Diproduksi oleh warga binaan di bengkel plastik Lapas Cikarang.",
    category: "rumah-tangga",
    lapas: "lapas-cikarang",
    weight_grams: 900,
    options: STANDARD,
    variants: single("KB-CKR-KERANJANG-45", 35_000, 80),
    tags: ["plastik", "kebersihan", "penyimpanan"],
    image: { motif: "bag", palette: ["#FFF8E1", "#FFB300", "#E65100"] },
  },

  // --- Lapas Kelas IIA Ambarawa: sarung tangan softball ---
  {
    handle: "sarung-tangan-softball",
    title: "Sarung Tangan Softball 12 Inci",
    subtitle: "Glove kulit sapi untuk pemain infield",
    description:
      "Sarung tangan softball 12 inci dari kulit sapi utuh dengan kantong dalam dan tali kulit yang bisa disetel. Pilih sesuai tangan lempar: Kanan untuk pelempar tangan kanan (dipakai di tangan kiri), Kiri untuk pelempar kidal. Dijahit oleh warga binaan di bengkel kerja Lapas Ambarawa bersama PT Inko Java.",
    category: "olahraga",
    lapas: "lapas-ambarawa",
    weight_grams: 700,
    options: [{ title: "Tangan Lempar", values: ["Kanan", "Kiri"] }],
    variants: [
      { title: "Kanan", sku: "KB-AMB-GLOVE-12-KNN", options: { "Tangan Lempar": "Kanan" }, price: 350_000, stock: 30 },
      { title: "Kiri", sku: "KB-AMB-GLOVE-12-KRI", options: { "Tangan Lempar": "Kiri" }, price: 350_000, stock: 12 },
    ],
    tags: ["softball", "kulit", "glove"],
    image: { motif: "glove", palette: ["#F5EBDD", "#B5651D", "#5D3A1A"] },
  },
  {
    handle: "mitt-catcher-softball",
    title: "Mitt Catcher Softball 33 Inci",
    subtitle: "Mitt catcher kulit dengan bantalan tebal",
    description:
      "Mitt catcher 33 inci dari kulit sapi dengan bantalan tebal di telapak untuk menahan lemparan keras. Tali pengikat dan penutup punggung tangan bisa disetel. Dijahit oleh warga binaan di bengkel kerja Lapas Ambarawa.",
    category: "olahraga",
    lapas: "lapas-ambarawa",
    weight_grams: 900,
    options: STANDARD,
    variants: single("KB-AMB-MITT-CATCHER", 550_000, 10),
    tags: ["softball", "kulit", "glove"],
    image: { motif: "glove", palette: ["#EDE7E1", "#3E2723", "#C62828"] },
  },
  {
    handle: "mitt-first-base",
    title: "Mitt First Base Softball",
    subtitle: "Mitt first base kulit 12,5 inci",
    description:
      "Mitt first base 12,5 inci dari kulit sapi dengan kantong dalam yang memudahkan menangkap bola pendek. Cocok untuk pemain klub dan sekolah. Dijahit oleh warga binaan di bengkel kerja Lapas Ambarawa.",
    category: "olahraga",
    lapas: "lapas-ambarawa",
    weight_grams: 800,
    options: STANDARD,
    variants: single("KB-AMB-MITT-1B", 475_000, 10),
    tags: ["softball", "kulit", "glove"],
    image: { motif: "glove", palette: ["#F3EEE6", "#D2A46A", "#1A1A1A"] },
  },
  {
    handle: "sarung-tangan-batting",
    title: "Sarung Tangan Batting",
    subtitle: "Sepasang sarung tangan pemukul",
    description:
      "Sepasang sarung tangan batting dari kulit domba tipis dengan perekat di pergelangan, menjaga genggaman tetap kuat dan mengurangi getaran pemukul. Tersedia ukuran M dan L. Dijahit oleh warga binaan di bengkel kerja Lapas Ambarawa.",
    category: "olahraga",
    lapas: "lapas-ambarawa",
    weight_grams: 200,
    options: [{ title: "Ukuran", values: ["M", "L"] }],
    variants: [
      { title: "M", sku: "KB-AMB-BATTING-M", options: { Ukuran: "M" }, price: 150_000, stock: 25 },
      { title: "L", sku: "KB-AMB-BATTING-L", options: { Ukuran: "L" }, price: 150_000, stock: 25 },
    ],
    tags: ["softball", "kulit"],
    image: { motif: "glove", palette: ["#E9EEF5", "#1F3A5F", "#E8C170"] },
  },
  {
    handle: "tas-perlengkapan-softball",
    title: "Tas Perlengkapan Softball",
    subtitle: "Tas ransel untuk glove, bola dan pemukul",
    description:
      "Tas ransel berbahan kanvas tebal dengan slot untuk dua pemukul, kantong glove berventilasi dan saku sepatu terpisah. Dijahit rapi dengan jahitan ganda di bagian yang menahan beban. Dibuat oleh warga binaan di bengkel jahit Lapas Ambarawa.",
    category: "olahraga",
    lapas: "lapas-ambarawa",
    weight_grams: 1_200,
    options: STANDARD,
    variants: single("KB-AMB-TAS", 225_000, 15),
    tags: ["softball", "tas"],
    image: { motif: "bag", palette: ["#E8EAF0", "#283593", "#C62828"] },
  },
]

// ---------------------------------------------------------------------------
// Collections: curated selections across categories and lapas
// ---------------------------------------------------------------------------

export const COLLECTIONS: DemoCollection[] = [
  {
    handle: "oleh-oleh-rempah",
    title: "Oleh-oleh rempah",
    title_en: "Spice gifts",
    description: "Minuman rempah instan, jamu dan lulur dari dapur lapas: oleh-oleh hangat khas Nusantara.",
    products: ["jahe-instan", "kunyit-instan", "temulawak-instan", "jamu-beras-kencur", "lulur-rempah"],
  },
  {
    handle: "furnitur-jati-rotan",
    title: "Furnitur jati & rotan",
    title_en: "Teak & rattan furniture",
    description: "Mebel kayu jati dari Porong dan anyaman rotan sintetis dari Semarang, dikerjakan dengan standar ekspor.",
    products: [
      "kursi-makan-jati",
      "meja-makan-jati",
      "sofa-jati-tiga-dudukan",
      "set-sofa-rotan-sintetis",
      "kursi-teras-rotan-sintetis",
      "meja-kopi-rotan-sintetis",
    ],
  },
  {
    handle: "kerajinan-tangan-pesisir",
    title: "Kerajinan tangan pesisir",
    title_en: "Coastal handicrafts",
    description: "Ukiran, tanjak dan lukisan bernuansa Melayu dari bengkel kerja Lapas Tanjungpinang di Pulau Bintan.",
    products: ["kotak-tisu-kayu", "tanjak-melayu", "cermin-hias-ukir", "lukisan-pesisir-bintan", "jam-dinding-kayu"],
  },
  {
    handle: "hadiah-dari-lapas",
    title: "Hadiah dari lapas",
    title_en: "Gifts from the prisons",
    description: "Batik tulis, kotak perhiasan, patung, kue dan sabun buatan tangan: hadiah yang ikut membiayai premi pembuatnya.",
    products: ["batik-tulis-porong", "kotak-perhiasan-ukir", "patung-kayu-penari", "nastar-nanas", "sabun-herbal-handmade"],
  },
]

// ---------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SKU = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/
const HEX = /^#[0-9A-Fa-f]{6}$/

/** Problems with the demo data; [] when it is consistent. */
export function validateCatalogue(): string[] {
  const problems: string[] = []
  const seen = (label: string, values: string[]) => {
    const set = new Set<string>()
    for (const v of values) {
      if (set.has(v)) problems.push(`duplicate ${label}: ${v}`)
      set.add(v)
    }
    return set
  }

  const lapasHandles = seen("lapas handle", LAPAS.map((l) => l.handle))
  const categoryHandles = seen("category handle", CATEGORIES.map((c) => c.handle))
  const productHandles = seen("product handle", PRODUCTS.map((p) => p.handle))
  seen("collection handle", COLLECTIONS.map((c) => c.handle))
  seen("product in a collection", COLLECTIONS.flatMap((c) => c.products))
  seen("sku", PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku)))

  for (const l of LAPAS) {
    if (!HANDLE.test(l.handle)) problems.push(`lapas ${l.handle}: handle is not kebab-case`)
    if (!/^\d{5}$/.test(l.postal_code)) problems.push(`lapas ${l.handle}: postal code must be 5 digits`)
  }
  for (const c of CATEGORIES) {
    if (!HANDLE.test(c.handle)) problems.push(`category ${c.handle}: handle is not kebab-case`)
  }
  for (const c of COLLECTIONS) {
    if (!HANDLE.test(c.handle)) problems.push(`collection ${c.handle}: handle is not kebab-case`)
    if (c.products.length === 0) problems.push(`collection ${c.handle}: has no products`)
    for (const handle of c.products) {
      if (!productHandles.has(handle)) problems.push(`collection ${c.handle}: unknown product ${handle}`)
    }
  }

  for (const p of PRODUCTS) {
    const at = `product ${p.handle}`
    if (!HANDLE.test(p.handle)) problems.push(`${at}: handle is not kebab-case`)
    if (!categoryHandles.has(p.category)) problems.push(`${at}: unknown category ${p.category}`)
    if (!lapasHandles.has(p.lapas)) problems.push(`${at}: unknown lapas ${p.lapas}`)
    if (!Number.isInteger(p.weight_grams) || p.weight_grams <= 0) {
      problems.push(`${at}: weight must be a positive whole number of grams`)
    }
    if (p.options.length === 0) problems.push(`${at}: has no options`)
    if (p.variants.length === 0) problems.push(`${at}: has no variants`)
    if (p.tags.length === 0) problems.push(`${at}: has no tags`)
    for (const tag of p.tags) {
      if (!HANDLE.test(tag)) problems.push(`${at}: tag "${tag}" is not lowercase kebab-case`)
    }
    if (!p.image.palette.every((c) => HEX.test(c))) problems.push(`${at}: palette colours must be #RRGGBB`)

    // Food must show a licence, unless it is fresh produce (tagged "segar").
    if (p.category === "makanan-minuman" && !p.tags.includes("segar")) {
      if (!p.licences?.pirt && !p.licences?.bpom_md) problems.push(`${at}: food needs a P-IRT or BPOM MD number`)
    }
    if (p.licences?.pirt !== undefined && !/^\d{15,}$/.test(p.licences.pirt)) {
      problems.push(`${at}: P-IRT must be at least 15 digits`)
    }
    if (p.licences?.halal !== undefined && !/^ID\d{17}$/.test(p.licences.halal)) {
      problems.push(`${at}: halal number must be "ID" and 17 digits`)
    }

    const optionTitles = p.options.map((o) => o.title)
    seen(`option title in ${p.handle}`, optionTitles)
    for (const o of p.options) {
      if (o.values.length === 0) problems.push(`${at}: option ${o.title} has no values`)
      seen(`value of option ${o.title} in ${p.handle}`, o.values)
    }
    const combos = new Set<string>()
    for (const v of p.variants) {
      const vat = `${at} variant ${v.sku}`
      if (!SKU.test(v.sku)) problems.push(`${vat}: SKU must be uppercase letters, digits and dashes`)
      if (!Number.isInteger(v.price) || v.price <= 0) problems.push(`${vat}: price must be a positive whole rupiah`)
      if (!Number.isInteger(v.stock) || v.stock < 0) problems.push(`${vat}: stock must be a whole number ≥ 0`)
      const keys = Object.keys(v.options)
      if (keys.length !== optionTitles.length || !optionTitles.every((t) => keys.includes(t))) {
        problems.push(`${vat}: options ${keys.join(", ")} do not match product options ${optionTitles.join(", ")}`)
        continue
      }
      for (const o of p.options) {
        if (!o.values.includes(v.options[o.title])) {
          problems.push(`${vat}: value "${v.options[o.title]}" is not a value of option ${o.title}`)
        }
      }
      const combo = optionTitles.map((t) => v.options[t]).join("|")
      if (combos.has(combo)) problems.push(`${at}: two variants have the options ${combo}`)
      combos.add(combo)
    }
  }
  return problems
}
