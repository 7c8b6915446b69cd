import type { DemoLapas } from "./catalogue"

export type DemoPartnerKind = "pt" | "yayasan" | "lpk" | "koperasi" | "government_agency"
export type DemoActivity = "training" | "production" | "marketing"

export interface DemoPartner {
  name: string
  kind: DemoPartnerKind
  agreement: {
    number: string
    starts_on: string
    ends_on: string
    activities: DemoActivity[]
  }
}

export interface DemoLapasProfile {
  /** Work-unit code (invented for the demo, 6 digits like real satker codes). */
  satker_code: string
  /** Yearly PNBP target in whole rupiah. */
  pnbp_target_yearly: number
  partners: DemoPartner[]
}

/**
 * Partners of DOMAIN.md's table with invented but plausible agreements: a mix of short, medium
 * and long terms, and one that has already expired so the admin shows the badge.
 */
export const LAPAS_PROFILES: Record<DemoLapas["handle"], DemoLapasProfile> = {
  "lapas-bojonegoro": {
    satker_code: "413521",
    pnbp_target_yearly: 60_000_000,
    partners: [
      {
        name: "LPK Andre",
        kind: "lpk",
        agreement: {
          number: "PKS.W15.PAS.PAS.4-1207/2024",
          starts_on: "2024-03-01",
          ends_on: "2027-02-28",
          activities: ["training", "production"],
        },
      },
    ],
  },
  "lapas-tanjungpinang": {
    satker_code: "408312",
    pnbp_target_yearly: 45_000_000,
    partners: [
      {
        name: "Balai Latihan Kerja Provinsi Kepulauan Riau",
        kind: "government_agency",
        agreement: {
          number: "MOU/BLK-KEPRI/017/2023",
          starts_on: "2023-01-16",
          ends_on: "2024-12-31",
          activities: ["training"],
        },
      },
      {
        name: "Dinas Pertanian Provinsi Kepulauan Riau",
        kind: "government_agency",
        agreement: {
          number: "PKS/DISTAN-KEPRI/042/2025",
          starts_on: "2025-07-01",
          ends_on: "2026-06-30",
          activities: ["training", "production"],
        },
      },
    ],
  },
  "lapas-surabaya": {
    satker_code: "413110",
    pnbp_target_yearly: 250_000_000,
    partners: [
      {
        name: "PT Bahari Mitra Surya",
        kind: "pt",
        agreement: {
          number: "PKS.W15-PAS.1.PK.01.04-0311/2022",
          starts_on: "2022-05-10",
          ends_on: "2028-05-09",
          activities: ["production", "marketing"],
        },
      },
    ],
  },
  "lapas-semarang": {
    satker_code: "412118",
    pnbp_target_yearly: 300_000_000,
    partners: [
      {
        name: "PT Philnesia International",
        kind: "pt",
        agreement: {
          number: "PKS.W13.PAS.PAS1-0588/2023",
          starts_on: "2023-09-01",
          ends_on: "2026-08-31",
          activities: ["training", "production", "marketing"],
        },
      },
    ],
  },
  "lapas-tangerang": {
    satker_code: "411014",
    pnbp_target_yearly: 120_000_000,
    partners: [
      {
        name: "Yayasan Second Chance Foundation",
        kind: "yayasan",
        agreement: {
          number: "MOU/YSCF/LP-TNG/2024/09",
          starts_on: "2024-09-02",
          ends_on: "2029-09-01",
          activities: ["training"],
        },
      },
      {
        name: "PT Swen Inovasi Transfer",
        kind: "pt",
        agreement: {
          number: "PKS/SIT/LP-TNG/2025/03",
          starts_on: "2025-03-17",
          ends_on: "2027-03-16",
          activities: ["production", "marketing"],
        },
      },
    ],
  },
  "lapas-narkotika-jakarta": {
    satker_code: "410723",
    pnbp_target_yearly: 40_000_000,
    partners: [
      {
        name: "Yayasan Puspa Antariksa",
        kind: "yayasan",
        agreement: {
          number: "MOU/YPA/LPN-JKT/2025/01",
          starts_on: "2025-01-06",
          ends_on: "2026-01-05",
          activities: ["training"],
        },
      },
    ],
  },
  "lapas-cikarang": {
    satker_code: "411531",
    pnbp_target_yearly: 150_000_000,
    partners: [
      {
        name: "PT Glori Karsa Abadi",
        kind: "pt",
        agreement: {
          number: "PKS.W11.PAS.PAS.2-0214/2024",
          starts_on: "2024-02-01",
          ends_on: "2031-01-31",
          activities: ["production"],
        },
      },
    ],
  },
  "lapas-ambarawa": {
    satker_code: "412305",
    pnbp_target_yearly: 90_000_000,
    partners: [
      {
        name: "PT Inko Java",
        kind: "pt",
        agreement: {
          number: "PKS.W13.PAS.PAS.7-0931/2023",
          starts_on: "2023-06-12",
          ends_on: "2026-06-11",
          activities: ["production"],
        },
      },
    ],
  },
}
