import { Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../src/modules/lapas"
import type LapasModuleService from "../../src/modules/lapas/service"
import { defineSuite } from "../runner"
import { failureOf, loginAs, loginAsMember, type Headers } from "../helpers"

const A = "lapas-bojonegoro"

/** Lapas members: their own actor type, the scoped API's front door, and Medusa's admin API closed to them. */
export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    const as: Record<string, Headers> = {}

    beforeAll(async () => {
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      as.adminUser = await loginAs(api, "admin@karyabinaan.test")
    })

    it("tells each member who they are and which lapas they work for", async () => {
      const staff = (await api.get(`/lapas-api/me`, as.staffA)).data.member
      expect(staff).toMatchObject({ email: `staff+${A}@karyabinaan.test`, role: "lapas_staff" })
      expect(staff.lapas).toMatchObject({ handle: A, time_zone: "Asia/Jakarta" })
      const finance = (await api.get(`/lapas-api/me`, as.financeA)).data.member
      expect(finance).toMatchObject({ role: "finance", lapas: { handle: A } })
      const national = (await api.get(`/lapas-api/me`, as.national)).data.member
      expect(national).toMatchObject({ role: "national", lapas: null })
    })

    it("refuses a wrong password and callers without a member's token", async () => {
      expect((await failureOf(api.post(`/auth/lapas_member/emailpass`, { email: `staff+${A}@karyabinaan.test`, password: "salah" }))).status).toBe(401)
      expect((await failureOf(api.get(`/lapas-api/me`))).status).toBe(401)
      // A Medusa admin user's token is not a member's.
      expect((await failureOf(api.get(`/lapas-api/me`, as.adminUser))).status).toBe(401)
      expect((await failureOf(api.get(`/lapas-api/me`, { headers: { authorization: "Bearer not-a-token" } }))).status).toBe(401)
    })

    it("gives a member's token 401 on Medusa's admin API, however the path is spelt", async () => {
      const paths = [
        `/admin/products`,
        `/admin/orders`,
        `/admin/users/me`,
        `/admin/product-categories?fields=*products`,
        `/admin/orders/order_1/SHARES`,
        `/ADMIN/products`,
        `/admin/Products/`,
        `/admin/lapas`,
        `/admin/me/lapas`,
      ]
      for (const who of ["staffA", "financeA", "national"]) {
        for (const path of paths) {
          const { status } = await failureOf(api.get(path, as[who]))
          expect({ who, path, status }).toEqual({ who, path, status: 401 })
        }
        const write = await failureOf(api.post(`/admin/products`, { title: "Titipan" }, as[who]))
        expect({ who, status: write.status }).toEqual({ who, status: 401 })
      }
    })

    it("takes no field selection and refuses oddly spelt paths", async () => {
      const fields = await failureOf(api.get(`/lapas-api/me?fields=*lapas`, as.staffA))
      expect(fields.status).toBe(400)
      expect(fields.message).toMatch(/fixed fields/)
      expect((await failureOf(api.get(`/lapas-api/me?expand=lapas`, as.staffA))).status).toBe(400)
      for (const path of [`/lapas-api/%6De`, `/lapas-api//me`, `/LAPAS-API/me`, `/Lapas-Api/me`, `/lapas-api/me%2F`]) {
        const { status } = await failureOf(api.get(path, as.staffA))
        expect({ path, status }).toEqual({ path, status: 404 })
      }
    })

    it("refuses the token of a Medusa user who has been removed", async () => {
      const users = getContainer().resolve(Modules.USER)
      const [admin] = await users.listUsers({ email: "admin@karyabinaan.test" })
      expect((await api.get(`/admin/users/me`, as.adminUser)).status).toBe(200)
      await users.softDeleteUsers([admin.id])
      const refused = await failureOf(api.get(`/admin/products`, as.adminUser))
      expect(refused).toEqual({ status: 401, message: "This admin account no longer exists; log in again." })
    })

    it("stops a deactivated member's token and password at once", async () => {
      const lapas: LapasModuleService = getContainer().resolve(LAPAS_MODULE)
      const [member] = await lapas.listLapasMembers({ email: `finance+${A}@karyabinaan.test` })
      await lapas.updateLapasMembers({ id: member.id, deactivated_at: new Date() })
      const refused = await failureOf(api.get(`/lapas-api/me`, as.financeA))
      expect(refused.status).toBe(401)
      expect(refused.message).toMatch(/not active/)
    })
  },
})
