import type { RepairKindHandler } from "./types"

export const unreversedRefundRepair: RepairKindHandler = {
  kind: "unreversed_refund",
  async run() {},
}
