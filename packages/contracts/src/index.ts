/**
 * @karya-binaan/contracts: the request and response shapes of every custom route, defined once.
 * Framework-free TypeScript (and zod where both sides validate). The backend's view builders
 * declare their return types from here; the storefront and the panel import types only from here.
 */
export * from "./money"
export * from "./dates"
export * from "./lapas"
export * from "./members"
export * from "./catalog"
export * from "./lapas-catalog"
export * from "./search"
export * from "./checkout"
export * from "./order-parts"
export * from "./orders"
export * from "./impact"
export * from "./production"
export * from "./profit-share"
export * from "./pnbp"
export * from "./premi"
export * from "./indicators"
export * from "./search-demand"
export * from "./shipping"
export * from "./areas"
export * from "./direct-sales"
export * from "./direct-sale-venues"
export * from "./direct-sale-catalog"
export * from "./receipts"
export * from "./services"
