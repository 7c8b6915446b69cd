import { ButtonLink } from "@/components/button"
import { commonMessages } from "@/i18n/common"
import { getT } from "@/i18n/server"

export default async function NotFound() {
  const t = await getT(commonMessages)
  return (
    <main id="main" className="centered-page" tabIndex={-1}>
      <div className="card card--narrow">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <ButtonLink href="/" variant="primary">
          {t("notFound.home")}
        </ButtonLink>
      </div>
    </main>
  )
}
