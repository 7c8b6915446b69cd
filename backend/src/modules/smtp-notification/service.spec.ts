import { simpleParser, type ParsedMail } from "mailparser"
import type { AddressInfo } from "node:net"
import { SMTPServer } from "smtp-server"
import { SmtpNotificationService } from "./service"

const logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } as any

describe("SMTP notification provider", () => {
  const received: ParsedMail[] = []
  let refuseNext = 0
  let server: SMTPServer
  let url: string

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (refuseNext > 0) {
          refuseNext--
          return callback(Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 }))
        }
        callback()
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail)
          callback()
        }, callback)
      },
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const notification = {
    to: "pembeli@example.com",
    channel: "email",
    template: "order-placed",
    content: { subject: "Pesanan #1042 kami terima", text: "Total: Rp 200.000", html: "<p>Total: Rp 200.000</p>" },
  }

  it("sends the rendered subject, text and HTML from the default sender and returns the message id", async () => {
    const provider = new SmtpNotificationService({ logger }, { url })
    const result = await provider.send(notification)
    const mail = received.at(-1)!
    expect(result.id).toBe(mail.messageId)
    expect(mail.subject).toBe("Pesanan #1042 kami terima")
    expect(mail.from?.text).toBe('"Karya Binaan" <pesanan@karyabinaan.id>')
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("pembeli@example.com")
    expect(mail.text?.trim()).toBe("Total: Rp 200.000")
    expect(mail.html).toContain("<p>Total: Rp 200.000</p>")
  })

  it("uses the configured sender", async () => {
    const provider = new SmtpNotificationService({ logger }, { url, from: "Toko <toko@example.com>" })
    await provider.send(notification)
    expect(received.at(-1)!.from?.text).toBe('"Toko" <toko@example.com>')
  })

  it("throws when the server refuses, and when there is nothing to send", async () => {
    const provider = new SmtpNotificationService({ logger }, { url })
    refuseNext = 1
    await expect(provider.send(notification)).rejects.toThrow(/451|rejected/i)
    await expect(provider.send({ ...notification, content: { subject: "x" } })).rejects.toThrow(/content/)
    const count = received.length
    await provider.send(notification)
    expect(received.length).toBe(count + 1)
  })

  it("throws when the server is not there", async () => {
    const provider = new SmtpNotificationService({ logger }, { url: "smtp://127.0.0.1:1" })
    await expect(provider.send(notification)).rejects.toThrow()
  })

  it("refuses to start without an smtp:// URL", () => {
    expect(() => SmtpNotificationService.validateOptions({})).toThrow(/url/)
    expect(() => SmtpNotificationService.validateOptions({ url: "smtp://localhost:25" })).not.toThrow()
  })
})
