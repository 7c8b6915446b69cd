import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { mkdir, readdir, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import nodemailer from "nodemailer"
import { DEFAULT_SENDER, mailMessageOf } from "./mail-message"

export interface LocalNotificationOptions {
  /** Folder the messages are written to; default `.notifications` in the working directory. */
  directory?: string
  from?: string
  channels?: string[]
}

/**
 * For development without a mail server: each email notification becomes a `.eml` file (the
 * complete MIME message with its text and HTML parts, as SMTP would have carried it; a mail
 * client or browser extension shows it as the buyer would see it) and, beside it, a `.txt` with
 * the headers and the text part, plainly readable in a terminal (the `.eml` body is
 * quoted-printable). Files are named `<UTC time>-<template>-<notification id>` so a listing reads
 * in sending order. One pair of files per notification id: a notification sent again (the retry of
 * a failed one, the repair of one left pending) replaces its earlier files rather than adding a
 * second copy of the message.
 */
export class LocalEmailNotificationService extends AbstractNotificationProviderService {
  static override identifier = "local-email-notification"

  protected readonly logger_: Logger
  protected readonly sender_: string
  protected readonly directory_: string
  protected readonly composer_ = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" })

  constructor({ logger }: { logger: Logger }, options: LocalNotificationOptions = {}) {
    super()
    this.logger_ = logger
    this.sender_ = options.from || process.env.SMTP_FROM || DEFAULT_SENDER
    this.directory_ = path.resolve(options.directory || path.join(process.cwd(), ".notifications"))
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const message = mailMessageOf(notification, this.sender_)
    const { message: eml } = await this.composer_.sendMail(message)
    // The module hands its row (with the notification's id) to the provider; the type omits it.
    const notificationId = (notification as { id?: string }).id ?? randomUUID()
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")
    const baseName = `${stamp}-${safeName(notification.template || "email")}-${safeName(notificationId)}`
    const readable = [
      `From: ${message.from}`,
      `To: ${message.to}`,
      `Subject: ${message.subject}`,
      "",
      message.text ?? "(HTML only: open the .eml file)",
    ].join("\n")
    await mkdir(this.directory_, { recursive: true })
    await writeFile(path.join(this.directory_, `${baseName}.eml`), eml)
    await writeFile(path.join(this.directory_, `${baseName}.txt`), readable)
    if ((notification as { id?: string }).id) await this.removeEarlierCopies(baseName, `-${safeName(notificationId)}`)
    this.logger_.info(`Email "${message.subject}" to ${message.to} written to ${path.join(this.directory_, baseName)}.eml`)
    return { id: `${baseName}.eml` }
  }

  /** Deletes the files an earlier send of the same notification id wrote (another time stamp). */
  private async removeEarlierCopies(current: string, idSuffix: string) {
    const names = await readdir(this.directory_)
    const earlier = names.filter(
      (name) =>
        (name.endsWith(`${idSuffix}.eml`) || name.endsWith(`${idSuffix}.txt`)) &&
        name !== `${current}.eml` &&
        name !== `${current}.txt`
    )
    await Promise.all(earlier.map((name) => rm(path.join(this.directory_, name), { force: true })))
  }
}

const safeName = (value: string) => value.replace(/[^A-Za-z0-9_.-]+/g, "_")
