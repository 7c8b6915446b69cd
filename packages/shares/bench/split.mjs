// Throughput of splitProfit and reverseShares on the built package (run `pnpm build` first).
// Usage: pnpm bench [calls]   (default 1,000,000 calls per function)
import { DEFAULT_BASIS_POINTS, ZERO_SHARES, reverseShares, splitProfit } from "../dist/index.js"

const N = Number(process.argv[2] ?? 1_000_000)
const policies = [
  DEFAULT_BASIS_POINTS,
  { capital_bp: 3500, premi_bp: 5000, pnbp_bp: 1500 },
  { capital_bp: 3333, premi_bp: 3333, pnbp_bp: 3334 },
]
// A spread of realistic line profits, with a few losses (Rp -50.000 … Rp 50 juta).
const profits = Array.from({ length: 1024 }, (_, i) => BigInt(((i * 2_654_435_761) % 50_050_000) - 50_000))
const booked = profits.map((p, i) => splitProfit(p, policies[i % policies.length]))

let sink = 0n
function run(name, fn) {
  for (let i = 0; i < Math.min(N, 100_000); i++) sink ^= fn(i) // warm-up
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < N; i++) sink ^= fn(i)
  const ns = Number(process.hrtime.bigint() - t0)
  const perOp = ns / N
  console.log(
    `${name.padEnd(14)} ${N.toLocaleString("en-US")} calls  ${(ns / 1e6).toFixed(0).padStart(6)} ms  ` +
      `${Math.round(1e9 / perOp).toLocaleString("en-US").padStart(11)} ops/s  ${perOp.toFixed(0).padStart(5)} ns/op`,
  )
}

run("splitProfit", (i) => splitProfit(profits[i & 1023], policies[i % 3]).capital)
run("reverseShares", (i) => {
  const b = booked[i & 1023]
  return reverseShares({ booked: b, reversedSoFar: ZERO_SHARES, refundedSoFar: BigInt(1 + (i % 6)), total: 7n }).premi
})
if (sink === -1n) console.log("")
