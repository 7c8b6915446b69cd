import { z } from "@medusajs/framework/zod"

const ORDER_NUMBER_MESSAGE = "Nomor pesanan berupa angka, misalnya 1024."

export const OrderLookupSchema = z
  .object({
    display_id: z.union(
      [
        z.number({ error: ORDER_NUMBER_MESSAGE }).int(ORDER_NUMBER_MESSAGE).positive(ORDER_NUMBER_MESSAGE),
        z
          .string({ error: ORDER_NUMBER_MESSAGE })
          .trim()
          .regex(/^#?\d{1,15}$/, ORDER_NUMBER_MESSAGE)
          .transform((value) => Number(value.replace(/^#/, ""))),
      ],
      { error: ORDER_NUMBER_MESSAGE }
    ),
    email: z
      .string({ error: "Isi email yang Anda pakai saat memesan." })
      .trim()
      .email("Isi email yang Anda pakai saat memesan, misalnya nama@contoh.com."),
  })
  .refine((body) => body.display_id > 0 && Number.isSafeInteger(body.display_id), {
    message: ORDER_NUMBER_MESSAGE,
    path: ["display_id"],
  })
export type OrderLookup = z.infer<typeof OrderLookupSchema>
