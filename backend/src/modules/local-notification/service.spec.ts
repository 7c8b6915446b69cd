import { simpleParser } from "mailparser"
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { LocalEmailNotificationService } from "./service"

const logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } as any

describe("local email notification provider", () => {
  let directory: string

  beforeEach(async () => {
    directory = path.join(await mkdtemp(path.join(os.tmpdir(), "notifications-")), "mail")
  })
  afterEach(() => rm(path.dirname(directory), { recursive: true, force: true }))

  it("writes each email as a readable .eml file named after its time, template and id", async () => {
    const provider = new LocalEmailNotificationService({ logger }, { directory })
    const result = await provider.send({
      id: "noti_01",
      to: "pembeli@example.com",
      channel: "email",
      template: "order-shipped",
      content: { subject: "Pesanan #1042 dikirim", text: "Nomor resi: JNE0012345678", html: "<p>Nomor resi: JNE0012345678</p>" },
    } as any)

    expect(result.id).toMatch(/^\d{8}T\d{6}Z-order-shipped-noti_01\.eml$/)
    const text = result.id!.replace(/\.eml$/, ".txt")
    expect((await readdir(directory)).sort()).toEqual([result.id, text])
    expect(await readFile(path.join(directory, text), "utf8")).toBe(
      [
        "From: Karya Binaan <pesanan@karyabinaan.id>",
        "To: pembeli@example.com",
        "Subject: Pesanan #1042 dikirim",
        "",
        "Nomor resi: JNE0012345678",
      ].join("\n")
    )
    const eml = await readFile(path.join(directory, result.id!), "utf8")
    expect(eml).toContain("Subject: Pesanan #1042 dikirim")
    const mail = await simpleParser(eml)
    expect(mail.from?.text).toBe('"Karya Binaan" <pesanan@karyabinaan.id>')
    expect(mail.text?.trim()).toBe("Nomor resi: JNE0012345678")
    expect(mail.html).toContain("<p>Nomor resi: JNE0012345678</p>")
  })

  it("writes one pair of files per notification id: sending it again replaces the earlier copy", async () => {
    const provider = new LocalEmailNotificationService({ logger }, { directory })
    const message = (id: string, subject: string) =>
      ({ id, to: "pembeli@example.com", channel: "email", template: "order-placed", content: { subject, text: subject } }) as any
    const first = await provider.send(message("noti_07", "Percobaan pertama"))
    await provider.send(message("noti_070", "Notifikasi lain"))
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const again = await provider.send(message("noti_07", "Percobaan kedua"))
    expect(again.id).not.toBe(first.id)
    const names = (await readdir(directory)).sort()
    expect(names.filter((n) => n.endsWith("-noti_07.eml") || n.endsWith("-noti_07.txt"))).toEqual(
      [again.id, again.id!.replace(/\.eml$/, ".txt")].sort()
    )
    expect(names.filter((n) => n.includes("-noti_070."))).toHaveLength(2)
    expect(await readFile(path.join(directory, again.id!.replace(/\.eml$/, ".txt")), "utf8")).toContain("Percobaan kedua")
  })

  it("refuses a notification without content", async () => {
    const provider = new LocalEmailNotificationService({ logger }, { directory })
    await expect(provider.send({ to: "a@example.com", channel: "email", template: "x" })).rejects.toThrow(/content/)
  })
})
