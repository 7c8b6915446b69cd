import { createHmac, randomBytes } from "node:crypto"
import { readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { uploadDir } from "../../src/lib/security/stored-files"
import { defineSuite } from "../runner"
import { failureOf, loginAs, loginAsMember, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const HTML = "<!doctype html><html><body><script>fetch('/admin/api-keys').then(r=>r.text()).then(alert)</script></body></html>"
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>alert(document.domain)</script></svg>'

const base64url = (value: Buffer | string) => Buffer.from(value).toString("base64url")

/** An HS256 JWT signed with `secret`, as anyone who guessed the secret could make. */
function signed(payload: Record<string, unknown>, secret: string) {
  const head = `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${base64url(JSON.stringify(payload))}`
  return `${head}.${createHmac("sha256", secret).update(head).digest("base64url")}`
}
const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
const now = () => Math.floor(Date.now() / 1000)

function form(files: { bytes: Buffer | string; type: string; name: string }[]) {
  const data = new FormData()
  for (const file of files) data.append("files", new Blob([new Uint8Array(Buffer.from(file.bytes))], { type: file.type }), file.name)
  return data
}

/** Secrets, uploads and headers (issue 18): what an attacker tried, refused. */
export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    const as: Record<string, Headers> = {}
    let adminUserId: string
    let jwtSecret: string

    beforeAll(async () => {
      as.admin = await loginAs(api, "admin@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      const container = getContainer()
      const [admin] = await container.resolve(Modules.USER).listUsers({ email: "admin@karyabinaan.test" })
      adminUserId = admin.id
      jwtSecret = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
    })

    describe("tokens signed with a guessed secret", () => {
      it("the app's secret is this checkout's random one, not a placeholder", () => {
        expect(jwtSecret).toMatch(/^[0-9a-f]{64}$/)
      })

      it("refuses an admin token for the demo admin's id signed with supersecret or the empty string", async () => {
        const claims = {
          actor_id: adminUserId,
          actor_type: "user",
          auth_identity_id: "",
          app_metadata: { user_id: adminUserId },
          iat: now(),
          exp: now() + 3600,
        }
        for (const guess of ["supersecret", ""]) {
          expect(await failureOf(api.get(`/admin/users/me`, bearer(signed(claims, guess))))).toMatchObject({ status: 401 })
          expect((await failureOf(api.get(`/admin/api-keys`, bearer(signed(claims, guess))))).status).toBe(401)
        }
        // An unsigned token (alg none) fares no better.
        const unsigned = `${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${base64url(JSON.stringify(claims))}.`
        expect((await failureOf(api.get(`/admin/users/me`, bearer(unsigned)))).status).toBe(401)
        // The same claims signed with the app's secret are accepted: only the secret was wrong.
        const real = await api.get(`/admin/users/me`, bearer(signed(claims, jwtSecret)))
        expect(real.data.user.id).toBe(adminUserId)
      })

      it("refuses a lapas member's token re-signed with supersecret or the empty string", async () => {
        const token = as.staffA.headers.authorization.slice("Bearer ".length)
        const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
        expect(claims).toMatchObject({ actor_type: "lapas_member" })
        for (const guess of ["supersecret", ""]) {
          expect((await failureOf(api.get(`/lapas-api/me`, bearer(signed(claims, guess))))).status).toBe(401)
        }
        expect((await api.get(`/lapas-api/me`, bearer(signed(claims, jwtSecret)))).data.member.role).toBe("lapas_staff")
      })
    })

    describe("uploads through Medusa's /admin/uploads", () => {
      const stored = () => new Set(readdirSync(uploadDir(), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name))
      beforeAll(() => mkdirSync(uploadDir(), { recursive: true }))

      it("refuses HTML, SVG and HTML behind a GIF header with a 400 naming the file, storing nothing", async () => {
        const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).jpeg().toBuffer()
        const before = stored()
        for (const [files, name] of [
          [[{ bytes: HTML, type: "text/html", name: "katalog.html" }], "katalog.html"],
          [[{ bytes: SVG, type: "image/svg+xml", name: "logo.svg" }], "logo.svg"],
          [[{ bytes: Buffer.concat([Buffer.from("GIF89a"), Buffer.from(HTML)]), type: "image/gif", name: "anim.gif" }], "anim.gif"],
          // One bad file in a batch refuses the batch: the good photo before it is not stored either.
          [[{ bytes: jpeg, type: "image/jpeg", name: "baik.jpg" }, { bytes: HTML, type: "image/jpeg", name: "foto.jpg" }], "foto.jpg"],
        ] as const) {
          const refused = await failureOf(api.post(`/admin/uploads`, form([...files]), as.admin))
          expect(refused.status).toBe(400)
          expect(refused.message).toContain(`"${name}"`)
          expect(refused.message).toContain("JPEG, PNG, WebP or AVIF")
        }
        expect(stored()).toEqual(before)
        // Lapas members never reach Medusa's admin API.
        expect((await failureOf(api.post(`/admin/uploads`, form([{ bytes: jpeg, type: "image/jpeg", name: "a.jpg" }]), as.staffA))).status).toBe(401)
      })

      it("stores a JPEG/HTML polyglot as a clean JPEG and serves it with nosniff, a sandbox CSP and its own type", async () => {
        const jpeg = await sharp({ create: { width: 30, height: 20, channels: 3, background: "#8a5" } }).jpeg().toBuffer()
        const polyglot = Buffer.concat([jpeg, Buffer.from(HTML)])
        const { data } = await api.post(`/admin/uploads`, form([{ bytes: polyglot, type: "text/html", name: "halaman.html" }]), as.admin)
        const url = new URL(data.files[0].url)
        expect(url.pathname).toMatch(/^\/static\/[^/]+-halaman\.jpg$/)
        const served = await api.get(url.pathname, { responseType: "arraybuffer" })
        expect(served.headers["content-type"]).toBe("image/jpeg")
        expect(served.headers["x-content-type-options"]).toBe("nosniff")
        expect(served.headers["content-security-policy"]).toBe("default-src 'none'; sandbox")
        expect(served.headers["content-disposition"]).toMatch(/^inline; filename="[^"]+-halaman\.jpg"$/)
        const bytes = Buffer.from(served.data)
        expect(bytes.includes(Buffer.from("<script"))).toBe(false)
        expect((await sharp(bytes).metadata()).format).toBe("jpeg")
      })

      it("strips the GPS position from a PNG", async () => {
        const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c33" } })
          .png()
          .withExif({ IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 9/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "111/1 52/1 0/1" } })
          .toBuffer()
        expect((await sharp(png).metadata()).exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true)
        const { data } = await api.post(`/admin/uploads`, form([{ bytes: png, type: "image/png", name: "karya.png" }]), as.admin)
        const served = await api.get(new URL(data.files[0].url).pathname, { responseType: "arraybuffer" })
        expect(served.headers["content-type"]).toBe("image/png")
        const meta = await sharp(Buffer.from(served.data)).metadata()
        expect(meta).toMatchObject({ format: "png", width: 40, height: 30 })
        expect(meta.exif).toBeUndefined()
      })

      it("serves a stored file that is no image (one an older version kept) as a download, and nothing outside the folder", async () => {
        const name = `${Date.now()}-lama-${randomBytes(3).toString("hex")}.html`
        writeFileSync(path.join(uploadDir(), name), HTML)
        try {
          const served = await api.get(`/static/${name}`, { responseType: "arraybuffer" })
          expect(served.headers["content-type"]).toBe("application/octet-stream")
          expect(served.headers["content-disposition"]).toBe(`attachment; filename="${name}"`)
          expect(served.headers["x-content-type-options"]).toBe("nosniff")
          expect(served.headers["content-security-policy"]).toBe("default-src 'none'; sandbox")
        } finally {
          rmSync(path.join(uploadDir(), name), { force: true })
        }
        for (const probe of ["..%2Fmedusa-config.ts", "..%2F..%2Fpackage.json", ".hidden", "tidak-ada.jpg"]) {
          expect((await failureOf(api.get(`/static/${probe}`))).status).toBe(404)
        }
      })
    })

    describe("security headers on API responses", () => {
      it("sends nosniff, a referrer policy, no framing and a CSP allowing nothing, on answers and refusals, and no HSTS over http", async () => {
        const ok = await api.get(`/lapas-api/me`, as.staffA)
        const refused = await api.get(`/lapas-api/me`, { validateStatus: () => true })
        expect(refused.status).toBe(401)
        // Refused before any route middleware (no publishable key): the error handler adds them.
        const noKey = await api.get(`/store/products`, { validateStatus: () => true })
        expect(noKey.status).toBe(400)
        const notFound = await api.get(`/lapas-api/products/prod_tidak_ada`, { ...as.staffA, validateStatus: () => true })
        expect(notFound.status).toBe(404)
        for (const [what, response] of [["200", ok], ["401", refused], ["404", notFound], ["400", noKey]] as const) {
          const h = response.headers
          expect({ what, headers: [h["x-content-type-options"], h["referrer-policy"], h["x-frame-options"], h["content-security-policy"], h["strict-transport-security"]] }).toEqual({
            what,
            headers: ["nosniff", "strict-origin-when-cross-origin", "DENY", "default-src 'none'; frame-ancestors 'none'", undefined],
          })
        }
      })
    })
  },
})
