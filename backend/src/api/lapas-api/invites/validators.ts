import { MEMBER_PASSWORD_MIN_LENGTH } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"

export const AcceptInviteSchema = z
  .object({
    token: z.string().trim().min(20, "copy the whole link from the invitation e-mail").max(200),
    password: z
      .string({ error: `Choose a password of at least ${MEMBER_PASSWORD_MIN_LENGTH} characters` })
      .min(MEMBER_PASSWORD_MIN_LENGTH, `A password has at least ${MEMBER_PASSWORD_MIN_LENGTH} characters`)
      .max(200, "A password has at most 200 characters"),
    name: z.string().trim().min(2, "A name has at least 2 characters").max(200, "A name has at most 200 characters").optional(),
  })
  .strict()
export type AcceptInvite = z.infer<typeof AcceptInviteSchema>
