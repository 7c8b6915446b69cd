import type { RepairKindHandler } from "./types"

export const receivedWebhookRepair: RepairKindHandler = {
  kind: "received_webhook",
  async run() {},
}
