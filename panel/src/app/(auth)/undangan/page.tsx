import type { Metadata } from "next"
import { Notice } from "@/components/notice"
import { authMessages } from "@/i18n/auth"
import { getT } from "@/i18n/server"
import { acceptInviteAction } from "./actions"
import { InviteForm } from "./invite-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(authMessages)
  return { title: t("invite.title") }
}

/** Opened from the invitation e-mail: /undangan?token=… */
export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getT(authMessages)
  const { token } = await searchParams
  return (
    <>
      <h1>{t("invite.title")}</h1>
      {token ? (
        <>
          <p className="muted">{t("invite.intro")}</p>
          <InviteForm action={acceptInviteAction} token={token} />
        </>
      ) : (
        <Notice tone="warning">{t("error.linkInvalid")}</Notice>
      )}
    </>
  )
}
