import { randomBytes } from "node:crypto"

/**
 * Fresh JWT_SECRET and COOKIE_SECRET for one run of a production backend (NODE_ENV=production
 * refuses to start without them): random per run, so no token outlives the run or works on
 * another machine's stack.
 */
export function freshSecrets() {
  return {
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
  }
}
