import type { Metadata } from "next"
import { Notice } from "@/components/notice"
import { authMessages } from "@/i18n/auth"
import { getT } from "@/i18n/server"
import { safeNextPath } from "@/lib/navigation"
import { loginAction } from "./actions"
import { LoginForm } from "./login-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(authMessages)
  return { title: t("login.title") }
}

type Search = { next?: string; sesi?: string; sandi?: string; undangan?: string; keluar?: string }

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getT(authMessages)
  const params = await searchParams
  const next = params.next ? safeNextPath(params.next) : undefined
  let notice: string | null = null
  if (params.sesi === "berakhir") notice = t("login.sessionEnded")
  else if (params.sandi === "baru") notice = t("login.passwordChanged")
  else if (params.undangan) notice = t("login.inviteAccepted", { email: params.undangan })
  else if (params.keluar) notice = t("login.loggedOut")
  return (
    <>
      <h1>{t("login.title")}</h1>
      <p className="muted">{t("login.intro")}</p>
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      <LoginForm action={loginAction} next={next === "/" ? undefined : next} />
    </>
  )
}
