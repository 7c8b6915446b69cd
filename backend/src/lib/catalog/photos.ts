import sharp from "sharp"
import { MAX_INPUT_PIXELS } from "../security/uploads"

/**
 * Product photos: whatever a member uploads is decoded and re-encoded as WebP of at most
 * 1600 px on its longer side (EXIF orientation applied, metadata dropped), so the store never
 * serves the uploaded bytes themselves. What a file is, is judged by lib/security/uploads.ts.
 */

export const PHOTO_MAX_EDGE = 1600

export async function toStorePhoto(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: PHOTO_MAX_EDGE, height: PHOTO_MAX_EDGE, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer()
}
