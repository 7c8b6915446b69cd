import type { RouteSamples } from "../route-samples"

/** Today in WIB, a valid payout day. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

/** Production and premi: inmates, production batches, production costs, premi balances, statements, payouts. */
export default {
  "GET /lapas-api/inmates": { query: (b) => ({ lapas_id: b.lapas }) },
  // No id in the body: staff always register for their own lapas (a lapas_id is refused, 400).
  "POST /lapas-api/inmates": { body: () => ({ code: "SWEEP-001", consent_public: false }) },
  "GET /lapas-api/inmates/:id": { params: (b) => ({ id: b.inmate }) },
  "POST /lapas-api/inmates/:id": {
    params: (b) => ({ id: b.inmate }),
    body: () => ({ display_name: "Sapuan", consent_public: false, status: "released" }),
  },
  "GET /lapas-api/production-batches": {
    query: (b) => ({ lapas_id: b.lapas, variant_id: b.variant, product_id: b.product }),
  },
  "POST /lapas-api/production-batches": {
    body: (b) => ({
      variant_id: b.variant,
      quantity: 3,
      unit_cost: 10_000,
      produced_on: "2026-01-15",
      makers: [{ inmate_id: b.inmate, work_units: 2 }],
      notes: "sweep",
    }),
  },
  "GET /lapas-api/production-batches/:id": { params: (b) => ({ id: b.productionBatch }) },
  "GET /lapas-api/products/:id/production-costs": { params: (b) => ({ id: b.product }) },
  "GET /lapas-api/production-costs": { query: (b) => ({ lapas_id: b.lapas }) },
  "GET /lapas-api/premi/inmates": { query: (b) => ({ lapas_id: b.lapas }) },
  "GET /lapas-api/premi/inmates/:id/statement": {
    params: (b) => ({ id: b.inmate }),
    query: () => ({ format: "pdf" }),
  },
  "GET /lapas-api/premi/payouts": { query: (b) => ({ lapas_id: b.lapas, inmate_id: b.inmate }) },
  "POST /lapas-api/premi/payouts": {
    body: (b) => ({ inmate_id: b.inmate, amount: 1, paid_on: today(), method: "cash_inside", note: "sweep" }),
  },
} satisfies RouteSamples
