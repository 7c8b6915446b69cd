import type { RouteSamples } from "../route-samples"

/** A finance body valid for the caller's own lapas, so a refusal can only come from the scope check. */
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

/** Finance: ledger (and its hash chains), order shares and corrections, PNBP deposits, periods, PNBP reports. */
export default {
  "GET /lapas-api/ledger": {
    // Each alone is refused too (suites/profit-share.ts).
    query: (b) => ({ lapas_id: b.lapas, order_id: b.order }),
  },
  "GET /lapas-api/ledger/chain": {
    query: (b) => ({ lapas_id: b.lapas }),
  },
  "GET /lapas-api/orders/:id/shares": {
    params: (b) => ({ id: b.order }),
  },
  "POST /lapas-api/orders/:id/shares/corrections": {
    // The shared order is in A's scope: B's line in it must still be refused.
    params: (b) => ({ id: b.sharedOrder }),
    body: (b) => ({ line_item_id: b.lineItem, unit_cost: 1000, reason: "HPP batch salah input" }),
  },
  "GET /lapas-api/pnbp-deposits": {
    query: (b) => ({ lapas_id: b.lapas }),
  },
  "POST /lapas-api/pnbp-deposits": {
    body: (b) => ({
      lapas_id: b.lapas,
      period_from: "2026-01-01",
      period_to: "2026-01-31",
      billing_code: "820261015000123",
      ntpn: "SWEEP0000000B001",
      amount: 1000,
      deposited_on: today(),
    }),
  },
  "POST /lapas-api/pnbp-deposits/:id/reverse": {
    params: (b) => ({ id: b.pnbpDeposit }),
    body: () => ({ reason: "Nominal salah ketik" }),
  },
  "GET /lapas-api/periods": {
    query: (b) => ({ lapas_id: b.lapas }),
  },
  "POST /lapas-api/periods/close": {
    body: (b) => ({ lapas_id: b.lapas, month: "2026-01" }),
  },
  "GET /lapas-api/periods/preview": {
    query: (b) => ({ lapas_id: b.lapas, month: "2026-01" }),
  },
  "GET /lapas-api/reports/pnbp": {
    query: (b) => ({ lapas_id: b.lapas, from: "2026-01-01", to: "2026-01-31", format: "json" }),
  },
  "GET /lapas-api/reports/pnbp/reconciliation": {
    query: (b) => ({ lapas_id: b.lapas, from: "2026-01", to: "2026-02" }),
  },
} satisfies RouteSamples
