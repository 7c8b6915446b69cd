import { z } from "zod"
import type { AdminLapas } from "./lapas"
import type { CashClosing, Venue, VenueStockRow } from "./direct-sales"

/**
 * Venues' stock, the event's close, settling a sale's stock warnings, the daily closings' list and
 * the lapas's static QRIS image (issue 20). The shapes the routes share with the panel.
 */

/** `POST /lapas-api/venues/:id/close`: the event's remaining positive stock went back to the lapas's location. */
export interface CloseVenueResponse {
  venue: Venue
  /** What was returned, per variant (quantity = units moved back). */
  returned: VenueStockRow[]
}

/** `POST /lapas-api/direct-sales/:id/settle-stock`: staff counted and settled a sale sold beyond the stock. */
export const SettleDirectSaleStockSchema = z
  .object({
    note: z
      .string({ error: "Say how the stock was settled (note)" })
      .trim()
      .min(5, "Say how the stock was settled, in at least 5 characters (note)")
      .max(500),
  })
  .strict()
export type SettleDirectSaleStockRequest = z.input<typeof SettleDirectSaleStockSchema>

/** `GET /lapas-api/cash-closings`. */
export interface ListCashClosingsResponse {
  closings: CashClosing[]
  count: number
  limit: number
  offset: number
}

/** The lapas's static QRIS image: what an upload may be (checked by its bytes, re-encoded as PNG). */
export const QRIS_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const QRIS_IMAGE_MAX_BYTES = 5 * 1024 * 1024
/** A QR code smaller than this on its shorter side is refused: a phone could not scan it from the stand. */
export const QRIS_IMAGE_MIN_EDGE = 200

/** `POST`/`DELETE /lapas-api/lapas/:id/qris`. */
export interface LapasQrisResponse {
  lapas: AdminLapas
}
