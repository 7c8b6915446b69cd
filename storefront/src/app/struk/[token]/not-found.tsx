import Link from "next/link"
import { getTranslator } from "@/i18n/server"
import { MessagePanel } from "@/modules/common/components/message-panel"

export default async function ReceiptNotFound() {
  const t = await getTranslator()
  return (
    <div className="container section">
      <MessagePanel
        title={t("receipt.notFoundTitle")}
        actions={
          <Link prefetch={false} className="button button--primary" href="/produk">
            {t("receipt.shopMore")}
          </Link>
        }
      >
        <p>{t("receipt.notFoundBody")}</p>
      </MessagePanel>
    </div>
  )
}
