/**
 * Shapes of the money admin API (issue 4): order shares, share policies,
 * production costs and batches, inmates, ledger. Every amount is whole rupiah
 * (an integer); every split is in basis points (10.000 bp = 100 %).
 */

export type ShareAccount = "capital" | "premi" | "pnbp"
export type LedgerKind = "sale" | "refund" | "correction"

/** One ledger row as the order shares endpoint returns it. */
export type OrderShareEntry = {
  id: string
  line_item_id: string
  account: ShareAccount
  /** Signed: refunds and some corrections are negative. */
  amount: number
  kind: LedgerKind
  /** Why a correction was booked; null or absent on sales and refunds. */
  reason?: string | null
  /** The accounting date (sale: capture, refund: refund, correction: booking). */
  booked_at?: string
  created_at: string
}

export type OrderShareLine = {
  line_item_id: string
  title: string
  lapas_id: string | null
  quantity: number
  revenue: number
  /** HPP per unit snapshotted when the order was placed. */
  unit_cost: number
  profit: number
  capital: number
  premi: number
  pnbp: number
}

/** `GET /admin/orders/:id/shares` */
export type OrderSharesResponse = {
  order_id: string
  revenue: number
  cost: number
  profit: number
  capital: number
  premi: number
  pnbp: number
  lines: OrderShareLine[]
  entries: OrderShareEntry[]
}

export type SharePolicyScope = "all" | "lapas" | "partner_agreement"

export type SharePolicy = {
  id: string
  scope: SharePolicyScope
  lapas_id: string | null
  partner_agreement_id: string | null
  capital_bp: number
  premi_bp: number
  pnbp_bp: number
  /** "YYYY-MM-DD" */
  effective_from: string
  note: string | null
  created_at: string
}

/** `GET /admin/share-policies` */
export type SharePolicyListResponse = {
  share_policies: SharePolicy[]
  count: number
}

/** `POST /admin/share-policies` */
export type CreateSharePolicyBody = {
  scope: SharePolicyScope
  lapas_id?: string
  partner_agreement_id?: string
  capital_bp: number
  premi_bp: number
  pnbp_bp: number
  effective_from: string
  note?: string
}

export type ProductionBatchSummary = {
  id: string
  quantity: number
  unit_cost: number
  /** "YYYY-MM-DD" */
  produced_on: string
  makers_count: number
}

export type VariantProductionCost = {
  variant_id: string
  title: string | null
  sku: string | null
  /** Weighted average HPP of the batches in stock; null before the first batch. */
  average_unit_cost: number | null
  stocked_quantity: number
  batches: ProductionBatchSummary[]
}

/** `GET /admin/products/:id/production-costs` */
export type ProductProductionCostsResponse = {
  product_id: string
  variants: VariantProductionCost[]
}

export type BatchMaker = { inmate_id: string; work_units: number }

/** `POST /admin/production-batches` */
export type CreateProductionBatchBody = {
  variant_id: string
  quantity: number
  unit_cost: number
  produced_on: string
  makers: BatchMaker[]
  notes?: string
}

export type CreateProductionBatchResponse = {
  production_batch: ProductionBatchSummary & { variant_id: string }
  variant_cost: unknown
}

export type InmateStatus = "active" | "released"

/** An inmate as the admin API shows one: a pseudonymous code, never an identity. */
export type Inmate = {
  id: string
  code: string
  lapas_id: string
  display_name: string | null
  status: InmateStatus
}

/** `GET /admin/inmates` */
export type InmateListResponse = { inmates: Inmate[]; count: number }

export type LedgerEntry = OrderShareEntry & {
  order_id: string
  lapas_id: string | null
  policy_id?: string | null
  /** HPP per unit the entry was booked with. */
  unit_cost?: number | null
}

export type LedgerParams = {
  lapasId?: string
  from?: string
  to?: string
  limit: number
  offset: number
}

/** `GET /admin/ledger` */
export type LedgerResponse = {
  entries: LedgerEntry[]
  count: number
  limit: number
  offset: number
  totals: Record<ShareAccount, number>
}
