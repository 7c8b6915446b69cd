import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import sharp from "sharp"
import { inspectImage } from "../security/uploads"

/**
 * The photo of a transfer's proof (a receipt, an account statement), as the lapas's confirmation
 * (POST /lapas-api/orders/:id/transfer-confirmations) and the buyer's notice
 * (POST /store/orders/:id/transfer-notices) keep it: checked by content (lib/security/uploads.ts,
 * a 400 naming the file otherwise), re-encoded as a JPEG of at most 2000 px, turned upright and
 * without its metadata (a phone photo's EXIF can hold where it was taken), stored as a public file.
 */

/** The proof as a clean JPEG; refuses anything that is not a photo with a 400. */
export async function proofImage(file: { name: string; content: Buffer }): Promise<Buffer> {
  await inspectImage(file.content, file.name)
  try {
    return await sharp(file.content, { limitInputPixels: 60_000_000 })
      .rotate()
      .resize({ width: 2000, height: 2000, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer()
  } catch {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "proof must be a photo (JPEG, PNG, WebP or AVIF) of the transfer receipt or the account statement."
    )
  }
}

/** Cleans the proof (proofImage) and stores it through Medusa's file module; its public URL. */
export async function storeProofPhoto(
  scope: MedusaContainer,
  file: { name: string; content: Buffer },
  filename: string
): Promise<string | null> {
  const content = await proofImage(file)
  const { result } = await uploadFilesWorkflow(scope).run({
    input: {
      files: [{ filename, mimeType: "image/jpeg", content: content.toString("base64"), access: "public" }],
    },
  })
  return result[0]?.url ?? null
}
