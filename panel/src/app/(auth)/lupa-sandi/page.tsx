import type { Metadata } from "next"
import { authMessages } from "@/i18n/auth"
import { getT } from "@/i18n/server"
import { forgotPasswordAction } from "./actions"
import { ForgotForm } from "./forgot-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(authMessages)
  return { title: t("forgot.title") }
}

export default async function ForgotPasswordPage() {
  const t = await getT(authMessages)
  return (
    <>
      <h1>{t("forgot.title")}</h1>
      <p className="muted">{t("forgot.intro")}</p>
      <ForgotForm action={forgotPasswordAction} />
    </>
  )
}
