import { z } from "zod"

/**
 * A whole-rupiah amount in a request body: rupiah have no minor unit, so an integer ≥ 0 that
 * JSON can carry exactly. The one schema for it; backend routes and the apps' forms share it.
 */
export const wholeRupiah = z
  .number({ error: "Amounts are whole rupiah, as a number" })
  .int("Amounts are whole rupiah: no fractions")
  .nonnegative("An amount cannot be negative")
  .max(Number.MAX_SAFE_INTEGER)

/**
 * A whole-rupiah amount in a response: a JSON number while it is a safe integer, else its
 * exact decimal string (the backend writes it with rupiahToJson from @karya-binaan/shares).
 */
export type Rupiah = number | string
