import { LAPAS_MODULE } from "../../src/modules/lapas"
import type LapasModuleService from "../../src/modules/lapas/service"
import { defineSuite } from "../runner"
import { emailsTo as emailsOf, failureOf, loginAsMember, waitFor, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

const tomorrow = () => {
  const wib = new Date(Date.now() + 7 * 3_600_000 + 86_400_000)
  return wib.toISOString().slice(0, 10)
}

/** National administration in the scoped API: the lapas registry and profiles, partners, members and invitations, share policies. */
export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    const as: Record<string, Headers> = {}
    const lapas: Record<string, { id: string; name: string }> = {}

    const lapasService = () => getContainer().resolve(LAPAS_MODULE) as LapasModuleService

    const emailsTo = (to: string) => emailsOf(getContainer(), to)
    const linkIn = (text: string, path: string) => {
      const match = text.match(new RegExp(`https?://\\S+/${path}\\?\\S+`))
      if (!match) throw new Error(`No ${path} link in: ${text}`)
      return new URL(match[0])
    }

    const partnerBody = (number = "PKS/01/2026") => ({
      name: "CV Rotan Jaya",
      kind: "pt",
      contact: "Budi, 0812-3456-7890",
      agreement: { number, starts_on: "2026-01-01", ends_on: "2027-12-31", activities: ["training", "production"] },
    })

    beforeAll(async () => {
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      const { data } = await api.get(`/lapas-api/lapas?limit=100`, as.national)
      for (const l of data.lapas) lapas[l.handle] = l
    })

    describe("the lapas registry", () => {
      it("lists every lapas for national members (with filters) and only their own for others", async () => {
        const all = (await api.get(`/lapas-api/lapas?limit=100`, as.national)).data
        expect(all.count).toBeGreaterThanOrEqual(3)
        expect(all.lapas[0]).toHaveProperty("bank_account_number")
        const found = (await api.get(`/lapas-api/lapas?q=Bojonegoro`, as.national)).data
        expect(found.lapas.map((l: any) => l.handle)).toEqual([A])
        const own = (await api.get(`/lapas-api/lapas`, as.staffA)).data
        expect(own.lapas.map((l: any) => l.handle)).toEqual([A])
        expect(own.count).toBe(1)
        const bad = await failureOf(api.get(`/lapas-api/lapas?is_active=maybe`, as.national))
        expect(bad.status).toBe(400)
        expect(bad.message).toMatch(/is_active is true or false/)
        expect((await failureOf(api.get(`/lapas-api/lapas?sort=name`, as.national))).status).toBe(400)
      })

      it("lets national members register a lapas, and no one else", async () => {
        const body = {
          handle: "lapas-ambon",
          name: "Lapas Kelas IIA Ambon",
          lapas_class: "kelas_iia",
          city: "Ambon",
          province: "Maluku",
          time_zone: "Asia/Jayapura",
          satker_code: "123456",
          pnbp_target_yearly: 25_000_000,
          bank_name: "Bank Rakyat Indonesia (BRI)",
          bank_account_number: "0123-01-000123-30-1",
          bank_account_holder: "RPL 123 Lapas Ambon",
        }
        for (const who of ["staffA", "financeA"]) {
          const refused = await failureOf(api.post(`/lapas-api/lapas`, body, as[who]))
          expect({ who, status: refused.status }).toEqual({ who, status: 403 })
        }
        const { data } = await api.post(`/lapas-api/lapas`, body, as.national)
        expect(data.lapas).toMatchObject({ handle: "lapas-ambon", satker_code: "123456", pnbp_target_yearly: 25_000_000, bank_account_number: "012301000123301" })
        // It can ship at once: a stock location, its own shipping profile, free pickup and the default couriers.
        const { data: shipping } = await api.get(`/lapas-api/shipping?lapas_id=${data.lapas.id}`, as.national)
        expect(shipping.lapas).toMatchObject({ id: data.lapas.id, province_code: "81" })
        expect(shipping.pickup).toMatchObject({ enabled: true })
        expect(shipping.couriers.map((c: any) => `${c.courier}-${c.service}`)).toEqual(
          expect.arrayContaining(["jne-regular", "jne-cargo", "jnt-regular", "sicepat-regular", "pos-regular"])
        )
        expect(shipping.couriers.every((c: any) => c.enabled && c.rates.length >= 30)).toBe(true)
        const duplicate = await failureOf(api.post(`/lapas-api/lapas`, body, as.national))
        expect(duplicate.message).toMatch(/already exists/)
        const half = await failureOf(api.post(`/lapas-api/lapas`, { ...body, handle: "lapas-x", bank_name: undefined }, as.national))
        expect(half.status).toBe(400)
        expect(half.message).toMatch(/missing: bank_name/)
        const unknown = await failureOf(api.post(`/lapas-api/lapas`, { ...body, handle: "lapas-y", owner: "me" }, as.national))
        expect(unknown.status).toBe(400)
        expect(unknown.message).toMatch(/owner/)
      })
    })

    describe("a lapas's profile", () => {
      it("shows a lapas to its own members and national, with partners and members; 404 to another lapas", async () => {
        const { data } = await api.get(`/lapas-api/lapas/${lapas[A].id}`, as.staffA)
        expect(data.lapas).toMatchObject({ id: lapas[A].id, partners: expect.any(Array) })
        expect(data.lapas.members.map((m: any) => m.email)).toEqual(
          expect.arrayContaining([`staff+${A}@karyabinaan.test`, `finance+${A}@karyabinaan.test`])
        )
        expect((await api.get(`/lapas-api/lapas/${lapas[A].id}`, as.financeA)).data.lapas.id).toBe(lapas[A].id)
        expect((await api.get(`/lapas-api/lapas/${lapas[B].id}`, as.national)).data.lapas.id).toBe(lapas[B].id)
        const foreign = await failureOf(api.get(`/lapas-api/lapas/${lapas[B].id}`, as.staffA))
        expect(foreign.status).toBe(404)
        expect(foreign.message).toMatch(new RegExp(`Lapas with id "${lapas[B].id}"`))
        expect((await failureOf(api.get(`/lapas-api/lapas/lapas_unknown`, as.national))).status).toBe(404)
      })

      it("lets staff edit the public profile of their own lapas only; satker, bank and PNBP target are national's", async () => {
        const { data } = await api.post(`/lapas-api/lapas/${lapas[A].id}`, { story: "Kerajinan jati sejak 1990.", contact_phone: "+62 353 881234" }, as.staffA)
        expect(data.lapas).toMatchObject({ story: "Kerajinan jati sejak 1990.", contact_phone: "+62 353 881234" })

        for (const body of [{ satker_code: "654321" }, { pnbp_target_yearly: 1 }, { bank_account_number: "9999999999" }, { name: "Lapas Baru" }]) {
          const refused = await failureOf(api.post(`/lapas-api/lapas/${lapas[A].id}`, body, as.staffA))
          expect({ body, status: refused.status }).toEqual({ body, status: 403 })
          expect(refused.message).toMatch(/set by the national office/)
        }
        expect((await failureOf(api.post(`/lapas-api/lapas/${lapas[A].id}`, { story: "x" }, as.financeA))).status).toBe(403)

        const before = (await api.get(`/lapas-api/lapas/${lapas[B].id}`, as.national)).data.lapas
        const foreign = await failureOf(api.post(`/lapas-api/lapas/${lapas[B].id}`, { story: "Diubah oleh A" }, as.staffA))
        expect(foreign.status).toBe(404)
        const after = (await api.get(`/lapas-api/lapas/${lapas[B].id}`, as.national)).data.lapas
        expect(after.story).toBe(before.story)
        expect(after.updated_at).toBe(before.updated_at)

        const national = await api.post(
          `/lapas-api/lapas/${lapas[B].id}`,
          { satker_code: "654321", pnbp_target_yearly: 40_000_000, bank_name: "Bank Mandiri", bank_account_number: "1400012345678", bank_account_holder: "BPN 123 Lapas Surabaya" },
          as.national
        )
        expect(national.data.lapas).toMatchObject({ satker_code: "654321", pnbp_target_yearly: 40_000_000, bank_name: "Bank Mandiri" })
        const invalid = await failureOf(api.post(`/lapas-api/lapas/${lapas[B].id}`, { satker_code: "12" }, as.national))
        expect(invalid.status).toBe(400)
        expect(invalid.message).toMatch(/6 digits/)
      })
    })

    describe("partners and agreements", () => {
      it("records, corrects, extends and removes a lapas's partners; another lapas's partner is a 404", async () => {
        const created = (await api.post(`/lapas-api/lapas/${lapas[A].id}/partners`, partnerBody(), as.staffA)).data.partner
        expect(created).toMatchObject({ name: "CV Rotan Jaya", agreements: [{ number: "PKS/01/2026", activities: ["training", "production"] }] })
        const listed = (await api.get(`/lapas-api/lapas/${lapas[A].id}/partners`, as.financeA)).data.partners
        expect(listed.map((p: any) => p.id)).toContain(created.id)

        const renamed = (await api.post(`/lapas-api/lapas/${lapas[A].id}/partners/${created.id}`, { name: "CV Rotan Jaya Abadi" }, as.staffA)).data.partner
        expect(renamed.name).toBe("CV Rotan Jaya Abadi")
        const extended = (
          await api.post(
            `/lapas-api/lapas/${lapas[A].id}/partners/${created.id}/agreements`,
            { number: "PKS/02/2028", starts_on: "2028-01-01", ends_on: "2029-12-31", activities: ["marketing"] },
            as.staffA
          )
        ).data.partner
        expect(extended.agreements).toHaveLength(2)

        // B's staff: A's partner under B's path and under A's path are both 404; nothing changes.
        const partnerB = (await api.post(`/lapas-api/lapas/${lapas[B].id}/partners`, partnerBody("PKS/B/1"), as.staffB)).data.partner
        const attempts = [
          failureOf(api.post(`/lapas-api/lapas/${lapas[B].id}/partners/${created.id}`, { name: "Diambil" }, as.staffB)),
          failureOf(api.post(`/lapas-api/lapas/${lapas[A].id}/partners/${created.id}`, { name: "Diambil" }, as.staffB)),
          failureOf(api.delete(`/lapas-api/lapas/${lapas[B].id}/partners/${created.id}`, as.staffB)),
          failureOf(api.post(`/lapas-api/lapas/${lapas[B].id}/partners/${created.id}/agreements`, { number: "PKS/X/1", starts_on: "2026-01-01", ends_on: "2026-12-31", activities: ["marketing"] }, as.staffB)),
          // A's path with B's partner.
          failureOf(api.post(`/lapas-api/lapas/${lapas[A].id}/partners/${partnerB.id}`, { name: "Diambil" }, as.staffA)),
          failureOf(api.delete(`/lapas-api/lapas/${lapas[A].id}/partners/${partnerB.id}`, as.staffA)),
          failureOf(api.get(`/lapas-api/lapas/${lapas[B].id}/partners`, as.staffA)),
          failureOf(api.post(`/lapas-api/lapas/${lapas[B].id}/partners`, partnerBody("PKS/X/2"), as.staffA)),
        ]
        for (const refused of await Promise.all(attempts)) {
          expect(refused.status).toBe(404)
          expect(refused.message).toMatch(/(Partner|Lapas) with id/)
        }
        const partnersOfA = await lapasService().listPartners({ lapas_id: lapas[A].id }, { relations: ["agreements"] })
        expect(partnersOfA.find((p) => p.id === created.id)).toMatchObject({ name: "CV Rotan Jaya Abadi" })
        expect(partnersOfA.find((p) => p.id === created.id)!.agreements).toHaveLength(2)
        expect((await lapasService().listPartners({ lapas_id: lapas[B].id })).map((p) => p.name)).not.toContain("Diambil")

        expect((await failureOf(api.post(`/lapas-api/lapas/${lapas[A].id}/partners`, partnerBody(), as.financeA))).status).toBe(403)
        const bad = await failureOf(
          api.post(`/lapas-api/lapas/${lapas[A].id}/partners`, { ...partnerBody(), agreement: { ...partnerBody().agreement, ends_on: "2025-01-01" } }, as.staffA)
        )
        expect(bad.status).toBe(400)
        expect(bad.message).toMatch(/must end after it starts/)

        const removed = (await api.delete(`/lapas-api/lapas/${lapas[A].id}/partners/${created.id}`, as.staffA)).data
        expect(removed).toEqual({ id: created.id, object: "partner", deleted: true })
        expect(await lapasService().listPartners({ id: created.id })).toHaveLength(0)
      })

      it("keeps a partner whose agreement carries a share policy", async () => {
        const partner = (await api.post(`/lapas-api/lapas/${lapas[A].id}/partners`, partnerBody(), as.staffA)).data.partner
        await api.post(
          `/lapas-api/share-policies`,
          { scope: "partner_agreement", partner_agreement_id: partner.agreements[0].id, capital_bp: 5000, premi_bp: 3000, pnbp_bp: 2000, effective_from: tomorrow() },
          as.national
        )
        const refused = await failureOf(api.delete(`/lapas-api/lapas/${lapas[A].id}/partners/${partner.id}`, as.staffA))
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/share policy/)
      })
    })

    describe("share policies", () => {
      it("are national members' own: list, filter by lapas, create; others get 403", async () => {
        const created = (
          await api.post(
            `/lapas-api/share-policies`,
            { scope: "lapas", lapas_id: lapas[A].id, capital_bp: 6000, premi_bp: 2500, pnbp_bp: 1500, effective_from: tomorrow(), note: "Uji" },
            as.national
          )
        ).data.share_policy
        expect(created).toMatchObject({ scope: "lapas", lapas_id: lapas[A].id, effective_from: tomorrow() })
        const ofA = (await api.get(`/lapas-api/share-policies?lapas_id=${lapas[A].id}`, as.national)).data
        expect(ofA.share_policies.map((p: any) => p.id)).toContain(created.id)
        expect(ofA.share_policies.every((p: any) => p.scope === "all" || p.lapas_id === lapas[A].id)).toBe(true)

        for (const who of ["staffA", "financeA"]) {
          expect((await failureOf(api.get(`/lapas-api/share-policies`, as[who]))).status).toBe(403)
          const refused = await failureOf(
            api.post(`/lapas-api/share-policies`, { scope: "lapas", lapas_id: lapas[A].id, capital_bp: 6000, premi_bp: 2500, pnbp_bp: 1500, effective_from: tomorrow() }, as[who])
          )
          expect(refused.status).toBe(403)
          expect(refused.message).toMatch(/national/)
        }
        const sum = await failureOf(
          api.post(`/lapas-api/share-policies`, { scope: "all", capital_bp: 6000, premi_bp: 2500, pnbp_bp: 1000, effective_from: tomorrow() }, as.national)
        )
        expect(sum.status).toBe(400)
        expect(sum.message).toMatch(/add up to 9,500/)
        const unknown = await failureOf(
          api.post(`/lapas-api/share-policies`, { scope: "lapas", lapas_id: "lapas_unknown", capital_bp: 6000, premi_bp: 2500, pnbp_bp: 1500, effective_from: tomorrow() }, as.national)
        )
        expect(unknown.status).toBe(404)
        expect(unknown.message).toMatch(/Lapas with id "lapas_unknown"/)
        expect((await failureOf(api.get(`/lapas-api/share-policies?lapas_id=lapas_unknown`, as.national))).status).toBe(404)
      })
    })

    describe("members and invitations", () => {
      it("invite → e-mail → accept → log in → /me; the link works once", async () => {
        const email = "Rina.Staf@Example.id"
        const invited = (
          await api.post(`/lapas-api/members`, { name: "Rina Staf", email, role: "lapas_staff", lapas_id: lapas[A].id }, as.national)
        ).data.member
        expect(invited).toMatchObject({ email: "rina.staf@example.id", role: "lapas_staff", status: "invited", lapas: { id: lapas[A].id } })
        const [row] = await lapasService().listLapasMembers({ id: invited.id }, { select: ["invite_token_hash", "invite_expires_at"] })
        expect(row.invite_token_hash).toMatch(/^[0-9a-f]{64}$/)
        const days = (new Date(row.invite_expires_at!).getTime() - Date.now()) / 86_400_000
        expect(days).toBeGreaterThan(6.9)
        expect(days).toBeLessThanOrEqual(7)

        const [mail] = await emailsTo("rina.staf@example.id")
        expect(mail).toMatchObject({ template: "member-invitation", status: "success" })
        expect(mail.subject).toMatch(/Undangan/)
        expect(mail.text).toMatch(/Anda diundang/)
        const link = linkIn(mail.text, "undangan")
        expect(link.origin).toBe(process.env.PANEL_URL ? new URL(process.env.PANEL_URL).origin : "http://localhost:7001")
        const token = link.searchParams.get("token")!
        expect(row.invite_token_hash).not.toContain(token)

        const short = await failureOf(api.post(`/lapas-api/invites/accept`, { token, password: "pendek" }))
        expect(short.status).toBe(400)
        expect(short.message).toMatch(/at least 10 characters/)
        // Not yet active: no login.
        expect((await failureOf(api.post(`/auth/lapas_member/emailpass`, { email: "rina.staf@example.id", password: "rahasia-rina-123" }))).status).toBe(401)

        const accepted = (await api.post(`/lapas-api/invites/accept`, { token, password: "rahasia-rina-123", name: "Rina Wulandari" })).data
        expect(accepted).toEqual({ email: "rina.staf@example.id" })
        const again = await failureOf(api.post(`/lapas-api/invites/accept`, { token, password: "rahasia-rina-456" }))
        expect(again.status).toBe(400)
        expect(again.message).toMatch(/unknown or has already been used/)

        const rina = await loginAsMember(api, "rina.staf@example.id", "rahasia-rina-123")
        const me = (await api.get(`/lapas-api/me`, rina)).data.member
        expect(me).toMatchObject({ name: "Rina Wulandari", role: "lapas_staff", lapas: { id: lapas[A].id } })
        const listed = (await api.get(`/lapas-api/members?lapas_id=${lapas[A].id}&status=active&q=rina`, as.national)).data
        expect(listed.members).toEqual([expect.objectContaining({ id: invited.id, status: "active", invite_expires_at: null })])
      })

      it("refuses unknown, expired and resent-over tokens with a message", async () => {
        const unknown = await failureOf(api.post(`/lapas-api/invites/accept`, { token: "x".repeat(43), password: "rahasia-panjang-1" }))
        expect(unknown.status).toBe(400)
        expect(unknown.message).toMatch(/unknown or has already been used/)

        const invited = (await api.post(`/lapas-api/members`, { name: "Dewi Keuangan", email: "dewi@example.id", role: "finance", lapas_id: lapas[B].id }, as.national)).data.member
        const firstToken = linkIn((await emailsTo("dewi@example.id"))[0].text, "undangan").searchParams.get("token")!
        const resent = (await api.post(`/lapas-api/members/${invited.id}/invite`, {}, as.national)).data.member
        expect(resent.status).toBe("invited")
        const mails = await emailsTo("dewi@example.id")
        expect(mails).toHaveLength(2)
        const secondToken = linkIn(mails[0].text, "undangan").searchParams.get("token")!
        expect(secondToken).not.toBe(firstToken)
        expect((await failureOf(api.post(`/lapas-api/invites/accept`, { token: firstToken, password: "rahasia-dewi-123" }))).status).toBe(400)

        await lapasService().updateLapasMembers({ id: invited.id, invite_expires_at: new Date(Date.now() - 1000) })
        const expired = await failureOf(api.post(`/lapas-api/invites/accept`, { token: secondToken, password: "rahasia-dewi-123" }))
        expect(expired.status).toBe(400)
        expect(expired.message).toMatch(/expired/)
        const extra = await failureOf(api.post(`/lapas-api/invites/accept`, { token: secondToken, password: "rahasia-dewi-123", role: "national" }))
        expect(extra.status).toBe(400)
        expect(extra.message).toMatch(/role/)
      })

      it("validates invitations: lapas by role, known lapas, one member per e-mail", async () => {
        const noLapas = await failureOf(api.post(`/lapas-api/members`, { name: "Tanpa Lapas", email: "a@example.id", role: "lapas_staff" }, as.national))
        expect(noLapas.status).toBe(400)
        expect(noLapas.message).toMatch(/name it in lapas_id/)
        const nationalWithLapas = await failureOf(
          api.post(`/lapas-api/members`, { name: "Pusat", email: "b@example.id", role: "national", lapas_id: lapas[A].id }, as.national)
        )
        expect(nationalWithLapas.status).toBe(400)
        const unknownLapas = await failureOf(
          api.post(`/lapas-api/members`, { name: "Siapa", email: "c@example.id", role: "finance", lapas_id: "lapas_unknown" }, as.national)
        )
        expect(unknownLapas.status).toBe(404)
        expect(unknownLapas.message).toMatch(/Lapas with id "lapas_unknown"/)
        expect(await lapasService().listLapasMembers({ email: "c@example.id" })).toHaveLength(0)
        const duplicate = await failureOf(
          api.post(`/lapas-api/members`, { name: "Dobel", email: `STAFF+${A}@karyabinaan.test`, role: "lapas_staff", lapas_id: lapas[A].id }, as.national)
        )
        expect(duplicate.message).toMatch(/already a member/)
        const national = (await api.post(`/lapas-api/members`, { name: "Pusat Dua", email: "pusat2@example.id", role: "national" }, as.national)).data.member
        expect(national).toMatchObject({ role: "national", lapas: null, status: "invited" })
      })

      it("is for national members only: staff and finance get 403 and nothing is written", async () => {
        for (const who of ["staffA", "financeA"]) {
          const list = await failureOf(api.get(`/lapas-api/members`, as[who]))
          expect(list.status).toBe(403)
          expect(list.message).toMatch(/national/)
          const invite = await failureOf(
            api.post(`/lapas-api/members`, { name: "Teman", email: `teman+${who}@example.id`, role: "lapas_staff", lapas_id: lapas[A].id }, as[who])
          )
          expect(invite.status).toBe(403)
          expect(await lapasService().listLapasMembers({ email: `teman+${who}@example.id` })).toHaveLength(0)
        }
        const [financeB] = await lapasService().listLapasMembers({ email: `finance+${B}@karyabinaan.test` })
        expect((await failureOf(api.post(`/lapas-api/members/${financeB.id}/deactivate`, {}, as.staffA))).status).toBe(403)
        expect((await failureOf(api.post(`/lapas-api/members/${financeB.id}`, { role: "national" }, as.financeA))).status).toBe(403)
      })

      it("deactivates (token and password refused at once), reactivates, and changes role and lapas", async () => {
        const [staffA] = await lapasService().listLapasMembers({ email: `staff+${A}@karyabinaan.test` })
        const off = (await api.post(`/lapas-api/members/${staffA.id}/deactivate`, {}, as.national)).data.member
        expect(off.status).toBe("deactivated")
        const refused = await failureOf(api.get(`/lapas-api/me`, as.staffA))
        expect(refused.status).toBe(401)
        expect(refused.message).toMatch(/not active/)
        const deactivated = (await api.get(`/lapas-api/members?status=deactivated`, as.national)).data.members
        expect(deactivated.map((m: any) => m.id)).toEqual([staffA.id])

        const on = (await api.post(`/lapas-api/members/${staffA.id}/reactivate`, {}, as.national)).data.member
        expect(on.status).toBe("active")
        expect((await api.get(`/lapas-api/me`, as.staffA)).data.member.email).toBe(`staff+${A}@karyabinaan.test`)

        const moved = (await api.post(`/lapas-api/members/${staffA.id}`, { role: "finance", lapas_id: lapas[B].id }, as.national)).data.member
        expect(moved).toMatchObject({ role: "finance", lapas: { id: lapas[B].id } })
        expect((await api.get(`/lapas-api/me`, as.staffA)).data.member).toMatchObject({ role: "finance", lapas: { id: lapas[B].id } })
        const toNational = await failureOf(api.post(`/lapas-api/members/${staffA.id}`, { role: "national", lapas_id: lapas[A].id }, as.national))
        expect(toNational.status).toBe(400)
        const unknownLapas = await failureOf(api.post(`/lapas-api/members/${staffA.id}`, { lapas_id: "lapas_unknown" }, as.national))
        expect(unknownLapas.status).toBe(404)
        const unknown = await failureOf(api.post(`/lapas-api/members/lmem_unknown/deactivate`, {}, as.national))
        expect(unknown.status).toBe(404)
        expect(unknown.message).toMatch(/Member with id "lmem_unknown"/)

        const [self] = await lapasService().listLapasMembers({ email: "nasional@karyabinaan.test" })
        const selfOff = await failureOf(api.post(`/lapas-api/members/${self.id}/deactivate`, {}, as.national))
        expect(selfOff.status).toBe(400)
        expect(selfOff.message).toMatch(/another national member/)
        const resendActive = await failureOf(api.post(`/lapas-api/members/${staffA.id}/invite`, {}, as.national))
        expect(resendActive.status).toBe(400)
        expect(resendActive.message).toMatch(/already accepted/)
      })

      it("resets a member's password by e-mail; deactivated members get no e-mail", async () => {
        const email = `finance+${A}@karyabinaan.test`
        await api.post(`/auth/lapas_member/emailpass/reset-password`, { identifier: email })
        const mail = await waitFor("the reset e-mail", async () => (await emailsTo(email)).find((m) => m.template === "member-password-reset"), 10_000)
        expect(mail.subject).toMatch(/Atur ulang kata sandi/)
        const link = linkIn(mail.text, "atur-sandi")
        expect(link.searchParams.get("email")).toBe(email)
        const token = link.searchParams.get("token")!
        await api.post(`/auth/lapas_member/emailpass/update`, { email, password: "sandi-baru-keuangan" }, { headers: { authorization: `Bearer ${token}` } })
        expect((await failureOf(loginAsMember(api, email))).status).toBe(401)
        const session = await loginAsMember(api, email, "sandi-baru-keuangan")
        expect((await api.get(`/lapas-api/me`, session)).data.member.email).toBe(email)

        const [staffB] = await lapasService().listLapasMembers({ email: `staff+${B}@karyabinaan.test` })
        await api.post(`/lapas-api/members/${staffB.id}/deactivate`, {}, as.national)
        await api.post(`/auth/lapas_member/emailpass/reset-password`, { identifier: `staff+${B}@karyabinaan.test` })
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(await emailsTo(`staff+${B}@karyabinaan.test`)).toHaveLength(0)
      })
    })
  },
})
