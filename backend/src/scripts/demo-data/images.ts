/**
 * Placeholder product and lapas images for the demo catalogue: a flat SVG illustration
 * per motif, rendered to WebP with sharp. Deterministic: the same input gives the same bytes.
 */
import sharp from "sharp"
import { LAPAS, type DemoLapas, type DemoProduct, type ImageMotif } from "./catalogue"

const FONT = "DejaVu Sans, Liberation Sans, sans-serif"
const INK = "#2B2118"

/** Escapes text for use in SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

/** Splits text into at most `maxLines` lines of about `perLine` characters, ending with … if cut. */
function wrap(text: string, perLine: number, maxLines: number, balance = true): string[] {
  const lines: string[] = []
  let current = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word
    if (next.length <= perLine || !current) {
      current = next
    } else {
      lines.push(current)
      current = word
    }
  }
  if (current) lines.push(current)
  // Balance two or more lines ("Sarung Tangan / Softball 12 Inci", not a lone last word).
  if (balance && lines.length > 1 && lines.length <= maxLines) {
    for (let width = Math.ceil(text.length / lines.length); width < perLine; width++) {
      const tighter = wrap(text, width, Number.MAX_SAFE_INTEGER, false)
      if (tighter.length === lines.length) return tighter
    }
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, perLine - 1).trimEnd()}…`
    return kept
  }
  return lines
}

/** Mixes a #RRGGBB colour with white (amount > 0) or black (amount < 0). */
function shade(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16)
  const channel = (c: number) => {
    const target = amount >= 0 ? 255 : 0
    const mixed = Math.round(c + (target - c) * Math.abs(amount))
    return Math.max(0, Math.min(255, mixed)).toString(16).padStart(2, "0")
  }
  return `#${channel((n >> 16) & 255)}${channel((n >> 8) & 255)}${channel(n & 255)}`
}

/** Relative brightness 0..1, to choose readable text colours. */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16)
  return (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255
}

/** A small stable hash, for deterministic per-lapas variation. */
function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}

/**
 * The motif drawn in a 200 × 200 box, the ground at y ≈ 190.
 * `a` is the main colour, `b` the accent; `tissue` puts a tissue in a box.
 */
