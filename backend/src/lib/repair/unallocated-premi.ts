import type { RepairKindHandler } from "./types"

export const unallocatedPremiRepair: RepairKindHandler = {
  kind: "unallocated_premi",
  async run() {},
}
