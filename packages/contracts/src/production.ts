import type { Rupiah } from "./money"

/**
 * Production: inmates (pseudonymous codes), production batches and their makers, production
 * costs (HPP) per variant. Routes of the lapas API (the panel): GET|POST /lapas-api/inmates,
 * GET|POST /lapas-api/inmates/:id, GET|POST /lapas-api/production-batches,
 * GET /lapas-api/production-batches/:id, GET /lapas-api/products/:id/production-costs,
 * GET /lapas-api/production-costs; the same shapes as the admin routes they replace
 * (/lapas-api/inmates…). Amounts are whole rupiah: counts are JSON numbers, stored amounts are
 * written with rupiahToJson (`Rupiah`). Inmate codes and names appear only in these responses,
 * to the inmate's own lapas and national members.
 */

export const INMATE_STATUSES = ["active", "released"] as const
export type InmateStatus = (typeof INMATE_STATUSES)[number]

/** An inmate as the admin lists one: a pseudonymous code, never an identity. */
export interface AdminInmate {
  id: string
  code: string
  lapas_id: string
  display_name: string | null
  status: InmateStatus
}

/** One inmate with the profile they consented to (or not) show buyers. */
export interface AdminInmateDetail extends AdminInmate {
  story: string | null
  consent_public: boolean
  created_at: string
  updated_at: string
}

/** `GET /lapas-api/inmates` */
export interface InmateListResponse {
  inmates: AdminInmate[]
  count: number
  limit: number
  offset: number
}

/** `POST /lapas-api/inmates` (201), `GET /lapas-api/inmates/:id`, `POST /lapas-api/inmates/:id` */
export interface InmateResponse {
  inmate: AdminInmateDetail
}

/** `POST /lapas-api/inmates`: lapas staff always register inmates of their own lapas. */
export interface CreateInmateBody {
  code: string
  display_name?: string | null
  story?: string | null
  consent_public?: boolean
  status?: InmateStatus
  /** Required from national users. */
  lapas_id?: string
}

/** `POST /lapas-api/inmates/:id`: the code and lapas stay as registered. */
export interface UpdateInmateBody {
  display_name?: string | null
  story?: string | null
  consent_public?: boolean
  status?: InmateStatus
}

export interface BatchMaker {
  inmate_id: string
  /** The inmate's code; null when the inmate is gone. */
  code: string | null
  work_units: number
}

export interface AdminProductionBatch {
  id: string
  lapas_id: string
  product_id: string
  variant_id: string
  quantity: number
  /** HPP per unit, whole rupiah (rupiahToJson: a string beyond the safe integers). */
  unit_cost: Rupiah
  /** YYYY-MM-DD */
  produced_on: string
  notes: string | null
  /** By code. */
  makers: BatchMaker[]
  created_at: string
  /** The parts of unit_cost when staff entered them (a batch layanan: materials + labour per service); null otherwise. */
  material_cost?: Rupiah | null
  labour_cost?: Rupiah | null
  /** Whether the batch is of a service (jasa): it covers services and raised no stock. */
  is_service?: boolean
}

/** `GET /lapas-api/production-batches` */
export interface ProductionBatchListResponse {
  production_batches: AdminProductionBatch[]
  count: number
  limit: number
  offset: number
}

/** A variant's moving weighted average HPP after a batch. */
export interface VariantCost {
  variant_id: string
  average_unit_cost: number
  stocked_quantity: number
}

/** `POST /lapas-api/production-batches` (201) */
export interface CreateProductionBatchResponse {
  production_batch: AdminProductionBatch
  variant_cost: VariantCost
}

/** `POST /lapas-api/production-batches` */
export interface CreateProductionBatchBody {
  variant_id: string
  quantity: number
  /**
   * Whole rupiah. May be left out when material_cost and labour_cost are given (it is their sum);
   * when all three are given it must equal the sum.
   */
  unit_cost?: number
  /** Materials per unit (per service for a batch layanan), whole rupiah; given together with labour_cost. */
  material_cost?: number
  /** Labour per unit, whole rupiah; given together with material_cost. */
  labour_cost?: number
  /** YYYY-MM-DD, not in the future. */
  produced_on: string
  /** Each inmate once. */
  makers: { inmate_id: string; work_units: number }[]
  notes?: string | null
}

export interface ProductionBatchSummary {
  id: string
  quantity: number
  unit_cost: Rupiah
  /** YYYY-MM-DD */
  produced_on: string
  makers_count: number
}

export interface VariantProductionCost {
  variant_id: string
  title: string | null
  sku: string | null
  /** Weighted average HPP of the batches in stock; null before the first batch. */
  average_unit_cost: Rupiah | null
  /** Stock at the lapas's locations. */
  stocked_quantity: number
  /** Newest first. */
  batches: ProductionBatchSummary[]
  /** A service (jasa): its batches are "batch layanan" (HPP = materials + labour), stock stays untouched. */
  is_service?: boolean
}

/** `GET /admin/products/:id/production-costs` */
export interface ProductProductionCostsResponse {
  product_id: string
  variants: VariantProductionCost[]
}

/** `GET /lapas-api/production-batches/:id` */
export interface ProductionBatchResponse {
  production_batch: AdminProductionBatch
}

/** A variant of the lapas with its product, its HPP and stock (what a batch can be recorded for). */
export interface LapasVariantProductionCost extends VariantProductionCost {
  product_id: string
  product_title: string | null
}

/**
 * `GET /lapas-api/production-costs`: every variant of the lapas's products (by product title),
 * with average HPP, stock at the lapas and its batches. National members name the lapas (lapas_id).
 */
export interface LapasProductionCostsResponse {
  lapas_id: string
  variants: LapasVariantProductionCost[]
}
