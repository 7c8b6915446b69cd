import type { Metadata } from "next"
import { ButtonLink } from "@/components/button"
import { Notice } from "@/components/notice"
import { authMessages } from "@/i18n/auth"
import { getT } from "@/i18n/server"
import { resetPasswordAction } from "./actions"
import { ResetForm } from "./reset-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(authMessages)
  return { title: t("reset.title") }
}

/** Opened from the reset e-mail: /atur-sandi?token=…&email=… */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; email?: string }> }) {
  const t = await getT(authMessages)
  const { token, email } = await searchParams
  return (
    <>
      <h1>{t("reset.title")}</h1>
      {token && email ? (
        <>
          <p className="muted">{t("reset.intro", { email })}</p>
          <ResetForm action={resetPasswordAction} token={token} email={email} />
        </>
      ) : (
        <>
          <Notice tone="warning">{t("error.linkInvalid")}</Notice>
          <ButtonLink href="/lupa-sandi">{t("reset.requestNew")}</ButtonLink>
        </>
      )}
    </>
  )
}
