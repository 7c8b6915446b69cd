import type { RouteSamples } from "../route-samples"

/**
 * Penjualan langsung (src/api/lapas-api/direct-sales, venues, cash-closings, lapas/:id/qris): B's
 * event venue, B's direct sale, B's lapas for its QRIS image. Bodies are valid for the caller's
 * own lapas but for B's ids, so a refusal can only come from the scope check.
 */

/** A 240×240 PNG (a black square on white): a QRIS picture big enough to pass the size check. */
const QR_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAPAAAADwCAMAAAAJixmgAAAABlBMVEX///8AAABVwtN+AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAqklEQVR42u3PAQkAAAgDsNu/tCUERbYGSwAAAAAAAAAAAAAAAAAAhtQSYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWHh+2EAAAAAAAAAAAAAAAAA4J0G1Fw4Qc4n8bAAAAAASUVORK5CYII=",
  "base64"
)

/** Today in WIB (both lapas of the sweep are in WIB). */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

export default {
  "GET /lapas-api/direct-sales": { query: (b) => ({ venue_id: b.venue }) },
  "POST /lapas-api/direct-sales": {
    body: (b) => ({
      client_id: "5a1e0000-0000-4000-8000-00000000b001",
      venue_id: b.venue,
      lines: [{ variant_id: b.variant, quantity: 1 }],
      payment_method: "qris",
      sold_at: new Date().toISOString(),
    }),
  },
  "GET /lapas-api/direct-sales/:id": { params: (b) => ({ id: b.directSale }) },
  "GET /lapas-api/direct-sales/:id/receipt": { params: (b) => ({ id: b.directSale }), query: () => ({ format: "a4" }) },
  "POST /lapas-api/direct-sales/:id/void": { params: (b) => ({ id: b.directSale }), body: () => ({ reason: "Salah input jumlah" }) },
  "POST /lapas-api/direct-sales/:id/settle-stock": {
    params: (b) => ({ id: b.directSale }),
    body: () => ({ note: "Sudah dihitung ulang" }),
  },
  // Creating an event names no record: it is the caller's own lapas's (finance: 403).
  "POST /lapas-api/venues": {
    body: () => ({ name: "Pameran Sapuan", starts_on: today(), ends_on: today() }),
  },
  "POST /lapas-api/venues/:id": { params: (b) => ({ id: b.venue }), body: () => ({ name: "Pameran diambil alih", max_discount_bp: 5000 }) },
  "POST /lapas-api/venues/:id/close": { params: (b) => ({ id: b.venue }), body: () => ({}) },
  "GET /lapas-api/venues/:id/stock": { params: (b) => ({ id: b.venue }) },
  "POST /lapas-api/venues/:id/stock-moves": {
    params: (b) => ({ id: b.venue }),
    body: (b) => ({ direction: "from_venue", lines: [{ variant_id: b.variant, quantity: 1 }] }),
  },
  "GET /lapas-api/cash-closings": { query: (b) => ({ venue_id: b.venue }) },
  "POST /lapas-api/cash-closings": {
    body: (b) => ({ venue_id: b.venue, business_date: today(), opening_float: 0, counted_cash: 0 }),
  },
  "GET /lapas-api/cash-closings/preview": { query: (b) => ({ venue_id: b.venue }) },
  "POST /lapas-api/lapas/:id/qris": {
    params: (b) => ({ id: b.lapas }),
    multipart: () => ({ file: { file: QR_PNG, name: "qris.png", type: "image/png" } }),
  },
  "DELETE /lapas-api/lapas/:id/qris": { params: (b) => ({ id: b.lapas }) },
} satisfies RouteSamples
