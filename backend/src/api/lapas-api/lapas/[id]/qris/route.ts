import type { LapasQrisResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { adminLapas } from "../../../../../lib/lapas/views"
import { LAPAS_MODULE } from "../../../../../modules/lapas"
import type LapasModuleService from "../../../../../modules/lapas/service"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../../utils/member-access"
import { uploadsOf } from "../../../../utils/multipart"
import { lapasInScope } from "../../scope"
import { toQrisPng } from "./qris-image"

/**
 * Sets the lapas's static QRIS image, shown at the till when a buyer pays by QRIS: multipart,
 * one picture in the field `file` (JPEG, PNG or WebP by its bytes, at most 5 MB), re-encoded as a
 * lossless PNG and stored through the File Module. Staff of the lapas and national members.
 */
export const POST = memberRoute(STAFF_AND_NATIONAL, async (req, res, member) => {
  const lapas = await lapasInScope(req.scope, member, req.params.id)
  const [file] = uploadsOf(req, "file")
  if (!file) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Send the QRIS picture as multipart/form-data in a field named file (a JPEG, PNG or WebP of at most 5 MB)."
    )
  }
  const png = await toQrisPng(file.content, file.name)
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          filename: `qris-${lapas.handle}-${Date.now()}.png`,
          mimeType: "image/png",
          content: png.toString("base64"),
          access: "public" as const,
        },
      ],
    },
  })
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const updated = await lapasService.updateLapas({ id: lapas.id, qris_image_url: result[0].url } as any)
  res.json({ lapas: adminLapas(updated as any) } satisfies LapasQrisResponse)
})

/** Removes the lapas's QRIS image (the till then offers QRIS without a picture to show). */
export const DELETE = memberRoute(STAFF_AND_NATIONAL, async (req, res, member) => {
  const lapas = await lapasInScope(req.scope, member, req.params.id)
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const updated = await lapasService.updateLapas({ id: lapas.id, qris_image_url: null } as any)
  res.json({ lapas: adminLapas(updated as any) } satisfies LapasQrisResponse)
})
