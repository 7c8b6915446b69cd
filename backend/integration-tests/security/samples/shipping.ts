import type { RouteSamples } from "../route-samples"

/** A lapas's delivery settings (pickup, courier services, rate tables), with lapas B's ids. */
export default {
  "GET /lapas-api/shipping": { query: (b) => ({ lapas_id: b.lapas }) },
  "POST /lapas-api/shipping/couriers": {
    body: (b) => ({ courier: "anteraja", service: "express", lapas_id: b.lapas }),
  },
  "POST /lapas-api/shipping/couriers/:id": {
    params: (b) => ({ id: b.shippingOption }),
    body: () => ({ rates: [{ zone: "35", per_kg: 1, etd_min_days: 1, etd_max_days: 2 }], enabled: false }),
  },
  "DELETE /lapas-api/shipping/couriers/:id": { params: (b) => ({ id: b.shippingOption }) },
} satisfies RouteSamples
