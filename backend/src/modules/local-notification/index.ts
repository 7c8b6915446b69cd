import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { LocalEmailNotificationService } from "./service"

/** Notification provider for the "email" channel that writes `.eml` files (see medusa-config.ts). */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [LocalEmailNotificationService],
})
