export { auditLedger } from "./audit-ledger"
export * from "./types"
