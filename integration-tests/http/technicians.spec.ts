import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { AFTERSALES_AUDIT_MODULE } from "../../src/modules/aftersales-audit"
import { REPAIR_MODULE } from "../../src/modules/repair"
import RepairModuleService from "../../src/modules/repair/service"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles } from "../helpers/admin"
import { createLocation } from "../helpers/stock"

jest.setTimeout(240 * 1000)

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }
    let supervisor: AuthHeaders & { id: string }
    let technicianUser: AuthHeaders & { id: string }
    let agent: AuthHeaders & { id: string }
    let partsManager: AuthHeaders & { id: string }
    let phones: { id: string; name: string }
    let tablets: { id: string; name: string }
    let hamburg: { id: string }
    let berlin: { id: string }
    let repairCounter = 0

    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      supervisor = await createStaffUser(container, api, "supervisor@example.com", ["supervisor"])
      technicianUser = await createStaffUser(container, api, "tech@example.com", ["technician"])
      agent = await createStaffUser(container, api, "agent@example.com", ["agent"])
      partsManager = await createStaffUser(container, api, "parts@example.com", ["parts_manager"])
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: [
            { name: "Phones", is_active: true },
            { name: "Tablets", is_active: true },
          ],
        },
      })
      ;[phones, tablets] = result as any
      hamburg = await createLocation(container, "Hamburg workshop")
      berlin = await createLocation(container, "Berlin workshop")
    })

    /** Repair orders straight through the repair module (dates set as the test needs). */
    const createRepair = async (fields: Record<string, unknown>) => {
      const repair: RepairModuleService = getContainer().resolve(REPAIR_MODULE)
      repairCounter += 1
      const created = await repair.createRepairOrders({
        number: `RO-T${String(repairCounter).padStart(5, "0")}`,
        pipeline_key: "repair_order",
        stage: "in_repair",
        stage_category: "open",
        fault_description: "Does not charge",
        product_category_ids: [],
        fault_codes: [],
        ...fields,
      } as any)
      if (fields.created_at) {
        await repair.updateRepairOrders({ id: created.id, created_at: fields.created_at } as any)
      }
      return created
    }

    const createTechnician = async (body: Record<string, unknown>, as: AuthHeaders = admin) => {
      const { data } = await api.post("/admin/technicians", body, as)
      return data.technician
    }

    it("creates, lists, filters, updates and deactivates technicians with validation", async () => {
      const created = await createTechnician({
        name: "Ada Fixer",
        email: "ada@example.com",
        user_id: technicianUser.id,
        location_id: hamburg.id,
        capacity: 4,
        hourly_rate: 35,
        skills: [{ product_category_id: phones.id, level: 3 }],
      })
      expect(created).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^tech_/),
          name: "Ada Fixer",
          user_id: technicianUser.id,
          is_active: true,
          open_jobs: 0,
          skills: [expect.objectContaining({ product_category_id: phones.id, category_name: "Phones", level: 3 })],
          performance: expect.objectContaining({ jobs_done: 0, first_time_fix_rate: null }),
        })
      )

      // one technician per admin user
      const duplicate = await rejectionOf(
        api.post("/admin/technicians", { name: "Copy", user_id: technicianUser.id }, admin)
      )
      expect(duplicate.response.status).toBeGreaterThanOrEqual(400)
      expect(duplicate.response.status).toBeLessThan(500)
      expect(duplicate.response.data.message).toContain("one technician per user")
      // unknown category, unknown user, bad level: 4xx, nothing written
      const badCategory = await rejectionOf(
        api.post("/admin/technicians", { name: "X", skills: [{ product_category_id: "pcat_nope", level: 2 }] }, admin)
      )
      expect(badCategory.response.status).toBe(400)
      expect(badCategory.response.data.message).toContain("pcat_nope")
      const badUser = await rejectionOf(api.post("/admin/technicians", { name: "Y", user_id: "user_nope" }, admin))
      expect(badUser.response.status).toBe(400)
      const badLevel = await rejectionOf(
        api.post("/admin/technicians", { name: "Z", skills: [{ product_category_id: phones.id, level: 9 }] }, admin)
      )
      expect(badLevel.response.status).toBe(400)
      const repair: RepairModuleService = getContainer().resolve(REPAIR_MODULE)
      expect(await repair.listTechnicians({ name: ["X", "Y", "Z", "Copy"] })).toHaveLength(0)

      const other = await createTechnician({ name: "Bo Tablet", location_id: berlin.id, skills: [{ product_category_id: tablets.id, level: 4 }] })

      const { data: bySkill } = await api.get(`/admin/technicians?product_category_id=${phones.id}`, admin)
      expect(bySkill.technicians.map((t: any) => t.id)).toEqual([created.id])
      const { data: byQ } = await api.get(`/admin/technicians?q=tablet`, admin)
      expect(byQ.technicians.map((t: any) => t.id)).toEqual([other.id])
      const { data: byLocation } = await api.get(`/admin/technicians?location_id=${berlin.id}`, admin)
      expect(byLocation.technicians.map((t: any) => t.id)).toEqual([other.id])

      const { data: updated } = await api.post(`/admin/technicians/${other.id}`, { capacity: 7, phone: "+49 30 1" }, supervisor)
      expect(updated.technician).toEqual(expect.objectContaining({ capacity: 7, phone: "+49 30 1" }))

      // deactivation is configuration: a supervisor (technicians:write) may not, an admin may
      const denied = await rejectionOf(api.delete(`/admin/technicians/${other.id}`, supervisor))
      expect(denied.response.status).toBe(403)
      const { data: deactivated } = await api.delete(`/admin/technicians/${other.id}`, admin)
      expect(deactivated.technician.is_active).toBe(false)
      const { data: inactive } = await api.get(`/admin/technicians?is_active=false`, admin)
      expect(inactive.technicians.map((t: any) => t.id)).toEqual([other.id])
      const entries = await getContainer()
        .resolve(AFTERSALES_AUDIT_MODULE)
        .listAftersalesAuditLogEntries({ entity_id: other.id }, { order: { created_at: "ASC" } })
      expect(entries.map((entry: any) => [entry.action, entry.actor_id])).toEqual([
        ["technician.created", admin.id],
        ["technician.updated", supervisor.id],
        ["technician.deactivated", admin.id],
      ])

      const missing = await rejectionOf(api.get(`/admin/technicians/tech_missing`, admin))
      expect(missing.response.status).toBe(404)
    })

    it("sets skills, adds and removes certifications, and an assessment awards a level", async () => {
      const tech = await createTechnician({ name: "Cy Skills" })
      const { data: withSkills } = await api.post(
        `/admin/technicians/${tech.id}/skills`,
        { skills: [{ product_category_id: phones.id, level: 2 }, { product_category_id: tablets.id, level: 1 }] },
        supervisor
      )
      expect(withSkills.technician.skills.map((s: any) => [s.category_name, s.level])).toEqual([
        ["Phones", 2],
        ["Tablets", 1],
      ])
      const { data: replaced } = await api.post(
        `/admin/technicians/${tech.id}/skills`,
        { skills: [{ product_category_id: phones.id, level: 3 }] },
        supervisor
      )
      expect(replaced.technician.skills.map((s: any) => [s.category_name, s.level])).toEqual([["Phones", 3]])

      const badDates = await rejectionOf(
        api.post(
          `/admin/technicians/${tech.id}/certifications`,
          { name: "IPC-7711", issued_at: "2026-05-01", expires_at: "2026-01-01" },
          supervisor
        )
      )
      expect(badDates.response.status).toBe(400)
      const { data: certified } = await api.post(
        `/admin/technicians/${tech.id}/certifications`,
        { name: "IPC-7711", issuer: "IPC", issued_at: "2025-01-01", expires_at: "2027-01-01" },
        supervisor
      )
      expect(certified.technician.certifications).toEqual([
        expect.objectContaining({ name: "IPC-7711", issuer: "IPC", expires_at: expect.stringContaining("2027-01-01") }),
      ])
      const certificationId = certified.technician.certifications[0].id
      const { data: removed } = await api.delete(
        `/admin/technicians/${tech.id}/certifications/${certificationId}`,
        supervisor
      )
      expect(removed.technician.certifications).toEqual([])

      const noCategory = await rejectionOf(
        api.post(`/admin/technicians/${tech.id}/assessments`, { score: 90, level_awarded: 4 }, supervisor)
      )
      expect(noCategory.response.status).toBe(400)
      const { data: assessed } = await api.post(
        `/admin/technicians/${tech.id}/assessments`,
        { product_category_id: phones.id, score: 92, level_awarded: 5, notes: "Board-level repair" },
        supervisor
      )
      expect(assessed.assessment).toEqual(
        expect.objectContaining({ score: 92, level_awarded: 5, assessed_by: supervisor.id, category_name: "Phones" })
      )
      expect(assessed.technician.skills.find((s: any) => s.product_category_id === phones.id).level).toBe(5)
      // an assessment in a new category creates the skill
      const { data: newSkill } = await api.post(
        `/admin/technicians/${tech.id}/assessments`,
        { product_category_id: tablets.id, score: 60, level_awarded: 2 },
        supervisor
      )
      expect(newSkill.technician.skills.map((s: any) => [s.category_name, s.level])).toEqual([
        ["Phones", 5],
        ["Tablets", 2],
      ])
      // without a level it only records the score
      const { data: scoreOnly } = await api.post(
        `/admin/technicians/${tech.id}/assessments`,
        { product_category_id: tablets.id, score: 40 },
        supervisor
      )
      expect(scoreOnly.technician.skills.find((s: any) => s.product_category_id === tablets.id).level).toBe(2)
      expect(scoreOnly.technician.assessments).toHaveLength(3)
    })

    it("ranks suggestions by skill, workload and location", async () => {
      const skilledBusy = await createTechnician({
        name: "Skilled Busy",
        location_id: hamburg.id,
        capacity: 2,
        skills: [{ product_category_id: tablets.id, level: 5 }],
      })
      const skilledFree = await createTechnician({
        name: "Skilled Free",
        location_id: hamburg.id,
        capacity: 4,
        skills: [{ product_category_id: tablets.id, level: 4 }],
      })
      const farAway = await createTechnician({
        name: "Far Away",
        location_id: berlin.id,
        capacity: 4,
        skills: [{ product_category_id: tablets.id, level: 4 }],
      })
      const unskilled = await createTechnician({ name: "Unskilled", location_id: hamburg.id, capacity: 4 })
      await createRepair({ technician_id: skilledBusy.id, stage_category: "open" })
      await createRepair({ technician_id: skilledBusy.id, stage_category: "waiting" })
      await createRepair({ technician_id: skilledBusy.id, stage_category: "closed", completed_at: new Date() })
      const target = await createRepair({
        product_category_ids: [tablets.id],
        location_id: hamburg.id,
        stage_category: "new",
        stage: "received",
      })

      const { data } = await api.get(`/admin/technicians/suggestions?repair_order_id=${target.id}`, technicianUser)
      const order = data.suggestions.map((s: any) => s.technician.id)
      const mine = [skilledFree.id, farAway.id, skilledBusy.id, unskilled.id]
      expect(order.filter((id: string) => mine.includes(id))).toEqual(mine)
      const top = data.suggestions[0]
      expect(top).toEqual({
        technician: { id: skilledFree.id, name: "Skilled Free", location_id: hamburg.id, user_id: null },
        score: 90,
        reasons: expect.arrayContaining(["Skill level 4 in Tablets", "0 of 4 open jobs", "Works at the repair's location"]),
        open_jobs: 0,
        capacity: 4,
        skill_level: 4,
      })
      const busy = data.suggestions.find((s: any) => s.technician.id === skilledBusy.id)
      expect(busy).toEqual(expect.objectContaining({ open_jobs: 2, capacity: 2, skill_level: 5, score: 70 }))
      expect(busy.reasons).toContain("At capacity (2 of 2 open jobs)")

      const missing = await rejectionOf(api.get(`/admin/technicians/suggestions?repair_order_id=rord_nope`, admin))
      expect(missing.response.status).toBe(404)
      const noParam = await rejectionOf(api.get(`/admin/technicians/suggestions`, admin))
      expect(noParam.response.status).toBe(400)
    })

    it("computes first-time fix from a repeat repair on the same unit, a review snapshot and analytics", async () => {
      const tech = await createTechnician({ name: "Dee Perf", location_id: hamburg.id })
      const base = Date.UTC(2026, 2, 1)
      const at = (days: number) => new Date(base + days * DAY)
      // Unit SN-A: fixed on day 2, back on day 12 (repeat within 30 days) -> not fixed first time
      await createRepair({
        technician_id: tech.id,
        serial_number: "SN-A",
        product_id: "prod_phone",
        product_title: "Phone X",
        fault_codes: ["BATTERY"],
        stage_category: "closed",
        outcome: "repaired",
        created_at: at(0),
        received_at: at(0),
        completed_at: at(2),
        planned_end_at: at(3),
        customer_rating: 4,
        warranty_status: "in_warranty",
      })
      // the same unit, its serial typed in lower case
      const repeat = await createRepair({
        serial_number: "sn-a",
        product_id: "prod_phone",
        product_title: "Phone X",
        fault_codes: ["BATTERY"],
        stage_category: "open",
        created_at: at(12),
      })
      // Unit SN-B: fixed on day 1, back only on day 40 -> fixed first time
      const second = await createRepair({
        technician_id: tech.id,
        serial_number: "SN-B",
        product_id: "prod_tab",
        product_title: "Tab Y",
        fault_codes: ["SCREEN"],
        stage_category: "closed",
        outcome: "replaced",
        created_at: at(0),
        completed_at: at(1),
        planned_end_at: at(0.5),
        customer_rating: 2,
      })
      await createRepair({ serial_number: "SN-B", stage_category: "new", created_at: at(40) })
      const repairService: RepairModuleService = getContainer().resolve(REPAIR_MODULE)
      await repairService.createRepairPartLines({
        repair_order_id: second.id,
        spare_part_id: "spart_x",
        part_number: "SCR-1",
        name: "Screen",
        location_id: hamburg.id,
        quantity: 2,
        quantity_issued: 2,
        quantity_returned: 1,
        status: "issued",
        unit_cost: 40,
        unit_price: 60,
        covered: true,
      } as any)

      const { data } = await api.get(`/admin/technicians/${tech.id}/performance`, admin)
      expect(data.performance).toEqual(
        expect.objectContaining({
          technician_id: tech.id,
          jobs_done: 2,
          repeat_repairs: 1,
          first_time_fixes: 1,
          first_time_fix_rate: 0.5,
          on_time_rate: 0.5,
          mean_turnaround_hours: 36,
          parts_cost_total: 40,
          parts_cost_per_job: 20,
          mean_rating: 3,
        })
      )
      const { data: windowed } = await api.get(
        `/admin/technicians/${tech.id}/performance?from=${at(1.5).toISOString()}&to=${at(5).toISOString()}`,
        admin
      )
      expect(windowed.performance).toEqual(
        expect.objectContaining({ jobs_done: 1, first_time_fix_rate: 0, repeat_repairs: 1 })
      )
      // the repeat is canceled: it no longer counts against the first repair
      await repairService.updateRepairOrders({ id: repeat.id, stage_category: "canceled", canceled_at: at(13) } as any)
      const { data: afterCancel } = await api.get(`/admin/technicians/${tech.id}/performance`, admin)
      expect(afterCancel.performance.first_time_fix_rate).toBe(1)
      await repairService.updateRepairOrders({ id: repeat.id, stage_category: "open", canceled_at: null } as any)

      // review: by the acting user with a snapshot of the period's figures
      const { data: reviewed } = await api.post(
        `/admin/technicians/${tech.id}/reviews`,
        { period_start: at(0).toISOString(), period_end: at(30).toISOString(), score: 4, notes: "Solid quarter" },
        supervisor
      )
      expect(reviewed.review).toEqual(
        expect.objectContaining({
          score: 4,
          reviewer_id: supervisor.id,
          notes: "Solid quarter",
          figures: expect.objectContaining({ jobs_done: 2, first_time_fix_rate: 0.5 }),
        })
      )
      expect(reviewed.technician.reviews).toHaveLength(1)
      const badScore = await rejectionOf(
        api.post(`/admin/technicians/${tech.id}/reviews`, { period_start: at(0), period_end: at(1), score: 6 }, supervisor)
      )
      expect(badScore.response.status).toBe(400)

      // analytics over March 2026
      const { data: analyticsBody } = await api.get(
        `/admin/aftersales/analytics/repairs?from=${at(0).toISOString()}&to=${at(30).toISOString()}&period=week`,
        supervisor
      )
      const analytics = analyticsBody.analytics
      expect(analytics.totals).toEqual({ created: 3, completed: 2, canceled: 0 })
      // 2026-03-01 is a Sunday: weeks start on Monday
      expect(analytics.volume.slice(0, 3)).toEqual([
        { period: "2026-02-23", created: 2, completed: 0 },
        { period: "2026-03-02", created: 0, completed: 2 },
        { period: "2026-03-09", created: 1, completed: 0 },
      ])
      expect(analytics.turnaround).toEqual(expect.objectContaining({ count: 2, p50_hours: 36, p90_hours: 45.6 }))
      expect(analytics.first_time_fix).toEqual({ completed: 2, first_time_fixes: 1, repeats: 1, rate: 0.5 })
      expect(analytics.repeat_failure_by_product).toEqual([
        { product_id: "prod_phone", product_title: "Phone X", completed: 1, repeats: 1, rate: 1 },
        { product_id: "prod_tab", product_title: "Tab Y", completed: 1, repeats: 0, rate: 0 },
      ])
      expect(analytics.repeat_failure_by_fault_code).toEqual([
        { fault_code: "BATTERY", completed: 1, repeats: 1, rate: 1 },
        { fault_code: "SCREEN", completed: 1, repeats: 0, rate: 0 },
      ])
      expect(analytics.cost_per_repair).toEqual({ repairs: 2, parts_cost: 40, labour_cost: 0, total_cost: 40, mean_cost: 20 })
      expect(analytics.warranty_cost_by_product).toEqual([
        { product_id: "prod_tab", product_title: "Tab Y", repairs: 1, covered_amount: 60, covered_cost: 40 },
      ])
      expect(analytics.outcome_mix).toEqual([
        { outcome: "repaired", count: 1, share: 0.5 },
        { outcome: "replaced", count: 1, share: 0.5 },
      ])
      const badWindow = await rejectionOf(
        api.get(`/admin/aftersales/analytics/repairs?from=2026-05-01&to=2026-01-01`, admin)
      )
      expect(badWindow.response.status).toBe(400)
    })

    it("a reviewer cannot review their own technician profile", async () => {
      const own = await createTechnician({ name: "Sue Pervisor", user_id: supervisor.id })
      const self = await rejectionOf(
        api.post(
          `/admin/technicians/${own.id}/reviews`,
          { period_start: "2026-01-01", period_end: "2026-02-01", score: 5 },
          supervisor
        )
      )
      expect(self.response.status).toBe(400)
      expect(self.response.data.message).toContain("cannot review their own performance")
      const { data } = await api.post(
        `/admin/technicians/${own.id}/reviews`,
        { period_start: "2026-01-01", period_end: "2026-02-01", score: 5 },
        admin
      )
      expect(data.review).toEqual(expect.objectContaining({ reviewer_id: admin.id, score: 5 }))
    })

    it("enforces permissions", async () => {
      const listAsAgent = await rejectionOf(api.get("/admin/technicians", agent))
      expect(listAsAgent.response.status).toBe(403)
      const visible = await createTechnician({ name: "Visible" })
      const { data } = await api.get("/admin/technicians", technicianUser)
      expect(data.technicians.map((t: any) => t.id)).toContain(visible.id)
      const createAsTech = await rejectionOf(api.post("/admin/technicians", { name: "Nope" }, technicianUser))
      expect(createAsTech.response.status).toBe(403)
      // linking a user or (de)activating needs technicians:configure
      const linkAsSupervisor = await rejectionOf(
        api.post("/admin/technicians", { name: "Linked", user_id: agent.id }, supervisor)
      )
      expect(linkAsSupervisor.response.status).toBe(403)
      const analyticsAsParts = await rejectionOf(api.get("/admin/aftersales/analytics/repairs", partsManager))
      expect(analyticsAsParts.response.status).toBe(403)
      const { data: analytics } = await api.get("/admin/aftersales/analytics/repairs", agent)
      expect(analytics.analytics).toEqual(expect.objectContaining({ period: "month" }))
    })
  },
})
