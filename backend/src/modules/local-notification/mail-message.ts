import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** Sender of every buyer email unless SMTP_FROM or the provider's `from` option says otherwise. */
export const DEFAULT_SENDER = "Karya Binaan <pesanan@karyabinaan.id>"

export interface MailMessage {
  from: string
  to: string
  subject: string
  text?: string
  html?: string
}

/**
 * The email a notification describes. Both email providers (each keeps its own copy of this file,
 * so that a module imports no app code) send what the caller rendered
 * (`content`), never a provider-side template, so SMTP and the local folder show the same message.
 */
export function mailMessageOf(notification: ProviderSendNotificationDTO, sender: string): MailMessage {
  const content = notification?.content
  if (!notification?.to || !content?.subject || !(content.text || content.html)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Notification ${notification?.template ?? ""} needs a recipient and content with a subject and a text or html body`
    )
  }
  return {
    from: notification.from || sender,
    to: notification.to,
    subject: content.subject,
    ...(content.text ? { text: content.text } : {}),
    ...(content.html ? { html: content.html } : {}),
  }
}
