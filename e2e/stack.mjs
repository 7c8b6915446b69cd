// The end-to-end stack's settings, shared by run.mjs and prepare.mjs.
export const E2E_STACK = {
  database: "karyabinaan_e2e",
  backendPort: Number(process.env.E2E_BACKEND_PORT || 9100),
  storefrontPort: Number(process.env.E2E_STOREFRONT_PORT || 8100),
  panelPort: Number(process.env.E2E_PANEL_PORT || 7101), // the members' panel (Pusat Lapas)
  distDir: ".next-e2e",
  admin: false, // every member journey runs in the panel; Medusa's dashboard is the national office's
  xenditSimulatorPort: Number(process.env.E2E_XENDIT_PORT || 9110), // the local Xendit simulator (scripts/xendit-simulator.mjs)
}

export const log = (message) => console.log(`[e2e] ${message}`)
