import type { RouteSamples } from "../route-samples"

/**
 * The lapas's orders (src/api/lapas-api/orders): B's orders, B's fulfillment under the shared
 * order and under B's own, B's line in a pack request, B's lapas named where a national member
 * names one.
 */
const PROOF_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

export default {
  "GET /lapas-api/orders": { query: (b) => ({ lapas_id: b.lapas }) },
  "GET /lapas-api/orders/:id": { params: (b) => ({ id: b.order }), query: (b) => ({ lapas_id: b.lapas }) },
  "POST /lapas-api/orders/:id/transfer-confirmations": {
    params: (b) => ({ id: b.order }),
    multipart: (b) => ({
      lapas_id: b.lapas,
      amount: "100000",
      transferred_on: new Date().toISOString().slice(0, 10),
      proof: { file: PROOF_PNG, name: "bukti.png", type: "image/png" },
    }),
  },
  "POST /lapas-api/orders/:id/fulfillments": {
    params: (b) => ({ id: b.sharedOrder }),
    body: (b) => ({ lapas_id: b.lapas, items: [{ id: b.lineItem, quantity: 1 }] }),
  },
  "POST /lapas-api/orders/:id/fulfillments/:fulfillment_id/shipment": {
    params: (b) => ({ id: b.sharedOrder, fulfillment_id: b.fulfillment }),
    // A courier code from COURIERS (an unknown courier would be refused before any scope check).
    body: () => ({ courier: "jne", resi: "JNE0012345678" }),
  },
  "POST /lapas-api/orders/:id/fulfillments/:fulfillment_id/delivered": {
    params: (b) => ({ id: b.sharedOrder, fulfillment_id: b.fulfillment }),
    body: () => ({}),
  },
  "POST /lapas-api/orders/:id/cancel": { params: (b) => ({ id: b.order }), body: () => ({ reason: "Stok habis" }) },
  "GET /lapas-api/orders/:id/packing-slip": { params: (b) => ({ id: b.order }), query: (b) => ({ lapas_id: b.lapas }) },
  "GET /lapas-api/orders/:id/shipping-label": { params: (b) => ({ id: b.order }), query: (b) => ({ lapas_id: b.lapas }) },
} satisfies RouteSamples
