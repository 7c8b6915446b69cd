"use server"

import { redirect } from "next/navigation"
import { logout } from "@/lib/data/session"

/** The layout's "Keluar" button. */
export async function logoutAction(): Promise<void> {
  await logout()
  redirect("/masuk?keluar=1")
}
