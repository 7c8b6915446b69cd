import { QRIS_IMAGE_MIN_EDGE } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { inspectImage } from "../../../../../lib/security/uploads"

/** The longest side a stored QRIS image keeps: plenty for a phone to scan, small enough to load at a stand. */
export const QRIS_MAX_EDGE = 2048

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The lapas's static QRIS image as it is stored: the upload decoded by what its bytes are (JPEG,
 * PNG or WebP, whatever it was called), EXIF orientation applied, transparency laid on white (a
 * transparent code on a dark screen does not scan), scaled down only beyond 2048 px, and written
 * as a lossless PNG with no metadata, so the code's edges stay sharp and the uploaded bytes are
 * never served.
 */
export async function toQrisPng(bytes: Buffer, name = "QRIS"): Promise<Buffer> {
  // By content, as every upload (lib/security/uploads.ts): a 400 naming the file otherwise.
  const meta = await inspectImage(bytes, name, ["jpeg", "png", "webp"])
  const shorter = Math.min(meta.width ?? 0, meta.height ?? 0)
  if (shorter < QRIS_IMAGE_MIN_EDGE) {
    throw refuse(
      `The picture is ${meta.width}×${meta.height} px; a QRIS needs at least ${QRIS_IMAGE_MIN_EDGE} px on each side to scan. Upload the image your bank gave you.`
    )
  }
  try {
    return await sharp(bytes, { limitInputPixels: 50_000_000 })
      .rotate()
      .flatten({ background: "#ffffff" })
      .resize({ width: QRIS_MAX_EDGE, height: QRIS_MAX_EDGE, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9, palette: false })
      .toBuffer()
  } catch {
    throw refuse("The image could not be read; upload the QRIS again as a JPEG, PNG or WebP picture.")
  }
}