function motifSvg(motif: ImageMotif, a: string, b: string, tissue = false): string {
  const dark = shade(a, -0.3)
  const light = shade(a, 0.35)
  switch (motif) {
    case "jar":
      return `
        <rect x="42" y="62" width="116" height="126" rx="26" fill="${a}"/>
        <rect x="52" y="40" width="96" height="28" rx="6" fill="${b}"/>
        <rect x="48" y="62" width="104" height="8" fill="${dark}" opacity="0.35"/>
        <rect x="56" y="98" width="88" height="56" rx="8" fill="#FFFFFF" opacity="0.9"/>
        <rect x="68" y="114" width="64" height="8" rx="4" fill="${b}"/>
        <rect x="76" y="130" width="48" height="6" rx="3" fill="${dark}" opacity="0.5"/>
        <rect x="52" y="76" width="10" height="96" rx="5" fill="#FFFFFF" opacity="0.25"/>`
    case "bottle":
      return `
        <rect x="84" y="16" width="32" height="18" rx="4" fill="${b}"/>
        <rect x="88" y="32" width="24" height="30" fill="${light}"/>
        <path d="M88 60 Q58 72 58 100 L58 178 Q58 188 68 188 L132 188 Q142 188 142 178 L142 100 Q142 72 112 60 Z" fill="${a}"/>
        <rect x="64" y="112" width="72" height="50" rx="6" fill="#FFFFFF" opacity="0.9"/>
        <rect x="74" y="126" width="52" height="8" rx="4" fill="${b}"/>
        <rect x="82" y="142" width="36" height="6" rx="3" fill="${dark}" opacity="0.5"/>
        <rect x="66" y="96" width="8" height="80" rx="4" fill="#FFFFFF" opacity="0.25"/>`
    case "sachet":
      return `
        <path d="M46 40 L56 30 L66 40 L76 30 L86 40 L96 30 L106 40 L116 30 L126 40 L136 30 L146 40 L154 32 L154 186 L46 186 Z" fill="${a}"/>
        <rect x="46" y="40" width="108" height="20" fill="${b}"/>
        <ellipse cx="100" cy="116" rx="34" ry="28" fill="#FFFFFF" opacity="0.85"/>
        <circle cx="90" cy="112" r="8" fill="${b}"/>
        <circle cx="108" cy="120" r="7" fill="${b}" opacity="0.8"/>
        <circle cx="100" cy="104" r="5" fill="${b}" opacity="0.6"/>
        <rect x="66" y="156" width="68" height="10" rx="5" fill="${dark}" opacity="0.45"/>`
    case "bread":
      return `
        <ellipse cx="100" cy="176" rx="86" ry="12" fill="${shade(b, 0.5)}"/>
        <path d="M28 170 L28 104 Q28 54 100 54 Q172 54 172 104 L172 170 Z" fill="${a}"/>
        <path d="M28 104 Q28 54 100 54 Q172 54 172 104 Q172 118 150 118 L50 118 Q28 118 28 104 Z" fill="${b}"/>
        <path d="M62 78 L78 96 M92 72 L108 92 M122 76 L138 96" stroke="${light}" stroke-width="6" stroke-linecap="round"/>`
    case "chair":
      return `
        <rect x="58" y="24" width="84" height="82" rx="10" fill="${a}"/>
        <rect x="70" y="36" width="60" height="58" rx="6" fill="${b}" opacity="0.55"/>
        <rect x="46" y="104" width="108" height="20" rx="6" fill="${dark}"/>
        <rect x="52" y="122" width="12" height="66" rx="3" fill="${a}"/>
        <rect x="136" y="122" width="12" height="66" rx="3" fill="${a}"/>
        <rect x="64" y="150" width="72" height="7" fill="${dark}" opacity="0.7"/>`
    case "table":
      return `
        <path d="M90 78 Q86 50 100 34 Q114 50 110 78 Z" fill="${b}"/>
        <rect x="86" y="66" width="28" height="16" rx="4" fill="${shade(b, -0.25)}"/>
        <rect x="16" y="82" width="168" height="16" rx="5" fill="${a}"/>
        <rect x="26" y="98" width="148" height="12" fill="${dark}"/>
        <rect x="32" y="108" width="14" height="80" rx="3" fill="${a}"/>
        <rect x="154" y="108" width="14" height="80" rx="3" fill="${a}"/>`
    case "sofa":
      return `
        <rect x="34" y="58" width="132" height="66" rx="16" fill="${a}"/>
        <rect x="24" y="106" width="152" height="48" rx="10" fill="${dark}"/>
        <rect x="46" y="104" width="52" height="24" rx="8" fill="${b}"/>
        <rect x="102" y="104" width="52" height="24" rx="8" fill="${b}"/>
        <rect x="12" y="86" width="32" height="72" rx="14" fill="${a}"/>
        <rect x="156" y="86" width="32" height="72" rx="14" fill="${a}"/>
        <rect x="30" y="156" width="10" height="28" rx="3" fill="${dark}"/>
        <rect x="160" y="156" width="10" height="28" rx="3" fill="${dark}"/>`
    case "mirror":
      return `
        <ellipse cx="100" cy="100" rx="70" ry="88" fill="${a}"/>
        <ellipse cx="100" cy="100" rx="70" ry="88" fill="none" stroke="${light}" stroke-width="4" stroke-dasharray="6 10"/>
        <ellipse cx="100" cy="100" rx="52" ry="70" fill="${b}"/>
        <path d="M74 66 L96 44 M72 92 L116 48" stroke="#FFFFFF" stroke-width="6" stroke-linecap="round" opacity="0.7"/>`
    case "clock": {
      const ticks = Array.from({ length: 12 }, (_, i) => {
        const angle = (i * Math.PI) / 6
        const r1 = i % 3 === 0 ? 50 : 56
        const x1 = (100 + Math.sin(angle) * r1).toFixed(1)
        const y1 = (100 - Math.cos(angle) * r1).toFixed(1)
        const x2 = (100 + Math.sin(angle) * 64).toFixed(1)
        const y2 = (100 - Math.cos(angle) * 64).toFixed(1)
        return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${b}" stroke-width="${i % 3 === 0 ? 6 : 3}" stroke-linecap="round"/>`
      }).join("")
      return `
        <circle cx="100" cy="100" r="86" fill="${a}"/>
        <circle cx="100" cy="100" r="72" fill="${shade(a, 0.75)}"/>
        ${ticks}
        <line x1="100" y1="100" x2="100" y2="56" stroke="${b}" stroke-width="7" stroke-linecap="round"/>
        <line x1="100" y1="100" x2="134" y2="118" stroke="${b}" stroke-width="5" stroke-linecap="round"/>
        <circle cx="100" cy="100" r="7" fill="${dark}"/>`
    }
    case "painting":
      return `
        <rect x="18" y="34" width="164" height="132" rx="4" fill="${a}"/>
        <rect x="30" y="46" width="140" height="108" fill="${shade(b, 0.7)}"/>
        <circle cx="136" cy="78" r="16" fill="${b}"/>
        <path d="M30 154 L30 126 L64 92 L94 120 L120 100 L170 142 L170 154 Z" fill="${shade(a, 0.2)}"/>
        <path d="M30 154 L30 140 Q70 128 100 140 Q134 152 170 138 L170 154 Z" fill="${b}" opacity="0.6"/>`
    case "sculpture":
      return `
        <rect x="56" y="164" width="88" height="24" rx="4" fill="${dark}"/>
        <rect x="68" y="154" width="64" height="12" rx="3" fill="${b}"/>
        <circle cx="100" cy="44" r="18" fill="${a}"/>
        <path d="M84 64 Q100 58 116 64 L126 112 Q132 140 120 156 L80 156 Q68 140 74 112 Z" fill="${a}"/>
        <path d="M116 70 Q148 62 162 40" stroke="${a}" stroke-width="10" fill="none" stroke-linecap="round"/>
        <path d="M84 70 Q58 90 44 80" stroke="${a}" stroke-width="10" fill="none" stroke-linecap="round"/>
        <path d="M80 118 Q100 128 120 118" stroke="${light}" stroke-width="4" fill="none"/>`
    case "box":
      return `
        <path d="M30 82 L60 58 L170 58 L140 82 Z" fill="${light}"/>
        <path d="M140 82 L170 58 L170 160 L140 186 Z" fill="${dark}"/>
        <rect x="30" y="82" width="110" height="104" fill="${a}"/>
        ${tissue ? `<path d="M84 72 Q96 36 112 56 Q124 30 136 62" fill="#FFFFFF" stroke="${shade(a, 0.6)}" stroke-width="2"/>` : `<path d="M48 82 L78 58" stroke="${shade(a, -0.1)}" stroke-width="3"/>`}
        <rect x="44" y="112" width="82" height="44" rx="4" fill="none" stroke="${b}" stroke-width="5"/>
        <circle cx="85" cy="134" r="9" fill="${b}"/>`
    case "hat":
      return `
        <path d="M30 160 L170 160 L162 120 L132 36 L104 104 L76 66 L46 112 Z" fill="${a}"/>
        <path d="M132 36 L150 110 L104 104 Z" fill="${dark}" opacity="0.4"/>
        <rect x="28" y="140" width="144" height="22" rx="4" fill="${b}"/>
        <path d="M40 151 L160 151" stroke="${a}" stroke-width="3" stroke-dasharray="8 6"/>
        <path d="M60 120 L80 100 L100 120 L120 100 L140 120" stroke="${b}" stroke-width="4" fill="none"/>`
    case "batik": {
      const dots: string[] = []
      for (let row = 0; row < 4; row++) {
        for (let col = 0; col < 4; col++) {
          const cx = 50 + col * 33
          const cy = 50 + row * 33
          dots.push(
            `<ellipse cx="${cx}" cy="${cy - 8}" rx="5" ry="9" fill="${b}"/>`,
            `<ellipse cx="${cx}" cy="${cy + 8}" rx="5" ry="9" fill="${b}"/>`,
            `<ellipse cx="${cx - 8}" cy="${cy}" rx="9" ry="5" fill="${b}"/>`,
            `<ellipse cx="${cx + 8}" cy="${cy}" rx="9" ry="5" fill="${b}"/>`,
            `<circle cx="${cx}" cy="${cy}" r="3" fill="${light}"/>`
          )
        }
      }
      return `
        <rect x="26" y="26" width="148" height="160" rx="4" fill="${a}"/>
        ${dots.join("")}
        <rect x="26" y="170" width="148" height="16" fill="${b}"/>
        <path d="M26 170 L174 170" stroke="${light}" stroke-width="3"/>`
    }
    case "glove":
      return `
        <rect x="58" y="30" width="22" height="80" rx="11" fill="${a}"/>
        <rect x="80" y="22" width="22" height="86" rx="11" fill="${a}"/>
        <rect x="102" y="26" width="22" height="84" rx="11" fill="${a}"/>
        <rect x="124" y="38" width="20" height="74" rx="10" fill="${a}"/>
        <ellipse cx="48" cy="112" rx="18" ry="40" transform="rotate(-30 48 112)" fill="${a}"/>
        <rect x="54" y="78" width="92" height="92" rx="36" fill="${a}"/>
        <path d="M42 86 Q54 70 64 96" stroke="${b}" stroke-width="4" fill="none"/>
        <path d="M80 40 L80 100 M102 36 L102 100 M124 44 L124 100" stroke="${dark}" stroke-width="3"/>
        <ellipse cx="100" cy="128" rx="26" ry="22" fill="${dark}" opacity="0.35"/>
        <rect x="66" y="160" width="68" height="24" rx="8" fill="${b}"/>`
    case "bucket":
      return `
        <path d="M46 60 Q100 -4 154 60" stroke="${dark}" stroke-width="6" fill="none"/>
        <path d="M44 64 L156 64 L140 186 L60 186 Z" fill="${a}"/>
        <rect x="38" y="56" width="124" height="16" rx="6" fill="${b}"/>
        <path d="M52 100 L148 100 M56 140 L144 140" stroke="${dark}" stroke-width="3" opacity="0.5"/>
        <rect x="60" y="78" width="10" height="96" rx="5" fill="#FFFFFF" opacity="0.25"/>`
    case "plant":
      return `
        <ellipse cx="100" cy="70" rx="14" ry="52" fill="${b}"/>
        <ellipse cx="70" cy="84" rx="12" ry="44" transform="rotate(-28 70 84)" fill="${b}"/>
        <ellipse cx="130" cy="84" rx="12" ry="44" transform="rotate(28 130 84)" fill="${b}"/>
        <ellipse cx="52" cy="110" rx="10" ry="30" transform="rotate(-58 52 110)" fill="${shade(b, -0.15)}"/>
        <ellipse cx="148" cy="110" rx="10" ry="30" transform="rotate(58 148 110)" fill="${shade(b, -0.15)}"/>
        <path d="M62 126 L138 126 L128 188 L72 188 Z" fill="${a}" stroke="${shade(a, -0.2)}" stroke-width="2"/>
        <rect x="56" y="118" width="88" height="16" rx="4" fill="${shade(a, -0.15)}"/>`
    case "bag":
      return `
        <path d="M70 70 Q70 26 100 26 Q130 26 130 70" stroke="${b}" stroke-width="9" fill="none"/>
        <path d="M34 70 L166 70 L154 186 L46 186 Z" fill="${a}"/>
        <path d="M40 100 L160 100 M43 130 L157 130 M46 160 L154 160" stroke="${dark}" stroke-width="4" opacity="0.6"/>
        <path d="M66 70 L62 186 M100 70 L100 186 M134 70 L138 186" stroke="${light}" stroke-width="3" opacity="0.7"/>
        <rect x="30" y="64" width="140" height="12" rx="5" fill="${b}"/>`
  }
}

