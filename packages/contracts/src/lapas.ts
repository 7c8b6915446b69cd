/**
 * Lapas: public profiles (store), a lapas as members see it with its bank account, partners,
 * agreements and members. Routes: GET /store/lapas, GET /store/lapas/:handle, GET|POST
 * /lapas-api/lapas, GET|POST /lapas-api/lapas/:id, /lapas-api/lapas/:id/partners….
 */

export const LAPAS_CLASSES = ["kelas_i", "kelas_iia", "kelas_iib", "kelas_iii", "rutan", "bapas"] as const
export type LapasClass = (typeof LAPAS_CLASSES)[number]

/** WIB, WITA, WIT: a lapas keeps its days (periods, reports, dates shown) in its own zone. */
export const LAPAS_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const
export type LapasTimeZone = (typeof LAPAS_TIME_ZONES)[number]

export const PARTNER_KINDS = ["pt", "yayasan", "lpk", "koperasi", "government_agency"] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

export const PARTNER_ACTIVITIES = ["training", "production", "marketing"] as const
export type PartnerActivity = (typeof PARTNER_ACTIVITIES)[number]

/** Short < 2 years, medium 2–5 years, long ≥ 5 years. */
export const AGREEMENT_TERMS = ["short", "medium", "long"] as const
export type AgreementTerm = (typeof AGREEMENT_TERMS)[number]

/** The roles of a lapas's own staff; national users are the national office's. */
export const STAFF_ROLES = ["lapas_staff", "finance"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]
/** The fields of a lapas anyone may see (the storefront's brand page, a product's `lapas`). */
export const PUBLIC_LAPAS_FIELDS = [
  "id",
  "handle",
  "name",
  "lapas_class",
  "city",
  "province",
  "time_zone",
  "story",
  "logo_url",
] as const

/** A lapas's public profile: PUBLIC_LAPAS_FIELDS, each null when the row has none. */
export interface PublicLapas {
  id: string
  handle: string
  name: string
  lapas_class: LapasClass
  city: string
  province: string
  time_zone: LapasTimeZone
  story: string | null
  logo_url: string | null
}

/** `GET /store/lapas` and `GET /store/lapas/:handle`: the profile and what it sells here. */
export interface StoreLapas extends PublicLapas {
  /** Published products the caller's publishable key can sell. */
  product_count: number
}

/** `GET /store/lapas` */
export interface StoreLapasListResponse {
  lapas: StoreLapas[]
  count: number
}

/** `GET /store/lapas/:handle` */
export interface StoreLapasResponse {
  lapas: StoreLapas
}

/** A lapas as the admin routes show it (without the bank account). */
export interface AdminLapas extends PublicLapas {
  satker_code: string | null
  /** Whole rupiah; the backend writes Number() of the stored amount. */
  pnbp_target_yearly: number
  address: string | null
  contact_email: string | null
  contact_phone: string | null
  /** The lapas's static QRIS image (re-encoded PNG), shown at its direct-sales till; null when none. */
  qris_image_url: string | null
  is_active: boolean
  created_at: string
  updated_at: string
}

export const LAPAS_BANK_FIELDS = ["bank_name", "bank_account_number", "bank_account_holder"] as const
export type LapasBankField = (typeof LAPAS_BANK_FIELDS)[number]

/**
 * The account buyers transfer to for a lapas's part (all three set, or all null), and the lapas's
 * Xendit xenPlatform sub-account, where online payments for its parts are split to (null: the lapas
 * takes bank transfers only).
 */
export type LapasBankAccount = Record<LapasBankField, string | null> & { xendit_sub_account_id: string | null }

export type AdminLapasWithBank = AdminLapas & LapasBankAccount

export interface PartnerAgreement {
  id: string
  number: string
  /** ISO instant (midnight WIB of the day). */
  starts_on: string
  ends_on: string
  activities: PartnerActivity[]
  term: AgreementTerm
  expired: boolean
}

export interface AdminPartner {
  id: string
  name: string
  kind: PartnerKind
  contact: string | null
  agreements: PartnerAgreement[]
}

interface LapasProfileBody {
  name: string
  lapas_class: LapasClass
  city: string
  province: string
  time_zone: LapasTimeZone
  satker_code: string | null
  pnbp_target_yearly: number
  story: string | null
  address: string | null
  contact_email: string | null
  contact_phone: string | null
  logo_url: string | null
  is_active: boolean
}

type BankAccountBody = Partial<Record<LapasBankField | "xendit_sub_account_id", string | null>>

/** `POST /lapas-api/lapas` (national users). */
export type CreateLapasBody = Pick<LapasProfileBody, "name" | "lapas_class" | "city" | "province"> &
  Partial<Omit<LapasProfileBody, "name" | "lapas_class" | "city" | "province">> &
  BankAccountBody & { handle: string }

/** `POST /lapas-api/lapas/:id`: lapas staff may change only story, address, contacts and logo. */
export type UpdateLapasBody = Partial<LapasProfileBody> & BankAccountBody

/** `POST /lapas-api/lapas/:id/partners`: a partner and its first agreement together. */
export interface CreatePartnerBody {
  name: string
  kind: PartnerKind
  contact?: string | null
  agreement: {
    number: string
    /** YYYY-MM-DD */
    starts_on: string
    ends_on: string
    activities: PartnerActivity[]
  }
}

/** A member of a lapas as its profile lists them (`GET /lapas-api/lapas/:id`). */
export interface LapasMemberSummary {
  id: string
  name: string
  email: string
  role: "lapas_staff" | "finance"
  status: "invited" | "active" | "deactivated"
}

/** `GET /lapas-api/lapas/:id`: the lapas with its bank account, partners and members. */
export type LapasDetail = AdminLapasWithBank & { partners: AdminPartner[]; members: LapasMemberSummary[] }

/** `GET /lapas-api/lapas` (national: every lapas; others: their own). */
export interface LapasListResponse {
  lapas: AdminLapasWithBank[]
  count: number
  limit: number
  offset: number
}
/** `POST /lapas-api/lapas` (201) and `POST /lapas-api/lapas/:id`. */
export interface LapasResponse {
  lapas: AdminLapasWithBank
}

export interface LapasDetailResponse {
  lapas: LapasDetail
}

/** `GET /lapas-api/lapas` query: `q` searches the name; `is_active` "true"/"false". */
export interface LapasListQuery {
  q?: string
  province?: string
  is_active?: "true" | "false"
  limit?: number
  offset?: number
}

/** `GET /lapas-api/lapas/:id/partners` */
export interface PartnerListResponse {
  partners: AdminPartner[]
}
/** `POST /lapas-api/lapas/:id/partners` (201), `POST …/partners/:partner_id`, `POST …/partners/:partner_id/agreements` (201). */
export interface PartnerResponse {
  partner: AdminPartner
}

/** `POST /lapas-api/lapas/:id/partners/:partner_id`: name, kind or contact. */
export interface UpdatePartnerBody {
  name?: string
  kind?: PartnerKind
  contact?: string | null
}

/** `POST /lapas-api/lapas/:id/partners/:partner_id/agreements`: a further agreement (a renewal). */
export type CreateAgreementBody = CreatePartnerBody["agreement"]

/** `DELETE /lapas-api/lapas/:id/partners/:partner_id` */
export interface PartnerDeleteResponse {
  id: string
  object: "partner"
  deleted: true
}
