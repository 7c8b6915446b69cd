import { integrationTestGroup } from "../runner"
import inputHygiene from "../suites/input-hygiene"
import lapasApiFindings from "../suites/lapas-api-findings"
import lapasApiSweep from "../suites/lapas-api-sweep"
import ledgerChain from "../suites/ledger-chain"
import rateLimits from "../suites/rate-limits"
import reportStreams from "../suites/report-streams"
import securityHardening from "../suites/security-hardening"
import storeImpact from "../suites/store-impact"

// The security suites (scope sweeps, input hygiene, rate limits, secrets and uploads, the ledger's
// hash chain, report streams, what the store discloses): a group of their own on the demo
// marketplace with the app's default configuration, beside demo-marketplace.spec.ts. README, Security.
integrationTestGroup({
  "input-hygiene": inputHygiene,
  "lapas-api-findings": lapasApiFindings,
  "lapas-api-sweep": lapasApiSweep,
  "ledger-chain": ledgerChain,
  "rate-limits": rateLimits,
  "report-streams": reportStreams,
  "security-hardening": securityHardening,
  "store-impact": storeImpact,
})