/** The small "Karya Binaan" mark: a rounded badge with a leaf-like glyph. */
function brandMark(x: number, y: number, scale: number, colour: string, text: string): string {
  return `
  <g transform="translate(${x} ${y}) scale(${scale})">
    <rect x="0" y="0" width="236" height="48" rx="24" fill="${colour}" opacity="0.92"/>
    <circle cx="24" cy="24" r="14" fill="${text}"/>
    <path d="M17 29 Q20 15 32 16 Q30 29 17 29 Z" fill="${colour}"/>
    <text x="48" y="32" font-family="${FONT}" font-size="22" font-weight="bold" fill="${text}">Karya Binaan</text>
  </g>`
}

const lapasNames = new Map(LAPAS.map((l) => [l.handle, l.name]))

/** The SVG source of a product image (square, `size` pixels). */
export function productImageSvg(product: DemoProduct, size = 800): string {
  const [bg, main, accent] = product.image.palette
  const band = shade(luminance(bg) > 0.5 ? main : bg, -0.55)
  const titleLines = wrap(product.title, 26, 2)
  const lapasName = lapasNames.get(product.lapas) ?? ""
  const titleSize = titleLines.length > 1 ? 40 : 44
  const bandTop = 800 - (titleLines.length > 1 ? 188 : 140)
  const titleText = titleLines
    .map(
      (line, i) =>
        `<text x="400" y="${bandTop + 58 + i * 48}" text-anchor="middle" font-family="${FONT}" font-size="${titleSize}" font-weight="bold" fill="#FFFFFF">${escapeXml(line)}</text>`
    )
    .join("")
  // Keep the motif above the band: its 200-unit box scaled into the free area.
  const free = bandTop - 100
  const scale = Math.min(2.3, free / 200)
  const ox = 400 - 100 * scale
  const oy = 80 + (free - 200 * scale) / 2

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 800 800">
  <rect width="800" height="800" fill="${bg}"/>
  <circle cx="400" cy="${oy + 100 * scale}" r="${(118 * scale).toFixed(1)}" fill="#FFFFFF" opacity="0.35"/>
  <ellipse cx="400" cy="${(oy + 190 * scale).toFixed(1)}" rx="${(80 * scale).toFixed(1)}" ry="${(10 * scale).toFixed(1)}" fill="${INK}" opacity="0.12"/>
  <g transform="translate(${ox.toFixed(1)} ${oy.toFixed(1)}) scale(${scale.toFixed(3)})">${motifSvg(product.image.motif, main, accent, product.tags.includes("tisu"))}
  </g>
  ${brandMark(28, 28, 1, band, "#FFFFFF")}
  <rect x="0" y="${bandTop}" width="800" height="${800 - bandTop}" fill="${band}"/>
  <rect x="0" y="${bandTop}" width="800" height="6" fill="${accent}"/>
  ${titleText}
  <text x="400" y="${800 - 30}" text-anchor="middle" font-family="${FONT}" font-size="24" fill="#FFFFFF" opacity="0.8">${escapeXml(lapasName)}</text>
</svg>`
}

/** A square WebP illustration of the product. */
export async function renderProductImage(product: DemoProduct, size = 800): Promise<Buffer> {
  return sharp(Buffer.from(productImageSvg(product, size))).webp({ quality: 80 }).toBuffer()
}

/** Banner colours per lapas, chosen by a stable hash of its handle. */
const BANNER_PALETTES: [string, string, string][] = [
  ["#1F3A5F", "#E8C170", "#F4EBDD"],
  ["#2E5E4E", "#F2A65A", "#EEF2EA"],
  ["#5C3A21", "#E4572E", "#FCEBDD"],
  ["#283593", "#FFB300", "#E8EAF0"],
  ["#3E2723", "#C9A27E", "#F3EEE6"],
  ["#1B5E20", "#FFD54F", "#EEF8EA"],
]

/** The SVG source of a lapas banner (width × width/2 pixels). */
export function lapasImageSvg(lapas: DemoLapas, width = 1200): string {
  const index = LAPAS.findIndex((l) => l.handle === lapas.handle)
  const [sky, accent, wall] =
    BANNER_PALETTES[(index >= 0 ? index : hash(lapas.handle)) % BANNER_PALETTES.length]
  const height = Math.round(width / 2)
  // "Lapas Kelas IIA" on the first line, the place on the second.
  const prefix = lapas.class === "Rutan" || lapas.class === "Bapas" ? "" : `Lapas ${lapas.class} `
  const nameLines =
    prefix && lapas.name.startsWith(prefix)
      ? [prefix.trim(), ...wrap(lapas.name.slice(prefix.length), 22, 1)]
      : wrap(lapas.name, 22, 2)
  const names = nameLines
    .map(
      (line, i) =>
        `<text x="64" y="${200 + i * 58}" font-family="${FONT}" font-size="48" font-weight="bold" fill="#FFFFFF">${escapeXml(line)}</text>`
    )
    .join("")
  const after = 200 + (nameLines.length - 1) * 58
  const partner = wrap(`Mitra: ${lapas.partner}`, 40, 2)
    .map(
      (line, i) =>
        `<text x="64" y="${after + 110 + i * 34}" font-family="${FONT}" font-size="26" fill="#FFFFFF" opacity="0.85">${escapeXml(line)}</text>`
    )
    .join("")
  // A walled compound with a gate and two towers, on the right.
  const wallTop = 330
  const building = `<g transform="translate(760 0) scale(0.9 1) translate(-700 0)">
    <rect x="700" y="${wallTop}" width="440" height="${600 - wallTop}" fill="${wall}"/>
    <rect x="700" y="${wallTop}" width="440" height="18" fill="${shade(wall, -0.15)}"/>
    <rect x="720" y="250" width="70" height="350" fill="${shade(wall, -0.08)}"/>
    <path d="M708 250 L755 205 L802 250 Z" fill="${accent}"/>
    <rect x="1050" y="250" width="70" height="350" fill="${shade(wall, -0.08)}"/>
    <path d="M1038 250 L1085 205 L1132 250 Z" fill="${accent}"/>
    <path d="M860 600 L860 440 Q920 390 980 440 L980 600 Z" fill="${shade(sky, -0.25)}"/>
    <path d="M920 412 L920 600" stroke="${shade(wall, -0.3)}" stroke-width="4"/>
    <rect x="740" y="280" width="30" height="36" rx="4" fill="${sky}"/>
    <rect x="1070" y="280" width="30" height="36" rx="4" fill="${sky}"/>
    ${Array.from({ length: 6 }, (_, i) => `<rect x="${810 + i * 38}" y="${wallTop - 14}" width="22" height="14" fill="${wall}"/>`).join("")}</g>`

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 600">
  <rect width="1200" height="600" fill="${sky}"/>
  <circle cx="940" cy="130" r="60" fill="${accent}" opacity="0.9"/>
  <ellipse cx="920" cy="640" rx="560" ry="120" fill="${shade(sky, -0.2)}"/>
  ${building}
  ${brandMark(64, 56, 1.2, shade(sky, 0.18), "#FFFFFF")}
  ${names}
  <text x="64" y="${after + 62}" font-family="${FONT}" font-size="30" fill="${accent}">${escapeXml(`${lapas.city}, ${lapas.province}`)}</text>
  ${partner}
  <rect x="0" y="590" width="1200" height="10" fill="${accent}"/>
</svg>`
}

/** A WebP banner for a lapas's brand page, 2:1 (default 1200 × 600). */
export async function renderLapasImage(lapas: DemoLapas, size = 1200): Promise<Buffer> {
  return sharp(Buffer.from(lapasImageSvg(lapas, size))).webp({ quality: 80 }).toBuffer()
}
