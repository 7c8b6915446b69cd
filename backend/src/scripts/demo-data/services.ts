/**
 * Demo services (jasa) run by inmates, as the studies list them: a car wash and a barbershop at
 * Lapas Tanjungpinang, tailoring repairs at Lapas Ambarawa (whose workshop sews softball gloves),
 * screen-printed T-shirts at Lapas Narkotika Jakarta. Each is a product of type "jasa" (no stock, no
 * weight) with a price per service, and one "batch layanan" per variant: a month's capacity with
 * the HPP per service from materials and labour, and as makers the lapas's own active inmates who
 * work at the service's craft (production.ts, makersOf), so the stories the store shows fit it.
 * Plain data, no framework imports.
 */
import { INMATE_CODE_PREFIX, makersOf, type Craft } from "./production"

export interface DemoServiceVariant {
  title: string
  sku: string
  /** whole rupiah per service */
  price: number
  /** The batch layanan: services it covers, and the HPP per service in two parts. */
  batch: {
    quantity: number
    material_cost: number
    labour_cost: number
    /** Days before the seed runs. */
    days_ago: number
    /** Indexes into the lapas's active demo inmates, with work units (hours). */
    makers: { inmate: number; work_units: number }[]
  }
}

export interface DemoService {
  handle: string
  title: string
  subtitle: string
  description: string
  /** DemoLapas handle */
  lapas: string
  /** The work it is: its batches' makers are inmates of the lapas who work at it. */
  craft: Craft
  variants: DemoServiceVariant[]
}

/** Natural key of a demo batch layanan within its variant (stored as the batch's notes). */
export const DEMO_SERVICE_BATCH_NOTES = "Batch layanan demo: kapasitas sebulan"

export const SERVICES: DemoService[] = [
  {
    handle: "cuci-mobil-tanjungpinang",
    title: "Voucher Cuci Mobil",
    subtitle: "Cuci mobil di Lapas Tanjungpinang",
    description:
      "Cuci mobil luar-dalam oleh warga binaan di area SAE Lapas Tanjungpinang: bodi dicuci dengan sampo mobil, kaca dan velg dibersihkan, interior divakum. Voucher ditukarkan di lapas pada jam layanan; pilih \"Ambil di lapas\" saat checkout.",
    lapas: "lapas-tanjungpinang",
    craft: "cuci-mobil",
    variants: [
      {
        title: "Mobil kecil / sedan",
        sku: "KB-TPI-CUCI-KECIL",
        price: 35_000,
        batch: { quantity: 120, material_cost: 6_000, labour_cost: 12_000, days_ago: 20, makers: [{ inmate: 1, work_units: 60 }, { inmate: 3, work_units: 60 }] },
      },
      {
        title: "SUV / minibus",
        sku: "KB-TPI-CUCI-SUV",
        price: 50_000,
        batch: { quantity: 60, material_cost: 9_000, labour_cost: 17_000, days_ago: 20, makers: [{ inmate: 1, work_units: 40 }, { inmate: 3, work_units: 40 }] },
      },
    ],
  },
  {
    handle: "pangkas-rambut-tanjungpinang",
    title: "Voucher Pangkas Rambut",
    subtitle: "Pangkas rambut di Lapas Tanjungpinang",
    description:
      "Potong rambut pria oleh warga binaan yang dilatih balai latihan kerja provinsi: cuci, potong dan rapikan. Voucher ditukarkan di barbershop lapas.",
    lapas: "lapas-tanjungpinang",
    craft: "pangkas",
    variants: [
      {
        title: "Potong rambut",
        sku: "KB-TPI-PANGKAS",
        price: 20_000,
        batch: { quantity: 200, material_cost: 2_000, labour_cost: 8_000, days_ago: 20, makers: [{ inmate: 3, work_units: 120 }] },
      },
    ],
  },
  {
    handle: "permak-jahit-ambarawa",
    title: "Permak & Jahit Pakaian",
    subtitle: "Penjahit warga binaan Lapas Ambarawa",
    description:
      "Permak celana dan kemeja, pasang ritsleting, potong pendek, jahit ulang: dikerjakan penjahit warga binaan yang setiap hari menjahit sarung tangan softball. Pakaian diantar dan diambil di lapas.",
    lapas: "lapas-ambarawa",
    craft: "jahit",
    variants: [
      {
        title: "Permak celana / kemeja",
        sku: "KB-AMB-PERMAK",
        price: 25_000,
        batch: { quantity: 80, material_cost: 3_000, labour_cost: 11_000, days_ago: 15, makers: [{ inmate: 0, work_units: 50 }, { inmate: 3, work_units: 30 }] },
      },
      {
        title: "Ganti ritsleting",
        sku: "KB-AMB-RITSLETING",
        price: 30_000,
        batch: { quantity: 40, material_cost: 7_000, labour_cost: 10_000, days_ago: 15, makers: [{ inmate: 0, work_units: 20 }, { inmate: 1, work_units: 20 }] },
      },
    ],
  },
  {
    handle: "sablon-kaos-narkotika-jakarta",
    title: "Sablon Kaos",
    subtitle: "Sablon manual oleh warga binaan Lapas Narkotika Jakarta",
    description:
      "Sablon manual satu warna di atas kaos Anda sendiri, desain dari Anda. Harga per kaos; kaos diantar dan diambil di lapas.",
    lapas: "lapas-narkotika-jakarta",
    craft: "sablon",
    variants: [
      {
        title: "Satu warna, per kaos",
        sku: "KB-NJK-SABLON-1W",
        price: 30_000,
        batch: { quantity: 150, material_cost: 8_000, labour_cost: 9_000, days_ago: 10, makers: [{ inmate: 1, work_units: 30 }, { inmate: 3, work_units: 30 }] },
      },
    ],
  },
]

/** Problems with the demo services, checked by the seed before anything is written. */
export function validateServices(productHandles: Set<string>, skus: Set<string>): string[] {
  const problems: string[] = []
  const seenHandles = new Set<string>()
  const seenSkus = new Set<string>()
  for (const service of SERVICES) {
    if (productHandles.has(service.handle) || seenHandles.has(service.handle)) problems.push(`service ${service.handle}: handle already used`)
    seenHandles.add(service.handle)
    const prefix = INMATE_CODE_PREFIX[service.lapas]
    if (!prefix) problems.push(`service ${service.handle}: unknown lapas ${service.lapas}`)
    for (const variant of service.variants) {
      if (skus.has(variant.sku) || seenSkus.has(variant.sku)) problems.push(`service ${variant.sku}: SKU already used`)
      seenSkus.add(variant.sku)
      if (prefix && !variant.sku.startsWith(`KB-${prefix}-`)) problems.push(`service ${variant.sku}: SKU prefix is not its lapas's`)
      const hpp = variant.batch.material_cost + variant.batch.labour_cost
      if (hpp >= variant.price) problems.push(`service ${variant.sku}: HPP ${hpp} is not below the price ${variant.price}`)
      // The four active demo inmates of the lapas (demoInmates): indexes 0–3, those who work at the service's craft.
      const crew = makersOf(service.lapas, service.craft)
      for (const maker of variant.batch.makers) {
        if (maker.inmate < 0 || maker.inmate > 3) problems.push(`service ${variant.sku}: maker index ${maker.inmate} is not an active inmate`)
        else if (!crew.includes(maker.inmate)) problems.push(`service ${variant.sku}: maker index ${maker.inmate} does not work at ${service.craft}`)
      }
    }
  }
  return problems
}
