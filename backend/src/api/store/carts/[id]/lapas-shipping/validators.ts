import { z } from "@medusajs/framework/zod"

export const SetLapasShippingSchema = z.object({
  option_ids: z
    .array(z.string({ error: "Setiap opsi pengiriman ditulis sebagai id, misalnya so_…" }).trim().min(1), {
      error: "Kirim option_ids: satu id opsi pengiriman untuk setiap lapas di keranjang.",
    })
    .min(1, "Pilih satu opsi pengiriman untuk setiap lapas di keranjang.")
    .max(100, "Terlalu banyak opsi pengiriman."),
})
export type SetLapasShipping = z.infer<typeof SetLapasShippingSchema>
