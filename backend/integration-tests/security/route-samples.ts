/**
 * How the scoped API's security sweep (security/lapas-api-sweep) calls each route with another
 * lapas's records. Every route under src/api/lapas-api with a path parameter or a request body
 * has a sample in samples/<area>.ts, keyed "METHOD /lapas-api/path/:param" (the folder path with
 * [param] written :param). A sample says which of lapas B's records go where; the rest of the body
 * is a valid request for the caller's own lapas, so a refusal can only come from the scope check.
 */

/** Records of lapas B (the victim) the sweep resolves from the demo data and its own fixtures. */
export interface ForeignIds {
  lapas: string
  product: string
  variant: string
  /** B's variant's price set, and one of its prices. */
  priceSet: string
  price: string
  inventoryItem: string
  stockLocation: string
  category: string
  image: string
  /** An order holding only B's lines, and one holding A's and B's (the shared order). */
  order: string
  sharedOrder: string
  /** B's order line item, and its fulfillment once B has packed it. */
  lineItem: string
  fulfillment: string
  payment: string
  inmate: string
  productionBatch: string
  partner: string
  agreement: string
  member: string
  premiPayout: string
  pnbpDeposit: string
  ledgerEntry: string
  sharePolicy: string
  /** One of B's courier shipping options (its delivery settings). */
  shippingOption: string
  /** B's event venue (it holds stock of its own), a direct sale B's staff recorded there, and their daily closing of it. */
  venue: string
  directSale: string
  cashClosing: string
}

export interface RouteSample {
  /** The path parameters, by name. */
  params?: (b: ForeignIds) => Record<string, string>
  /** A request body valid for the caller's own lapas, with B's ids in every id position. */
  body?: (b: ForeignIds) => unknown
  /** A multipart upload instead of JSON (e.g. photos, transfer proofs). */
  multipart?: (b: ForeignIds) => Record<string, string | { file: Buffer; name: string; type: string }>
  /** Query parameters naming B's records (lists filtered by lapas, reports for a lapas). */
  query?: (b: ForeignIds) => Record<string, string>
}

export type RouteSamples = Record<string, RouteSample>
