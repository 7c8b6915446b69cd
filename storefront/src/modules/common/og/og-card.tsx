import { ImageResponse } from "next/og"
import { OG_IMAGE_SIZE } from "@/lib/util/metadata"

/**
 * A 1200×630 share card drawn with next/og (Satori): brand bar, a title, a line under it and an
 * optional highlight. Only flexbox and the bundled font: no web fonts, no images, no network.
 */
export function ogCard({
  eyebrow,
  title,
  subtitle,
  highlight,
  footer,
}: {
  eyebrow: string
  title: string
  subtitle?: string
  highlight?: string
  footer: string
}): ImageResponse {
  const titleSize = title.length > 60 ? 56 : title.length > 34 ? 68 : 80
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
          background: "linear-gradient(160deg, #fdecdc 0%, #fffaf5 65%)",
          color: "#1f1a17",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div
            style={{
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              width: 72,
              height: 72,
              borderRadius: 18,
              background: "#7c2d12",
              color: "#ffffff",
              fontSize: 34,
              fontWeight: 700,
            }}
          >
            KB
          </div>
          <div style={{ display: "flex", fontSize: 30, color: "#7c2d12", fontWeight: 700 }}>{eyebrow}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
          <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
          {subtitle && <div style={{ display: "flex", fontSize: 34, color: "#5c524b" }}>{subtitle}</div>}
          {highlight && (
            <div
              style={{
                display: "flex",
                alignSelf: "flex-start",
                padding: "10px 26px",
                borderRadius: 999,
                background: "#7c2d12",
                color: "#ffffff",
                fontSize: 40,
                fontWeight: 700,
              }}
            >
              {highlight}
            </div>
          )}
        </div>
        <div style={{ display: "flex", fontSize: 26, color: "#5c524b" }}>{footer}</div>
      </div>
    ),
    { ...OG_IMAGE_SIZE }
  )
}
