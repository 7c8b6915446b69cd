"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"
import { pollDelay } from "../xendit"

/**
 * While a Xendit payment is pending: asks `url` for the order's payment state (4 s, then backing
 * off to 30 s), pauses while the tab is hidden, and refreshes the page once the state differs from
 * `current` (paid, expired, canceled). Renders nothing. The server stops rendering it once the
 * payment is no longer pending.
 */
export function XenditPoll({ url, current }: { url: string; current: string }) {
  const router = useRouter()
  useEffect(() => {
    let attempt = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const schedule = () => {
      clearTimeout(timer)
      if (!stopped && !document.hidden) timer = setTimeout(check, pollDelay(attempt++))
    }
    const check = async () => {
      try {
        const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" } })
        if (response.ok) {
          const { state } = (await response.json()) as { state?: string | null }
          if (stopped) return
          if (typeof state === "string" && state !== current) {
            stopped = true
            router.refresh()
            return
          }
        }
      } catch {
        // Offline for a moment: try again later.
      }
      schedule()
    }
    const onVisibility = () => {
      if (document.hidden) clearTimeout(timer)
      else {
        attempt = 0
        schedule()
      }
    }
    document.addEventListener("visibilitychange", onVisibility)
    schedule()
    return () => {
      stopped = true
      clearTimeout(timer)
      document.removeEventListener("visibilitychange", onVisibility)
    }
  }, [url, current, router])
  return null
}
