import type { RouteSamples } from "../route-samples"

/**
 * The national area's scoped routes with lapas B's records (lapas registry and profiles,
 * partners and agreements, members and invitations, share policies, search demand, indicators).
 * Members, share policies, search demand and registering a lapas are national-only (staff and
 * finance get 403); the rest answer 404 for B's ids.
 */
export default {
  "GET /lapas-api/lapas": { query: () => ({ q: "Surabaya" }) },
  "POST /lapas-api/lapas": {
    body: () => ({
      handle: "lapas-sweep",
      name: "Lapas Uji Sapuan",
      lapas_class: "kelas_iib",
      city: "Madiun",
      province: "Jawa Timur",
    }),
  },
  "GET /lapas-api/lapas/:id": { params: (b) => ({ id: b.lapas }) },
  "POST /lapas-api/lapas/:id": { params: (b) => ({ id: b.lapas }), body: () => ({ story: "Diubah oleh lapas lain." }) },
  "GET /lapas-api/lapas/:id/partners": { params: (b) => ({ id: b.lapas }) },
  "POST /lapas-api/lapas/:id/partners": {
    params: (b) => ({ id: b.lapas }),
    body: () => ({
      name: "CV Sapuan",
      kind: "pt",
      agreement: { number: "PKS/SAPU/1", starts_on: "2026-01-01", ends_on: "2026-12-31", activities: ["training"] },
    }),
  },
  "POST /lapas-api/lapas/:id/partners/:partner_id": {
    params: (b) => ({ id: b.lapas, partner_id: b.partner }),
    body: () => ({ name: "Diambil alih" }),
  },
  "DELETE /lapas-api/lapas/:id/partners/:partner_id": { params: (b) => ({ id: b.lapas, partner_id: b.partner }) },
  "POST /lapas-api/lapas/:id/partners/:partner_id/agreements": {
    params: (b) => ({ id: b.lapas, partner_id: b.partner }),
    body: () => ({ number: "PKS/SAPU/2", starts_on: "2026-01-01", ends_on: "2026-12-31", activities: ["marketing"] }),
  },
  "GET /lapas-api/members": { query: (b) => ({ lapas_id: b.lapas }) },
  "POST /lapas-api/members": {
    body: (b) => ({ name: "Penyusup", email: "penyusup@example.id", role: "lapas_staff", lapas_id: b.lapas }),
  },
  "GET /lapas-api/members/:id": { params: (b) => ({ id: b.member }) },
  "POST /lapas-api/members/:id": { params: (b) => ({ id: b.member }), body: () => ({ name: "Diganti" }) },
  "POST /lapas-api/members/:id/deactivate": { params: (b) => ({ id: b.member }), body: () => ({}) },
  "POST /lapas-api/members/:id/reactivate": { params: (b) => ({ id: b.member }), body: () => ({}) },
  "POST /lapas-api/members/:id/invite": { params: (b) => ({ id: b.member }), body: () => ({}) },
  // Public: a made-up token is a 400 that names no member (no lapas data either way).
  "POST /lapas-api/invites/accept": { body: () => ({ token: "x".repeat(43), password: "sandi-sapuan-123" }) },
  "GET /lapas-api/share-policies": { query: (b) => ({ lapas_id: b.lapas }) },
  "POST /lapas-api/share-policies": {
    body: (b) => ({
      scope: "partner_agreement",
      partner_agreement_id: b.agreement,
      capital_bp: 5000,
      premi_bp: 3000,
      pnbp_bp: 2000,
      effective_from: "2099-01-01",
    }),
  },
  "GET /lapas-api/search-demand": { query: (b) => ({ lapas_id: b.lapas }) },
  "GET /lapas-api/indicators": { query: (b) => ({ lapas_id: b.lapas }) },
} satisfies RouteSamples
