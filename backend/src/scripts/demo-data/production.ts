/**
 * Demo production data: pseudonymous inmates per lapas and the production batches that put
 * the demo catalogue's stock on the shelves, with an HPP of 40–65 % of the variant's price.
 * Plain data and pure functions, no framework imports.
 *
 * Inmates are known only by a code; a few consented to a first-name display and a one-line
 * story. There are no names, registration numbers, offences or sentences anywhere.
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

const CONSENTED: Record<string, [string, string][]> = {
  "lapas-bojonegoro": [
    ["Pak S.", "Dulu petani jahe, kini meracik jahe instan untuk dijual ke seluruh Indonesia."],
    ["Mas A.", "Belajar mengolah lidah buaya di LPK Andre dan ingin membuka usaha sendiri."],
  ],
  "lapas-tanjungpinang": [
    ["Bang R.", "Menganyam tanjak Melayu seperti yang diajarkan kakeknya."],
    ["Pak H.", "Tukang kayu yang kini membuat jam dan cermin hias."],
  ],
  "lapas-surabaya": [
    ["Pak D.", "Memahat kayu jati untuk mebel ekspor bersama PT Bahari Mitra Surya."],
    ["Mas Y.", "Melukis sejak kecil; lukisannya kini dibeli orang dari luar kota."],
  ],
  "lapas-semarang": [
    ["Pak W.", "Menganyam rotan sintetis dan sudah mengantongi sertifikat pelatihan."],
    ["Mas F.", "Ingin bekerja di pabrik mebel setelah bebas."],
  ],
  "lapas-tangerang": [
    ["Pak J.", "Membuat roti setiap pagi di dapur pelatihan bersama Second Chance Foundation."],
    ["Mas B.", "Merawat kebun hidroponik dan bercita-cita membuka warung sayur."],
  ],
  "lapas-narkotika-jakarta": [
    ["Bang T.", "Merawat bibit tanaman dan belajar meracik sabun herbal."],
    ["Mas K.", "Meracik lulur rempah yang kini dijual di toko daring."],
  ],
  "lapas-cikarang": [
    ["Pak E.", "Operator mesin cetak plastik dengan standar ekspor."],
    ["Mas G.", "Mengawasi mutu ember dan kontainer sebelum dikemas."],
  ],
  "lapas-ambarawa": [
    ["Pak N.", "Menjahit sarung tangan softball kulit untuk PT Inko Java."],
    ["Mas L.", "Memotong pola kulit dengan ketelitian milimeter."],
  ],
}

/** Five inmates per lapas: two consented displays, two without consent, one released. */
export function demoInmates(lapasHandle: string): DemoInmate[] {
  const prefix = INMATE_CODE_PREFIX[lapasHandle]
  const consented = CONSENTED[lapasHandle] ?? []
  const code = (n: number) => `${prefix}-${String(n).padStart(3, "0")}`
  return [
    { code: code(1), display_name: consented[0]?.[0], story: consented[0]?.[1], consent_public: true, status: "active" },
    { code: code(2), consent_public: false, status: "active" },
    { code: code(3), display_name: consented[1]?.[0], story: consented[1]?.[1], consent_public: true, status: "active" },
    { code: code(4), consent_public: false, status: "active" },
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

/**
 * One or two batches per variant whose quantities add up to the catalogue's stock (none when
 * the stock is 0), the second a little dearer than the first: HPP between 40 and 65 % of price.
 */
export function demoBatches(variant: DemoVariant): DemoBatch[] {
  if (variant.stock <= 0) return []
  const h = hash(variant.sku)
  const ratio = 0.4 + (h % 21) / 100 // 0.40 – 0.60
  const rise = ((h >>> 8) % 6) / 100 // + 0 – 0.05
  const first = { inmate: h % 4, work_units: 4 + ((h >>> 4) % 9) }
  const second = { inmate: (h + 1) % 4, work_units: 4 + ((h >>> 12) % 9) }
  if (variant.stock < 4) {
    return [{ notes: "Produksi demo #1", quantity: variant.stock, unit_cost: costAt(variant.price, ratio), days_ago: 45, makers: [first, second] }]
  }
  const q1 = Math.ceil(variant.stock * 0.6)
  return [
    { notes: "Produksi demo #1", quantity: q1, unit_cost: costAt(variant.price, ratio), days_ago: 45, makers: [first, second] },
    {
      notes: "Produksi demo #2",
      quantity: variant.stock - q1,
      unit_cost: costAt(variant.price, ratio + rise),
      days_ago: 12,
      makers: [second, { inmate: (h + 2) % 4, work_units: 3 + ((h >>> 16) % 7) }],
    },
  ]
}

/** Problems with the demo production data, for validateCatalogue-style checks. */
export function validateProductionData(): string[] {
  const problems: string[] = []
  for (const product of PRODUCTS) {
    if (!INMATE_CODE_PREFIX[product.lapas]) problems.push(`${product.lapas}: no inmate code prefix`)
    for (const variant of product.variants) {
      for (const batch of demoBatches(variant)) {
        const share = batch.unit_cost / variant.price
        if (share < 0.39 || share > 0.66) problems.push(`${variant.sku}: HPP ${batch.unit_cost} is ${Math.round(share * 100)} % of the price`)
      }
    }
  }
  return problems
}
