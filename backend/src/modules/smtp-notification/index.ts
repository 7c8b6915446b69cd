import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/** Notification provider for the "email" channel that sends through SMTP_URL (see medusa-config.ts). */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmtpNotificationService],
})
