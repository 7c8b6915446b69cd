/**
 * Demo production data: pseudonymous inmates per lapas and the production batches that put
 * the demo catalogue's stock on the shelves, with an HPP of 40–65 % of the variant's price.
 * Plain data and pure functions, no framework imports.
 *
 * Inmates are known only by a code; a few consented to a first-name display and a one-line
 * story. There are no names, registration numbers, offences or sentences anywhere. Each inmate
 * works at one or more crafts and each product is made by one craft, so a batch's makers (and the
 * stories the store shows on a product) fit what the batch made.
 */
import { PRODUCTS, type DemoVariant } from "./catalogue"

export interface DemoInmate {
  code: string
  display_name?: string
  story?: string
  consent_public: boolean
  status: "active" | "released"
}

/** Code prefix per lapas handle (the same as the SKU prefixes). */
export const INMATE_CODE_PREFIX: Record<string, string> = {
  "lapas-bojonegoro": "BJN",
  "lapas-tanjungpinang": "TPI",
  "lapas-surabaya": "SBY",
  "lapas-semarang": "SMG",
  "lapas-tangerang": "TNG",
  "lapas-narkotika-jakarta": "NJK",
  "lapas-cikarang": "CKR",
  "lapas-ambarawa": "AMB",
}

/**
 * What a demo inmate works at. A product's batches are made only by inmates of its lapas who
 * work at its craft (PRODUCT_CRAFT), so the stories the store shows on a product are of people
 * who make it.
 */
export type Craft =
  | "rempah" // instant spice drinks and jamu
  | "lidah-buaya" // aloe vera syrup and dodol
  | "camilan" // snacks: chips, sambal
  | "pupuk" // organic fertiliser
  | "kayu" // wood: furniture, frames, clocks, boxes
  | "ukir" // carving
  | "tenun" // woven songket headwear
  | "lukis" // painting
  | "batik"
  | "rotan" // synthetic rattan weaving and frames
  | "roti" // bakery
  | "sayur" // hydroponic vegetables
  | "tanaman" // seedlings and potted plants
  | "sabun" // herbal soap
  | "lulur" // spice body scrub
  | "sablon" // screen printing (service)
  | "plastik" // plastic moulding
  | "kulit" // leather gloves and mitts
  | "jahit" // sewing: bags, tailoring (service)
  | "cuci-mobil" // car wash (service)
  | "pangkas" // barbershop (service)

/** One of a lapas's four active demo inmates; `shown` is the display name and story of one who consented. */
interface RosterEntry {
  crafts: Craft[]
  shown?: [string, string]
}

/**
 * The four active inmates of each demo lapas, in code order (-001 … -004): -001 and -003
 * consented to a display name and story, -002 and -004 did not. Each story says what the
 * inmate makes, and their crafts say the same.
 */
const ROSTER: Record<string, [RosterEntry, RosterEntry, RosterEntry, RosterEntry]> = {
  "lapas-bojonegoro": [
    { crafts: ["rempah"], shown: ["Pak S.", "Dulu petani jahe, kini meracik jahe, kunyit dan temulawak instan untuk dijual ke seluruh Indonesia."] },
    { crafts: ["rempah", "camilan", "pupuk"] },
    { crafts: ["lidah-buaya"], shown: ["Mas A.", "Belajar mengolah lidah buaya di LPK Andre dan ingin membuka usaha sendiri."] },
    { crafts: ["lidah-buaya", "camilan", "pupuk"] },
  ],
  "lapas-tanjungpinang": [
    { crafts: ["tenun"], shown: ["Bang R.", "Menganyam tanjak Melayu seperti yang diajarkan kakeknya."] },
    { crafts: ["kayu", "ukir", "cuci-mobil"] },
    { crafts: ["kayu", "ukir"], shown: ["Pak H.", "Tukang kayu yang kini membuat jam, kursi dan cermin hias."] },
    { crafts: ["tenun", "lukis", "cuci-mobil", "pangkas"] },
  ],
  "lapas-surabaya": [
    { crafts: ["kayu", "ukir"], shown: ["Pak D.", "Memahat kayu jati untuk mebel ekspor bersama PT Bahari Mitra Surya."] },
    { crafts: ["kayu", "batik"] },
    { crafts: ["lukis"], shown: ["Mas Y.", "Melukis sejak kecil; lukisannya kini dibeli orang dari luar kota."] },
    { crafts: ["ukir", "batik", "lukis"] },
  ],
  "lapas-semarang": [
    { crafts: ["rotan"], shown: ["Pak W.", "Menganyam rotan sintetis dan sudah mengantongi sertifikat pelatihan."] },
    { crafts: ["rotan"] },
    { crafts: ["rotan"], shown: ["Mas F.", "Merakit rangka kursi dan meja rotan sintetis; ingin bekerja di pabrik mebel setelah bebas."] },
    { crafts: ["rotan"] },
  ],
  "lapas-tangerang": [
    { crafts: ["roti"], shown: ["Pak J.", "Membuat roti setiap pagi di dapur pelatihan bersama Second Chance Foundation."] },
    { crafts: ["roti", "camilan"] },
    { crafts: ["sayur"], shown: ["Mas B.", "Merawat kebun hidroponik dan bercita-cita membuka warung sayur."] },
    { crafts: ["camilan", "sayur"] },
  ],
  "lapas-narkotika-jakarta": [
    { crafts: ["tanaman", "sayur", "sabun"], shown: ["Bang T.", "Merawat bibit tanaman dan belajar meracik sabun herbal."] },
    { crafts: ["tanaman", "sayur", "sablon"] },
    { crafts: ["lulur", "sabun"], shown: ["Mas K.", "Meracik lulur rempah dan sabun herbal yang kini dijual di toko daring."] },
    { crafts: ["lulur", "sablon"] },
  ],
  "lapas-cikarang": [
    { crafts: ["plastik"], shown: ["Pak E.", "Operator mesin cetak plastik dengan standar ekspor."] },
    { crafts: ["plastik"] },
    { crafts: ["plastik"], shown: ["Mas G.", "Mengawasi mutu ember dan kontainer sebelum dikemas."] },
    { crafts: ["plastik"] },
  ],
  "lapas-ambarawa": [
    { crafts: ["kulit", "jahit"], shown: ["Pak N.", "Menjahit sarung tangan softball kulit untuk PT Inko Java."] },
    { crafts: ["kulit", "jahit"] },
    { crafts: ["kulit"], shown: ["Mas L.", "Memotong pola kulit sarung tangan softball dengan ketelitian milimeter."] },
    { crafts: ["jahit"] },
  ],
}

