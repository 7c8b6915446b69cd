import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer from "nodemailer"
import SMTPTransport from "nodemailer/lib/smtp-transport"
import { DEFAULT_SENDER, mailMessageOf } from "./mail-message"

export interface SmtpNotificationOptions {
  /** e.g. `smtp://user:pass@mail.example.com:587` or `smtps://…:465`; query options as nodemailer reads them. */
  url: string
  /** Sender; default SMTP_FROM, else "Karya Binaan <pesanan@karyabinaan.id>". */
  from?: string
  channels?: string[]
}

/**
 * Sends each email notification through one SMTP server with nodemailer. A server that refuses
 * or cannot be reached makes `send` throw, so the notification row is marked failed and retried
 * later (src/notifications/retry-failed-notifications.ts).
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static override identifier = "smtp-notification"

  protected readonly logger_: Logger
  protected readonly sender_: string
  protected readonly transporter_: nodemailer.Transporter<SMTPTransport.SentMessageInfo>

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options?.url !== "string" || !/^smtps?:\/\//i.test(options.url)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The SMTP notification provider needs `url` (smtp:// or smtps://)"
      )
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger_ = logger
    this.sender_ = options.from || process.env.SMTP_FROM || DEFAULT_SENDER
    // Short timeouts: a hanging server must fail the send (and leave it to the retries)
    // rather than hold a subscriber for nodemailer's default minutes.
    this.transporter_ = nodemailer.createTransport(
      new SMTPTransport({
        url: options.url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      })
    )
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const message = mailMessageOf(notification, this.sender_)
    const info = await this.transporter_.sendMail(message)
    if (info.rejected?.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The SMTP server refused the recipient ${info.rejected.join(", ")}`
      )
    }
    this.logger_.debug?.(`Email "${message.subject}" sent to ${message.to} as ${info.messageId}`)
    return { id: info.messageId }
  }
}
