import { NATIONAL_IMPACT_STEP, type NationalImpactResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogCount, rupiahRegion } from "../../../lib/catalog/queries"
import { salesChannelIdsOf } from "../../utils/store"
import { sqlOf } from "../../../lib/sql"
import { EmptyQuerySchema, parseStoreQuery } from "../catalog/validators"

/**
 * GET /store/impact: what sales through the marketplace have done, nationally:
 * - premi, pnbp, capital: every share booked in the ledger (sales, refund reversals and HPP
 *   corrections summed, so net of both), rounded down to NATIONAL_IMPACT_STEP (Rp 100.000) so that
 *   totals read around one's own purchase do not reveal that product's profit and HPP;
 * - orders: orders with a sale booked;
 * - lapas: active lapas;
 * - products: what GET /store/catalog lists without filters for the caller's key (published,
 *   in its sales channels, of an active lapas, priced in rupiah; 0 without a rupiah region).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  parseStoreQuery(req, EmptyQuerySchema)
  const sql = sqlOf(req.scope)
  const { rows } = await sql.raw(
    `SELECT COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'premi'), 0)::text AS premi,
            COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'pnbp'), 0)::text AS pnbp,
            COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'capital'), 0)::text AS capital,
            COUNT(DISTINCT e.order_id) FILTER (WHERE e.kind = 'sale')::bigint AS orders,
            (SELECT COUNT(*) FROM lapas l WHERE l.deleted_at IS NULL AND l.is_active = true)::bigint AS lapas
       FROM share_ledger_entry e
      WHERE e.deleted_at IS NULL`
  )
  const totals = rows[0] ?? {}
  const step = BigInt(NATIONAL_IMPACT_STEP)
  const coarse = (amount: string | undefined) => {
    const exact = BigInt(amount ?? 0)
    return exact > 0n ? (exact / step) * step : 0n
  }
  const region = await rupiahRegion(req.scope)
  const products = region
    ? await catalogCount(sql, { salesChannelIds: salesChannelIdsOf(req), currencyCode: region.currency_code })
    : 0
  res.json({
    impact: {
      premi: rupiahToJson(coarse(totals.premi)),
      pnbp: rupiahToJson(coarse(totals.pnbp)),
      capital: rupiahToJson(coarse(totals.capital)),
      orders: Number(totals.orders ?? 0),
      lapas: Number(totals.lapas ?? 0),
      products,
    },
  } satisfies NationalImpactResponse)
}