/** The craft each demo product is made by (catalogue handle → craft). */
export const PRODUCT_CRAFT: Record<string, Craft> = {
  "jahe-instan": "rempah",
  "kunyit-instan": "rempah",
  "temulawak-instan": "rempah",
  "jamu-beras-kencur": "rempah",
  "sirup-lidah-buaya": "lidah-buaya",
  "dodol-lidah-buaya": "lidah-buaya",
  "keripik-jagung": "camilan",
  "pupuk-cair-organik": "pupuk",
  "kotak-tisu-kayu": "ukir",
  "tanjak-melayu": "tenun",
  "kursi-kayu-tanjungpinang": "kayu",
  "cermin-hias-ukir": "ukir",
  "lukisan-pesisir-bintan": "lukis",
  "meja-hias-tanjungpinang": "kayu",
  "jam-dinding-kayu": "kayu",
  "kursi-makan-jati": "kayu",
  "meja-makan-jati": "kayu",
  "sofa-jati-tiga-dudukan": "kayu",
  "lukisan-kanvas-surabaya": "lukis",
  "patung-kayu-penari": "ukir",
  "batik-tulis-porong": "batik",
  "kotak-perhiasan-ukir": "ukir",
  "set-sofa-rotan-sintetis": "rotan",
  "kursi-teras-rotan-sintetis": "rotan",
  "meja-kopi-rotan-sintetis": "rotan",
  "keranjang-rotan-sintetis": "rotan",
  "pot-tanaman-rotan-sintetis": "rotan",
  "roti-tawar-gandum": "roti",
  "roti-sobek-cokelat": "roti",
  "bolu-pandan": "roti",
  "nastar-nanas": "roti",
  "sambal-bawang": "camilan",
  "keripik-singkong-pedas": "camilan",
  "pakcoy-organik": "sayur",
  "selada-hidroponik": "sayur",
  "bibit-cabai-rawit": "tanaman",
  "sansevieria-pot": "tanaman",
  "sabun-herbal-handmade": "sabun",
  "lulur-rempah": "lulur",
  "ember-plastik-tutup": "plastik",
  "baskom-plastik": "plastik",
  "rak-piring-plastik": "plastik",
  "tempat-sampah-injak": "plastik",
  "kontainer-box-50l": "plastik",
  "keranjang-pakaian-plastik": "plastik",
  "sarung-tangan-softball": "kulit",
  "mitt-catcher-softball": "kulit",
  "mitt-first-base": "kulit",
  "sarung-tangan-batting": "kulit",
  "tas-perlengkapan-softball": "jahit",
}

/** Indexes (0–3) of the lapas's active demo inmates who work at `craft`. */
export function makersOf(lapasHandle: string, craft: Craft): number[] {
  return (ROSTER[lapasHandle] ?? []).flatMap((entry, index) => (entry.crafts.includes(craft) ? [index] : []))
}

