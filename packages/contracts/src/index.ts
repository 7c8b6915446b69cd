/**
 * @karya-binaan/contracts: the request and response shapes of every custom route, defined once.
 * Framework-free TypeScript (and zod where both sides validate). The backend's view builders
 * declare their return types from here; the storefront and the panel import types only from here.
 */
export * from "./money"
