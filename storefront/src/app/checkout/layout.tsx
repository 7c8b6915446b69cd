import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages-provider"

/** The texts this section's forms show in the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["checkout", "xendit"]}>{children}</ClientMessages>
}
