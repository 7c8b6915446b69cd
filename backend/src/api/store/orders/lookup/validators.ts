import { z } from "@medusajs/framework/zod"

const ORDER_NUMBER_MESSAGE = "Nomor pesanan berupa angka, misalnya 1024."
/** `order.display_id` is a PostgreSQL integer; a larger number is no order of ours, not a server error. */
const MAX_ORDER_NUMBER = 2_147_483_647

export const OrderLookupSchema = z
  .object({
    display_id: z.union(
      [
        z.number({ error: ORDER_NUMBER_MESSAGE }).int(ORDER_NUMBER_MESSAGE).positive(ORDER_NUMBER_MESSAGE),
        z
          .string({ error: ORDER_NUMBER_MESSAGE })
          .trim()
          .regex(/^#?\d{1,10}$/, ORDER_NUMBER_MESSAGE)
          .transform((value) => Number(value.replace(/^#/, ""))),
      ],
      { error: ORDER_NUMBER_MESSAGE }
    ),
    email: z
      .string({ error: "Isi email yang Anda pakai saat memesan." })
      .trim()
      .email("Isi email yang Anda pakai saat memesan, misalnya nama@contoh.com."),
  })
  .refine((body) => body.display_id > 0 && body.display_id <= MAX_ORDER_NUMBER, {
    message: ORDER_NUMBER_MESSAGE,
    path: ["display_id"],
  })
export type OrderLookup = z.infer<typeof OrderLookupSchema>
