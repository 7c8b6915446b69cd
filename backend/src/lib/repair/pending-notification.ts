import type { RepairKindHandler } from "./types"

export const pendingNotificationRepair: RepairKindHandler = {
  kind: "pending_notification",
  async run() {},
}
