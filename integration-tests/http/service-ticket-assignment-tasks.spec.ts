import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import HelpdeskModuleService from "../../src/modules/helpdesk/service"
import {
  AuthHeaders,
  createStaffUser,
  rejectionOf,
  syncSystemRoles,
} from "../helpers/admin"
import { createPublishableKey, createStoreCustomer, StoreCustomer } from "../helpers/storefront"

jest.setTimeout(240 * 1000)

const DAY = 24 * 60 * 60 * 1000

type Staff = AuthHeaders & { id: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Staff
    let ann: Staff
    let ben: Staff
    let cem: Staff
    let technician: Staff
    let analyst: Staff
    let alice: StoreCustomer
    let appliancesCategoryId: string
    let espressoProductId: string
    let scooterProductId: string

    // Created once: the runner restores this snapshot before every test.
    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
      await helpdesk.ensureDefaultPipeline()
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      ann = await createStaffUser(container, api, "ann@example.com", ["agent"])
      ben = await createStaffUser(container, api, "ben@example.com", ["agent"])
      cem = await createStaffUser(container, api, "cem@example.com", ["supervisor"])
      technician = await createStaffUser(container, api, "tech@example.com", ["technician"])
      analyst = await createStaffUser(container, api, "analyst@example.com", ["analyst"])
      alice = await createStoreCustomer(
        container,
        api,
        "alice@example.com",
        await createPublishableKey(container)
      )

      const {
        result: [appliances],
      } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "Appliances", is_active: true }] },
      })
      const {
        result: [espresso, mobility],
      } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: [
            { name: "Espresso machines", parent_category_id: appliances.id, is_active: true },
            { name: "Mobility", is_active: true },
          ],
        },
      })
      appliancesCategoryId = appliances.id
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: [
            { title: "Aurora Espresso Machine", category_ids: [espresso.id], options: [{ title: "Default", values: ["Default"] }] },
            { title: "Volt E-Scooter", category_ids: [mobility.id], options: [{ title: "Default", values: ["Default"] }] },
          ],
        },
      })
      espressoProductId = products[0].id
      scooterProductId = products[1].id
    })

    const createRule = async (body: Record<string, unknown>) => {
      const { data } = await api.post("/admin/assignment-rules", body, admin)
      return data.assignment_rule
    }

    const createTicket = async (body: Record<string, unknown> = {}, auth: AuthHeaders = ann) => {
      const { data } = await api.post(
        "/admin/service-tickets",
        { subject: "The grinder rattles", customer_id: alice.id, ...body },
        auth
      )
      return data.service_ticket
    }

    const transition = (id: string, to: string, auth: AuthHeaders = ann) =>
      api.post(`/admin/service-tickets/${id}/transition`, { to }, auth)

    const resolve = async (id: string) => {
      const { data } = await api.get(`/admin/service-tickets/${id}`, ann)
      if (data.service_ticket.stage === "intake") {
        await transition(id, "assigned")
      }
      await transition(id, "in_progress")
      const resolved = await transition(id, "resolved")
      return resolved.data.service_ticket
    }

    const tasksOf = async (ticketId: string) => {
      const { data } = await api.get(`/admin/service-tickets/${ticketId}/tasks`, ann)
      return data.ticket_tasks
    }

    const auditActions = async (entityId: string) => {
      const { data } = await api.get(
        `/admin/aftersales/audit-log?entity_id=${entityId}&order=created_at&limit=100`,
        admin
      )
      return data.audit_log_entries.map((entry: any) => entry.action)
    }

    describe("assignment rules", () => {
      it("round-robins a team's tickets, continuing after the last assigned member", async () => {
        const rule = await createRule({
          name: "Technical support rotation",
          ticket_types: ["technical_support"],
          strategy: "round_robin",
          team: "Technical support",
          member_user_ids: [ann.id, ben.id, cem.id],
        })
        expect(rule).toEqual(
          expect.objectContaining({ rank: 0, is_active: true, last_assigned_user_id: null })
        )

        const assignees: string[] = []
        for (let i = 0; i < 4; i++) {
          const ticket = await createTicket({ type: "technical_support" })
          expect(ticket.team).toBe("Technical support")
          expect(ticket.stage).toBe("assigned")
          assignees.push(ticket.assignee_id)
        }
        expect(assignees).toEqual([ann.id, ben.id, cem.id, ann.id])

        const ticket = await createTicket({ type: "technical_support" })
        expect(ticket.assignee_id).toBe(ben.id)
        expect(ticket.activities).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              type: "assigned",
              data: expect.objectContaining({
                assignee_id: ben.id,
                rule_id: rule.id,
                rule_name: "Technical support rotation",
              }),
            }),
          ])
        )
        const { data } = await api.get(`/admin/assignment-rules/${rule.id}`, ann)
        expect(data.assignment_rule.last_assigned_user_id).toBe(ben.id)
      })

      it("gives each member the same share when tickets are opened at the same time", async () => {
        await createRule({
          name: "Rotation",
          strategy: "round_robin",
          member_user_ids: [ann.id, ben.id, cem.id],
        })
        const tickets = await Promise.all(
          Array.from({ length: 6 }, (_, i) => createTicket({ subject: `Parallel ${i}` }))
        )
        const counts: Record<string, number> = {}
        for (const ticket of tickets) {
          counts[ticket.assignee_id] = (counts[ticket.assignee_id] ?? 0) + 1
        }
        expect(counts).toEqual({ [ann.id]: 2, [ben.id]: 2, [cem.id]: 2 })
      })

      it("skips members who may not work tickets and leaves tickets no rule matches unassigned", async () => {
        await createRule({
          name: "Returns desk",
          ticket_types: ["return_exchange"],
          strategy: "round_robin",
          team: "Returns",
          member_user_ids: [ann.id, technician.id, ben.id],
        })
        const first = await createTicket({ type: "return_exchange" })
        const second = await createTicket({ type: "return_exchange" })
        const third = await createTicket({ type: "return_exchange" })
        expect([first.assignee_id, second.assignee_id, third.assignee_id]).toEqual([
          ann.id,
          ben.id,
          ann.id,
        ])

        const unmatched = await createTicket({ type: "inquiry" })
        expect(unmatched).toEqual(
          expect.objectContaining({ assignee_id: null, team: null, stage: "intake" })
        )
      })

      it("gives a least-loaded rule's ticket to the member with the fewest open tickets", async () => {
        await createTicket({ assignee_id: ann.id })
        await createTicket({ assignee_id: ann.id })
        await createTicket({ assignee_id: ben.id })
        const cemsResolved = await createTicket({ assignee_id: cem.id })
        await resolve(cemsResolved.id)
        await createRule({ name: "Balanced", strategy: "least_loaded", member_user_ids: [ann.id, ben.id, cem.id] })

        // ann 2, ben 1, cem 0 open (the resolved ticket does not count)
        const first = await createTicket()
        expect(first.assignee_id).toBe(cem.id)
        // ann 2, ben 1, cem 1: the tie goes to the earlier member
        const second = await createTicket()
        expect(second.assignee_id).toBe(ben.id)
      })

      it("routes tickets on a product of a category (or a sub-category) to the skilled member", async () => {
        await createRule({
          name: "Appliance specialists",
          rank: 0,
          product_category_ids: [appliancesCategoryId],
          strategy: "fixed",
          team: "Appliances",
          member_user_ids: [cem.id],
        })
        await createRule({ name: "Everything else", rank: 10, strategy: "fixed", member_user_ids: [ann.id] })

        const espresso = await createTicket({ product_id: espressoProductId })
        expect(espresso).toEqual(expect.objectContaining({ assignee_id: cem.id, team: "Appliances" }))
        const scooter = await createTicket({ product_id: scooterProductId })
        expect(scooter).toEqual(expect.objectContaining({ assignee_id: ann.id, team: null }))
        const noProduct = await createTicket()
        expect(noProduct.assignee_id).toBe(ann.id)
      })

      it("keeps an explicit assignee and team, ignores inactive rules and follows the rank order", async () => {
        const fixedBen = await createRule({ name: "Ben", strategy: "fixed", member_user_ids: [ben.id], team: "B" })
        const fixedCem = await createRule({ name: "Cem", strategy: "fixed", member_user_ids: [cem.id] })
        expect(fixedCem.rank).toBe(10)

        const explicit = await createTicket({ assignee_id: ann.id, team: "Escalations" })
        expect(explicit).toEqual(expect.objectContaining({ assignee_id: ann.id, team: "Escalations" }))
        expect((await createTicket()).assignee_id).toBe(ben.id)

        const { data: reordered } = await api.post(
          "/admin/assignment-rules/reorder",
          { ids: [fixedCem.id, fixedBen.id] },
          admin
        )
        expect(reordered.assignment_rules.map((rule: any) => [rule.id, rule.rank])).toEqual([
          [fixedCem.id, 0],
          [fixedBen.id, 10],
        ])
        expect((await createTicket()).assignee_id).toBe(cem.id)

        await api.post(`/admin/assignment-rules/${fixedCem.id}`, { is_active: false }, admin)
        expect((await createTicket()).assignee_id).toBe(ben.id)

        await api.delete(`/admin/assignment-rules/${fixedBen.id}`, admin)
        expect((await createTicket()).assignee_id).toBeNull()
        expect(await auditActions(fixedBen.id)).toEqual([
          "assignment_rule.created",
          "assignment_rule.updated",
          "assignment_rule.deleted",
        ])
      })

      it("refuses invalid rules with a 400 naming the problem and writes nothing", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ name: "Ghost", strategy: "round_robin", member_user_ids: [ann.id, "user_missing"] }, /user_missing/],
          [{ name: "Two", strategy: "fixed", member_user_ids: [ann.id, ben.id] }, /exactly one member/],
          [{ name: "Empty", strategy: "least_loaded", member_user_ids: [] }, /at least one member/],
          [{ name: "Cat", strategy: "fixed", member_user_ids: [ann.id], product_category_ids: ["pcat_missing"] }, /pcat_missing/],
          [{ name: "Bad", strategy: "fastest", member_user_ids: [ann.id] }, /strategy/],
          [{ name: "Extra", strategy: "fixed", member_user_ids: [ann.id], colour: "red" }, /colour/],
        ]
        for (const [body, message] of cases) {
          const error = await rejectionOf(api.post("/admin/assignment-rules", body, admin))
          expect(error.response.status).toBe(400)
          expect(error.response.data.message).toMatch(message)
        }
        const rule = await createRule({ name: "Solo", strategy: "fixed", member_user_ids: [ann.id] })
        const error = await rejectionOf(
          api.post(`/admin/assignment-rules/${rule.id}`, { strategy: "round_robin", member_user_ids: [ann.id, "user_gone"] }, admin)
        )
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toMatch(/user_gone/)
        const reorder = await rejectionOf(
          api.post("/admin/assignment-rules/reorder", { ids: ["stasr_missing"] }, admin)
        )
        expect(reorder.response.status).toBe(400)

        const { data } = await api.get("/admin/assignment-rules", admin)
        expect(data.assignment_rules).toEqual([
          expect.objectContaining({ id: rule.id, strategy: "fixed", member_user_ids: [ann.id] }),
        ])
        expect(await auditActions(rule.id)).toEqual(["assignment_rule.created"])
      })

      it("lets agents read the rules but only configurers change them", async () => {
        const rule = await createRule({ name: "Solo", strategy: "fixed", member_user_ids: [ann.id] })
        const { data } = await api.get("/admin/assignment-rules", ann)
        expect(data.count).toBe(1)
        for (const request of [
          api.post("/admin/assignment-rules", { name: "Mine", strategy: "fixed", member_user_ids: [ann.id] }, ann),
          api.post(`/admin/assignment-rules/${rule.id}`, { name: "Renamed" }, cem),
          api.delete(`/admin/assignment-rules/${rule.id}`, ann),
          api.post("/admin/assignment-rules/reorder", { ids: [rule.id] }, ann),
        ]) {
          const error = await rejectionOf(request)
          expect(error.response.status).toBe(403)
          expect(error.response.data.message).toMatch(/service_tickets:configure/)
        }
        const { data: after } = await api.get(`/admin/assignment-rules/${rule.id}`, admin)
        expect(after.assignment_rule.name).toBe("Solo")
      })
    })

    describe("follow-up and revisit tasks", () => {
      it("schedules a revisit when a ticket is resolved, due revisitAfterDays (3) later", async () => {
        const ticket = await createTicket({ assignee_id: ben.id })
        const resolved = await resolve(ticket.id)
        const [revisit] = await tasksOf(ticket.id)
        expect(revisit).toEqual(
          expect.objectContaining({
            kind: "revisit",
            status: "open",
            assignee_id: ben.id,
            outcome: null,
          })
        )
        expect(new Date(revisit.due_at).getTime()).toBe(new Date(resolved.resolved_at).getTime() + 3 * DAY)

        const { data: detail } = await api.get(`/admin/service-tickets/${ticket.id}`, ann)
        expect(detail.service_ticket.activities).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              type: "task_created",
              data: expect.objectContaining({ task_id: revisit.id, kind: "revisit", automatic: true }),
            }),
          ])
        )
        expect(await auditActions(revisit.id)).toEqual(["ticket_task.created"])

        // closing keeps the callback; reopening cancels it; resolving again schedules a new one
        await transition(ticket.id, "in_progress")
        expect((await tasksOf(ticket.id)).map((task: any) => task.status)).toEqual(["canceled"])
        await transition(ticket.id, "resolved")
        expect((await tasksOf(ticket.id)).map((task: any) => [task.kind, task.status])).toEqual([
          ["revisit", "canceled"],
          ["revisit", "open"],
        ])
      })

      it("records a revisit's outcome; 'reopened' reopens the ticket", async () => {
        const ticket = await createTicket({ assignee_id: ben.id })
        await resolve(ticket.id)
        const [revisit] = await tasksOf(ticket.id)

        const missing = await rejectionOf(
          api.post(`/admin/service-ticket-tasks/${revisit.id}/complete`, {}, ben)
        )
        expect(missing.response.status).toBe(400)
        expect(missing.response.data.message).toMatch(/outcome/)
        const wrong = await rejectionOf(
          api.post(`/admin/service-ticket-tasks/${revisit.id}/complete`, { outcome: "happy" }, ben)
        )
        expect(wrong.response.status).toBe(400)

        const { data } = await api.post(
          `/admin/service-ticket-tasks/${revisit.id}/complete`,
          { outcome: "reopened", notes: "Still rattles after the fix." },
          ben
        )
        expect(data.ticket_task).toEqual(
          expect.objectContaining({
            status: "done",
            outcome: "reopened",
            completed_by: ben.id,
            notes: "Still rattles after the fix.",
            completed_at: expect.any(String),
          })
        )
        const { data: after } = await api.get(`/admin/service-tickets/${ticket.id}`, ann)
        expect(after.service_ticket).toEqual(
          expect.objectContaining({
            stage: "in_progress",
            stage_category: "open",
            reopen_count: 1,
            resolved_at: null,
          })
        )
        expect(after.service_ticket.activities.map((activity: any) => activity.type)).toEqual(
          expect.arrayContaining(["task_completed", "stage_changed"])
        )
        expect(await auditActions(revisit.id)).toEqual(["ticket_task.created", "ticket_task.completed"])

        const again = await rejectionOf(
          api.post(`/admin/service-ticket-tasks/${revisit.id}/complete`, { outcome: "satisfied" }, ben)
        )
        expect(again.response.status).toBe(400)
        expect(again.response.data.message).toMatch(/already done/)
      })

      it("records 'satisfied' without touching the ticket", async () => {
        const ticket = await createTicket({ assignee_id: ann.id })
        const resolved = await resolve(ticket.id)
        const [revisit] = await tasksOf(ticket.id)
        await api.post(`/admin/service-ticket-tasks/${revisit.id}/complete`, { outcome: "satisfied" }, ann)
        const { data } = await api.get(`/admin/service-tickets/${ticket.id}`, ann)
        expect(data.service_ticket).toEqual(
          expect.objectContaining({ stage: "resolved", version: resolved.version, reopen_count: 0 })
        )
      })

      it("creates, lists, edits, completes and cancels follow-up tasks", async () => {
        const ticket = await createTicket({ assignee_id: ann.id })
        const other = await createTicket({ assignee_id: ben.id })
        const tomorrow = new Date(Date.now() + DAY).toISOString()
        const nextWeek = new Date(Date.now() + 7 * DAY).toISOString()

        const { data: created } = await api.post(
          `/admin/service-tickets/${ticket.id}/tasks`,
          { title: "Check the spare part arrived", due_at: tomorrow },
          ann
        )
        const followUp = created.ticket_task
        expect(followUp).toEqual(
          expect.objectContaining({
            ticket_id: ticket.id,
            kind: "follow_up",
            status: "open",
            assignee_id: ann.id,
            created_by: ann.id,
            due_at: tomorrow,
            ticket: expect.objectContaining({ number: ticket.number }),
          })
        )
        const { data: later } = await api.post(
          `/admin/service-tickets/${other.id}/tasks`,
          { title: "Ask for photos", due_at: nextWeek, assignee_id: ann.id, notes: "Of the serial plate" },
          ben
        )
        await api.post(`/admin/service-tickets/${other.id}/tasks`, { title: "Ben's own", due_at: tomorrow }, ben)

        const { data: mine } = await api.get(
          `/admin/service-ticket-tasks?assignee_id=me&status=open`,
          ann
        )
        expect(mine.ticket_tasks.map((task: any) => task.id)).toEqual([followUp.id, later.ticket_task.id])
        const dueSoon = new Date(Date.now() + 2 * DAY).toISOString()
        const { data: due } = await api.get(
          `/admin/service-ticket-tasks?assignee_id=me&due_before=${encodeURIComponent(dueSoon)}`,
          ann
        )
        expect(due.ticket_tasks.map((task: any) => task.id)).toEqual([followUp.id])
        const { data: revisits } = await api.get(`/admin/service-ticket-tasks?kind=revisit`, ann)
        expect(revisits.count).toBe(0)

        const { data: edited } = await api.post(
          `/admin/service-ticket-tasks/${followUp.id}`,
          { due_at: nextWeek, assignee_id: ben.id },
          ann
        )
        expect(edited.ticket_task).toEqual(expect.objectContaining({ due_at: nextWeek, assignee_id: ben.id }))

        const { data: done } = await api.post(`/admin/service-ticket-tasks/${followUp.id}/complete`, {}, ben)
        expect(done.ticket_task).toEqual(expect.objectContaining({ status: "done", outcome: null, completed_by: ben.id }))
        const outcome = await rejectionOf(
          api.post(`/admin/service-ticket-tasks/${later.ticket_task.id}/complete`, { outcome: "satisfied" }, ann)
        )
        expect(outcome.response.status).toBe(400)
        expect(outcome.response.data.message).toMatch(/Only revisits/)
        const { data: canceled } = await api.post(
          `/admin/service-ticket-tasks/${later.ticket_task.id}/cancel`,
          {},
          ann
        )
        expect(canceled.ticket_task.status).toBe("canceled")
        const edit = await rejectionOf(
          api.post(`/admin/service-ticket-tasks/${later.ticket_task.id}`, { title: "Too late" }, ann)
        )
        expect(edit.response.status).toBe(400)

        expect(await auditActions(followUp.id)).toEqual([
          "ticket_task.created",
          "ticket_task.updated",
          "ticket_task.completed",
        ])
        const { data: detail } = await api.get(`/admin/service-tickets/${other.id}`, ann)
        expect(detail.service_ticket.activities.map((activity: any) => activity.type)).toEqual(
          expect.arrayContaining(["task_created", "task_canceled"])
        )
      })

      it("refuses bad task input with a 400 (nothing written), unknown tickets with a 404, and readers with a 403", async () => {
        const ticket = await createTicket()
        for (const body of [
          { title: "" },
          { title: "When?", due_at: "next tuesday" },
          { title: "Who?", assignee_id: "user_missing" },
          { title: "Extra", colour: "red" },
        ]) {
          const error = await rejectionOf(api.post(`/admin/service-tickets/${ticket.id}/tasks`, body, ann))
          expect(error.response.status).toBe(400)
        }
        expect(await tasksOf(ticket.id)).toEqual([])
        const { data } = await api.get("/admin/service-ticket-tasks", admin)
        expect(data.count).toBe(0)

        const missing = await rejectionOf(
          api.post(`/admin/service-tickets/stkt_missing/tasks`, { title: "Lost" }, ann)
        )
        expect(missing.response.status).toBe(404)

        const { data: created } = await api.post(`/admin/service-tickets/${ticket.id}/tasks`, { title: "Call back" }, ann)
        for (const request of [
          api.post(`/admin/service-tickets/${ticket.id}/tasks`, { title: "Analyst" }, analyst),
          api.post(`/admin/service-ticket-tasks/${created.ticket_task.id}/complete`, {}, analyst),
          api.post(`/admin/service-ticket-tasks/${created.ticket_task.id}/cancel`, {}, analyst),
        ]) {
          const error = await rejectionOf(request)
          expect(error.response.status).toBe(403)
          expect(error.response.data.message).toMatch(/service_tickets:write/)
        }
        const { data: readable } = await api.get(`/admin/service-ticket-tasks`, analyst)
        expect(readable.ticket_tasks).toEqual([expect.objectContaining({ status: "open" })])
      })

      it("lists the task events in the webhook catalogue", async () => {
        const { data } = await api.get("/admin/aftersales/events", admin)
        const names = data.events.map((event: any) => event.name)
        expect(names).toEqual(
          expect.arrayContaining(["service_ticket_task.created", "service_ticket_task.completed"])
        )
      })
    })
  },
})
