import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

/**
 * The one check every upload goes through (Medusa's /admin/uploads, product photos, the QRIS
 * image, transfer proofs): what a file is, judged by its bytes with sharp, never by its name or
 * declared Content-Type. Only JPEG, PNG, WebP and AVIF are accepted; SVG (script), GIF, HTML,
 * PDF and anything sharp cannot decode are refused with a 400 naming the file. Accepted images
 * are decoded and encoded again by the caller (reencodeImage here, or a route's own target
 * format), so the bytes stored are sharp's output: no appended HTML of a polyglot, no EXIF (GPS).
 */

export const ACCEPTED_IMAGE_FORMATS = ["jpeg", "png", "webp", "avif"] as const
export type AcceptedImageFormat = (typeof ACCEPTED_IMAGE_FORMATS)[number]

export const IMAGE_MIME_TYPES: Record<AcceptedImageFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
}
export const IMAGE_EXTENSIONS: Record<AcceptedImageFormat, string> = {
  jpeg: "jpg",
  png: "png",
  webp: "webp",
  avif: "avif",
}

/** Pixels an upload may decode to (about 10 000 × 10 000): a decompression bomb stops here. */
export const MAX_INPUT_PIXELS = 100_000_000

const ACCEPTED_LABEL = "JPEG, PNG, WebP or AVIF"

export type InspectedImage = { format: AcceptedImageFormat; width: number; height: number }

function refuse(message: string) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** A file name fit for a message: no control characters, not endless. */
function shown(name: string) {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, "").trim() || "file"
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean
}

/**
 * The accepted format of `bytes` by content; a 400 naming `name` and the accepted types
 * otherwise. `accept` narrows the formats for one use.
 */
export async function inspectImage(
  bytes: Buffer,
  name: string,
  accept: readonly AcceptedImageFormat[] = ACCEPTED_IMAGE_FORMATS
): Promise<InspectedImage> {
  const label = accept.length === ACCEPTED_IMAGE_FORMATS.length ? ACCEPTED_LABEL : accept.map((f) => f.toUpperCase()).join(", ")
  let meta: sharp.Metadata
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()
  } catch {
    throw refuse(`"${shown(name)}" is not an image; upload a ${label} picture.`)
  }
  // sharp reports AVIF as the HEIF container with AV1 compression; HEIC (HEVC) is not accepted.
  const format = meta.format === "heif" ? (meta.compression === "av1" ? "avif" : "heic") : meta.format
  if (!format || !(accept as readonly string[]).includes(format)) {
    throw refuse(
      `"${shown(name)}" is ${format ? `a ${String(format).toUpperCase()} file` : "of an unknown type"}; only ${label} images are accepted.`
    )
  }
  return { format: format as AcceptedImageFormat, width: meta.width ?? 0, height: meta.height ?? 0 }
}

export type CleanImage = { bytes: Buffer; format: AcceptedImageFormat; mimeType: string; extension: string }

/**
 * The image decoded and encoded again in its own format: EXIF orientation applied, metadata
 * (EXIF, GPS, XMP, comments) and anything after the image data dropped. 400 when sharp cannot
 * decode it (a truncated or forged header).
 */
export async function reencodeImage(bytes: Buffer, name: string): Promise<CleanImage> {
  const { format } = await inspectImage(bytes, name)
  const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate()
  const encoded =
    format === "jpeg"
      ? image.jpeg({ quality: 88, mozjpeg: true })
      : format === "png"
        ? image.png({ compressionLevel: 9 })
        : format === "webp"
          ? image.webp({ quality: 88 })
          : image.avif({ quality: 60 })
  try {
    return {
      bytes: await encoded.toBuffer(),
      format,
      mimeType: IMAGE_MIME_TYPES[format],
      extension: IMAGE_EXTENSIONS[format],
    }
  } catch {
    throw refuse(`"${shown(name)}" could not be read as a ${format.toUpperCase()} image; upload a ${ACCEPTED_LABEL} picture.`)
  }
}

/**
 * The accepted format whose signature starts `bytes`, or null: how a stored file is served
 * (content type, inline or attachment) without decoding it.
 */
export function storedImageFormat(bytes: Buffer): AcceptedImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg"
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return "png"
  }
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") {
    return "webp"
  }
  if (bytes.length >= 12 && bytes.toString("latin1", 4, 8) === "ftyp") {
    const brand = bytes.toString("latin1", 8, 12)
    if (brand === "avif" || brand === "avis") return "avif"
  }
  return null
}

/** The file name with the extension of its real format ("evil.html" stored as a PNG → "evil.png"). */
export function withImageExtension(name: string, format: AcceptedImageFormat): string {
  const base = (name.split(/[\\/]/).pop() || "image").replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}._-]+/gu, "-") || "image"
  return `${base}.${IMAGE_EXTENSIONS[format]}`
}
