/** Shapes returned by the Karya Binaan admin API (`/admin/me/lapas`, `/admin/lapas…`). */

export type LapasClass =
  | "kelas_i"
  | "kelas_iia"
  | "kelas_iib"
  | "kelas_iii"
  | "rutan"
  | "bapas"

export type LapasTimeZone = "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura"

export type Lapas = {
  id: string
  handle: string
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

export type AgreementTerm = "short" | "medium" | "long"
export type AgreementActivity = "training" | "production" | "marketing"

export type Agreement = {
  id: string
  number: string
  starts_on: string
  ends_on: string
  activities: string[]
  term: AgreementTerm
  expired: boolean
}

export type PartnerKind =
  | "pt"
  | "yayasan"
  | "lpk"
  | "koperasi"
  | "government_agency"

export type Partner = {
  id: string
  name: string
  kind: PartnerKind
  contact: string | null
  agreements: Agreement[]
}

export type StaffRole = "lapas_staff" | "finance"
export type AdminRole = "national" | StaffRole

export type Staff = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: StaffRole
}

export type LapasDetail = Lapas & { partners: Partner[]; staff: Staff[] }

export type MeLapasResponse = { role: AdminRole; lapas: Lapas | null }
export type LapasListResponse = { lapas: Lapas[]; count: number }
export type LapasDetailResponse = { lapas: LapasDetail }
export type ProductWithLapasResponse = {
  product: { id: string; lapas?: Lapas | null }
}

export type ProductStatus = "draft" | "proposed" | "published" | "rejected"

/** A row of `GET /admin/products` with the fields the lapas product tables ask for. */
export type LapasProduct = {
  id: string
  title: string
  handle: string
  status: ProductStatus
  thumbnail: string | null
  variants?: { id: string }[] | null
  lapas?: Pick<Lapas, "id" | "name" | "handle" | "city"> | null
}

export type LapasProductListResponse = {
  products: LapasProduct[]
  count: number
  offset: number
  limit: number
}

export type LapasProductListParams = {
  /** National users only; the guard scopes lapas users to their own lapas anyway. */
  lapasId?: string
  q?: string
  limit: number
  offset: number
}

export type UpdateLapasBody = Partial<
  Pick<
    Lapas,
    | "name"
    | "story"
    | "address"
    | "contact_email"
    | "contact_phone"
    | "satker_code"
    | "pnbp_target_yearly"
    | "is_active"
  >
>

export type CreatePartnerBody = {
  name: string
  kind: PartnerKind
  contact?: string
  agreement: {
    number: string
    starts_on: string
    ends_on: string
    activities: AgreementActivity[]
  }
}

export type CreateStaffBody = {
  email: string
  role: StaffRole
  first_name?: string
  last_name?: string
}

export type CreateStaffResponse = { staff: Staff; invite_token?: string }
