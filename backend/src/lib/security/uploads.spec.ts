import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync, existsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import sharp from "sharp"
import { moveLegacyStaticFiles, storedFileHeaders } from "./stored-files"
import { inspectImage, reencodeImage, storedImageFormat, withImageExtension } from "./uploads"

const HTML = Buffer.from("<!doctype html><html><body><script>fetch('/admin/api-keys')</script></body></html>")
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>alert(document.domain)</script><rect width="40" height="40"/></svg>'
)
const GPS_TAG = Buffer.from([0x25, 0x88]) // GPSInfo (0x8825), little-endian, in the EXIF IFD0

async function pngWithGps() {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: "#c33" } })
    .png()
    .withExif({
      IFD0: { Copyright: "Lapas Bojonegoro" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 9/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "111/1 52/1 0/1" },
    })
    .toBuffer()
}
const jpeg = () => sharp({ create: { width: 20, height: 20, channels: 3, background: "#fff" } }).jpeg().toBuffer()

async function refusal(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error: any) {
    return { type: error.type, message: String(error.message) }
  }
  return null
}

describe("inspectImage and reencodeImage", () => {
  it("refuses HTML, SVG, and HTML behind a GIF header, naming the file and the accepted types", async () => {
    const gifHtml = Buffer.concat([Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00", "latin1"), HTML])
    for (const [bytes, name] of [
      [HTML, "katalog.html"],
      [SVG, "logo.svg"],
      [gifHtml, "foto.gif"],
      [SVG, "disguised.png"],
      [Buffer.from("%PDF-1.7\n"), "nota.pdf"],
    ] as const) {
      const refused = await refusal(reencodeImage(bytes, name))
      expect(refused).toMatchObject({ type: "invalid_data" })
      expect(refused!.message).toContain(`"${name}"`)
      expect(refused!.message).toMatch(/JPEG, PNG, WebP or AVIF/)
    }
  })

  it("re-encodes a JPEG/HTML polyglot into a JPEG without the appended HTML", async () => {
    const polyglot = Buffer.concat([await jpeg(), HTML])
    const clean = await reencodeImage(polyglot, "foto.jpg")
    expect(clean).toMatchObject({ format: "jpeg", mimeType: "image/jpeg", extension: "jpg" })
    expect(clean.bytes.includes(Buffer.from("<script"))).toBe(false)
    expect(clean.bytes.includes(Buffer.from("html"))).toBe(false)
    expect((await sharp(clean.bytes).metadata()).format).toBe("jpeg")
  })

  it("drops EXIF, GPS included, from a PNG", async () => {
    const original = await pngWithGps()
    const before = await sharp(original).metadata()
    expect(before.exif?.includes(GPS_TAG)).toBe(true)
    const clean = await reencodeImage(original, "karya.png")
    expect(clean.format).toBe("png")
    const after = await sharp(clean.bytes).metadata()
    expect(after.exif).toBeUndefined()
    expect(after).toMatchObject({ format: "png", width: 40, height: 30 })
    expect(clean.bytes.includes(Buffer.from("eXIf"))).toBe(false)
  })

  it("accepts JPEG, PNG, WebP and AVIF by content whatever the name, and narrows per use", async () => {
    const base = sharp({ create: { width: 12, height: 12, channels: 3, background: "#08f" } })
    for (const format of ["jpeg", "png", "webp", "avif"] as const) {
      const bytes = await base.clone().toFormat(format).toBuffer()
      expect((await inspectImage(bytes, "x.txt")).format).toBe(format)
      expect(storedImageFormat((await reencodeImage(bytes, "x.txt")).bytes)).toBe(format)
    }
    const avif = await base.clone().avif().toBuffer()
    expect((await refusal(inspectImage(avif, "qris.avif", ["jpeg", "png", "webp"])))!.message).toBe(
      '"qris.avif" is a AVIF file; only JPEG, PNG, WEBP images are accepted.'
    )
  })

  it("names a stored file by its real format", () => {
    expect(withImageExtension("evil.html", "png")).toBe("evil.png")
    expect(withImageExtension("../../etc/passwd", "jpeg")).toBe("passwd.jpg")
    expect(withImageExtension("foto tas (1).JPG", "webp")).toBe("foto-tas-1-.webp")
  })
})

describe("serving stored files", () => {
  it("serves images inline by their bytes and anything else as a download, never sniffed nor run", async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } }).png().toBuffer()
    const image = storedFileHeaders("1-tas.png", png)
    expect(image).toMatchObject({
      "Content-Type": "image/png",
      "Content-Disposition": 'inline; filename="1-tas.png"',
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    })
    // A PNG's bytes stored under an .html name still is a PNG; HTML stored as .png is a download.
    expect(storedFileHeaders("1-x.html", png)["Content-Type"]).toBe("image/png")
    const html = storedFileHeaders("1-x.png", HTML)
    expect(html).toMatchObject({
      "Content-Type": "application/octet-stream",
      "Content-Disposition": 'attachment; filename="1-x.png"',
      "Content-Security-Policy": "default-src 'none'; sandbox",
    })
    expect(storedFileHeaders("1-logo.svg", SVG)["Content-Type"]).toBe("application/octet-stream")
  })

  it("moves files of the legacy static folder once and leaves files already moved alone", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "kb-static-"))
    try {
      const from = path.join(root, "static")
      const to = path.join(root, "uploads")
      mkdirSync(from)
      writeFileSync(path.join(from, "1-a.webp"), "a")
      writeFileSync(path.join(from, "1-b.html"), "old")
      mkdirSync(to)
      writeFileSync(path.join(to, "1-b.html"), "kept")
      expect(await moveLegacyStaticFiles(from, to)).toBe(1)
      expect(readdirSync(to).sort()).toEqual(["1-a.webp", "1-b.html"])
      expect(readFileSync(path.join(to, "1-b.html"), "utf8")).toBe("kept")
      expect(existsSync(path.join(from, "1-a.webp"))).toBe(false)
      expect(await moveLegacyStaticFiles(from, to)).toBe(0)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
