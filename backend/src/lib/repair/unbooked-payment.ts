import type { RepairKindHandler } from "./types"

export const unbookedPaymentRepair: RepairKindHandler = {
  kind: "unbooked_payment",
  async run() {},
}