/** Five inmates per lapas: two consented displays, two without consent, one released. */
export function demoInmates(lapasHandle: string): DemoInmate[] {
  const prefix = INMATE_CODE_PREFIX[lapasHandle]
  const roster = ROSTER[lapasHandle]
  const code = (n: number) => `${prefix}-${String(n).padStart(3, "0")}`
  return [
    ...(roster ?? []).map((entry, index) => ({
      code: code(index + 1),
      display_name: entry.shown?.[0],
      story: entry.shown?.[1],
      consent_public: !!entry.shown,
      status: "active" as const,
    })),
    { code: code(5), consent_public: false, status: "released" },
  ]
}

export interface DemoBatch {
  /** Natural key of the batch within its variant (stored as the batch's notes). */
  notes: string
  quantity: number
  unit_cost: number
  /** Days before the seed runs. */
  days_ago: number
  /** Indexes into the lapas's active demo inmates, with work units. */
  makers: { inmate: number; work_units: number }[]
}

/** A small deterministic hash (FNV-1a) so the demo figures are the same on every run. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (const char of text) {
    h ^= char.charCodeAt(0)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** A whole-rupiah HPP of `ratio` × price, rounded to 100 rupiah. */
function costAt(price: number, ratio: number) {
  return Math.max(100, Math.round((price * ratio) / 100) * 100)
}

/** The demo product a variant belongs to (by SKU). */
const productOfSku = new Map(PRODUCTS.flatMap((product) => product.variants.map((variant) => [variant.sku, product] as const)))

/** The makers given, each inmate once (work units added up). */
function merged(makers: { inmate: number; work_units: number }[]) {
  const units = new Map<number, number>()
  for (const m of makers) units.set(m.inmate, (units.get(m.inmate) ?? 0) + m.work_units)
  return [...units].map(([inmate, work_units]) => ({ inmate, work_units }))
}

/**
 * One or two batches per variant whose quantities add up to the catalogue's stock (none when
 * the stock is 0), the second a little dearer than the first: HPP between 40 and 65 % of price.
 * Their makers are inmates of the product's lapas who work at its craft (makersOf), never anyone else.
 */
export function demoBatches(variant: DemoVariant): DemoBatch[] {
  if (variant.stock <= 0) return []
  const product = productOfSku.get(variant.sku)
  const craft = product ? PRODUCT_CRAFT[product.handle] : undefined
  const crew = product && craft ? makersOf(product.lapas, craft) : []
  if (crew.length === 0) return []
  const h = hash(variant.sku)
  const ratio = 0.4 + (h % 21) / 100 // 0.40 – 0.60
  const rise = ((h >>> 8) % 6) / 100 // + 0 – 0.05
  const pick = (offset: number) => crew[(h + offset) % crew.length]
  const first = { inmate: pick(0), work_units: 4 + ((h >>> 4) % 9) }
  const second = { inmate: pick(1), work_units: 4 + ((h >>> 12) % 9) }
  if (variant.stock < 4) {
    return [{ notes: "Produksi demo #1", quantity: variant.stock, unit_cost: costAt(variant.price, ratio), days_ago: 45, makers: merged([first, second]) }]
  }
  const q1 = Math.ceil(variant.stock * 0.6)
  return [
    { notes: "Produksi demo #1", quantity: q1, unit_cost: costAt(variant.price, ratio), days_ago: 45, makers: merged([first, second]) },
    {
      notes: "Produksi demo #2",
      quantity: variant.stock - q1,
      unit_cost: costAt(variant.price, ratio + rise),
      days_ago: 12,
      makers: merged([second, { inmate: pick(2), work_units: 3 + ((h >>> 16) % 7) }]),
    },
  ]
}

/** Problems with the demo production data, for validateCatalogue-style checks. */
export function validateProductionData(): string[] {
  const problems: string[] = []
  for (const product of PRODUCTS) {
    if (!INMATE_CODE_PREFIX[product.lapas]) problems.push(`${product.lapas}: no inmate code prefix`)
    if (!ROSTER[product.lapas]) problems.push(`${product.lapas}: no demo inmates`)
    const craft = PRODUCT_CRAFT[product.handle]
    if (!craft) problems.push(`${product.handle}: no craft (PRODUCT_CRAFT)`)
    else if (makersOf(product.lapas, craft).length === 0) problems.push(`${product.handle}: no inmate of ${product.lapas} works at ${craft}`)
    for (const variant of product.variants) {
      for (const batch of demoBatches(variant)) {
        const share = batch.unit_cost / variant.price
        if (share < 0.39 || share > 0.66) problems.push(`${variant.sku}: HPP ${batch.unit_cost} is ${Math.round(share * 100)} % of the price`)
      }
    }
  }
  return problems
}
