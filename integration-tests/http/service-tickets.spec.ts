import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEFAULT_PIPELINES } from "../../src/lib/process/default-pipelines"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import HelpdeskModuleService from "../../src/modules/helpdesk/service"
import {
  AuthHeaders,
  createStaffUser,
  rejectionOf,
  syncSystemRoles,
  waitFor,
} from "../helpers/admin"
import {
  createPublishableKey,
  createStoreCustomer,
  createTestOrder,
  createTestProduct,
  StoreCustomer,
} from "../helpers/storefront"
import { startWebhookReceiver } from "../helpers/webhook-receiver"

jest.setTimeout(180 * 1000)

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }
    let agent: AuthHeaders & { id: string }
    let alice: StoreCustomer
    let bob: StoreCustomer
    let aliceOrder: { id: string; items: { id: string; variant_id: string | null }[] }
    let bobOrder: { id: string; items: { id: string; variant_id: string | null }[] }
    let product: any

    // Created once: the runner snapshots the database after beforeAll and restores that
    // snapshot before every test, so each test starts from these records (and nothing else).
    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
      await helpdesk.ensureDefaultPipeline()
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      agent = await createStaffUser(container, api, "agent@example.com", ["agent"])
      const key = await createPublishableKey(container)
      alice = await createStoreCustomer(container, api, "alice@example.com", key)
      bob = await createStoreCustomer(container, api, "bob@example.com", key)
      product = await createTestProduct(container)
      const variants = product.variants.map((variant: any) => ({
        id: variant.id,
        product_id: product.id,
        title: `${product.title} ${variant.title}`,
      }))
      aliceOrder = await createTestOrder(container, alice, variants)
      bobOrder = await createTestOrder(container, bob, variants.slice(0, 1))
    })

    const createTicket = async (body: Record<string, unknown> = {}, auth: AuthHeaders = agent) => {
      const { data } = await api.post(
        "/admin/service-tickets",
        { subject: "Grinder makes a loud noise", customer_id: alice.id, ...body },
        auth
      )
      return data.service_ticket
    }

    const transition = (id: string, to: string, extra: Record<string, unknown> = {}, auth: AuthHeaders = agent) =>
      api.post(`/admin/service-tickets/${id}/transition`, { to, ...extra }, auth)

    const auditActions = async (entityId: string) => {
      const { data } = await api.get(
        `/admin/aftersales/audit-log?entity_id=${entityId}&order=created_at&limit=100`,
        admin
      )
      return data.audit_log_entries.map((entry: any) => entry.action)
    }

    describe("admin: opening tickets", () => {
      it("opens a numbered ticket on the customer's order and line item", async () => {
        const item = aliceOrder.items[0]
        const ticket = await createTicket({
          description: "Since yesterday the grinder rattles.",
          type: "technical_support",
          channel: "phone",
          priority: "high",
          tags: ["grinder", "noise", "grinder"],
          order_id: aliceOrder.id,
          line_item_ids: [item.id],
        })

        expect(ticket).toEqual(
          expect.objectContaining({
            number: expect.stringMatching(/^ST-\d{6}$/),
            type: "technical_support",
            channel: "phone",
            priority: "high",
            tags: ["grinder", "noise"],
            customer_id: alice.id,
            order_id: aliceOrder.id,
            line_item_ids: [item.id],
            variant_id: item.variant_id,
            product_id: product.id,
            pipeline_key: "service_ticket",
            stage: "intake",
            stage_category: "new",
            version: 1,
            reopen_count: 0,
            satisfaction_score: null,
          })
        )
        expect(ticket.customer).toEqual(expect.objectContaining({ id: alice.id, email: alice.email }))
        expect(ticket.order).toEqual(expect.objectContaining({ id: aliceOrder.id }))
        expect(ticket.messages).toEqual([])
        expect(ticket.activities).toEqual([
          expect.objectContaining({ type: "created", actor_type: "user", actor_id: agent.id }),
        ])
        expect(await auditActions(ticket.id)).toEqual(["service_ticket.created"])
      })

      it("takes the customer from the order when only the order is given", async () => {
        const ticket = await createTicket({ customer_id: undefined, order_id: bobOrder.id })
        expect(ticket.customer_id).toBe(bob.id)
      })

      it("opens a ticket assigned right away in the stage assignment leads to", async () => {
        const ticket = await createTicket({ assignee_id: agent.id })
        expect(ticket).toEqual(expect.objectContaining({ assignee_id: agent.id, stage: "assigned", stage_category: "open" }))
        expect(ticket.activities.map((a: any) => a.type)).toEqual(["created", "assigned"])
      })

      it("refuses references that do not fit together, with a 400 and nothing written", async () => {
        const before = (await api.get("/admin/service-tickets", agent)).data.count
        const cases: [Record<string, unknown>, string][] = [
          [{ order_id: bobOrder.id }, `Order ${bobOrder.id} was not found for customer ${alice.id}`],
          [{ order_id: "order_missing" }, "was not found for customer"],
          [
            { order_id: aliceOrder.id, line_item_ids: [bobOrder.items[0].id] },
            `do not belong to order ${aliceOrder.id}`,
          ],
          [{ line_item_ids: [aliceOrder.items[0].id] }, "together with the order_id"],
          [{ customer_id: "cus_missing" }, "Customer cus_missing does not exist"],
          [{ variant_id: "variant_missing" }, "Product variant variant_missing does not exist"],
          [{ assignee_id: "user_missing" }, "Admin user user_missing does not exist"],
        ]
        for (const [body, message] of cases) {
          const error = await rejectionOf(createTicket(body))
          expect([body, error.response.status]).toEqual([body, 400])
          expect(error.response.data.message).toContain(message)
        }
        for (const body of [
          { subject: "" },
          { priority: "asap" },
          { channel: "fax" },
          { unexpected: true },
          { related_entity_type: "repair_order" },
        ]) {
          const error = await rejectionOf(createTicket(body))
          expect([body, error.response.status]).toEqual([body, 400])
        }
        expect((await api.get("/admin/service-tickets", agent)).data.count).toBe(before)
      })

      it("numbers tickets uniquely under 50 parallel creations", async () => {
        const tickets = await Promise.all(
          Array.from({ length: 50 }, (_, i) => createTicket({ subject: `Parallel ${i}` }))
        )
        const numbers = tickets.map((ticket) => ticket.number)
        expect(new Set(numbers).size).toBe(50)
        for (const number of numbers) {
          expect(number).toMatch(/^ST-\d{6}$/)
        }
      })

      it("lists with filters and q", async () => {
        const first = await createTicket({ subject: "Pump leaks water", priority: "urgent", team: "espresso" })
        const second = await createTicket({ subject: "Where is my order?", type: "inquiry", customer_id: bob.id })
        await transition(first.id, "assigned")
        await api.post(
          `/admin/service-tickets/${second.id}/messages`,
          { body: "Parcel held at the depot in Utrecht", visibility: "internal" },
          agent
        )

        const list = async (query: string) =>
          (await api.get(`/admin/service-tickets?${query}`, agent)).data
        expect((await list("q=pump")).service_tickets.map((t: any) => t.id)).toEqual([first.id])
        expect((await list(`q=${first.number}`)).service_tickets.map((t: any) => t.id)).toEqual([first.id])
        // q also searches the conversation
        expect((await list("q=depot")).service_tickets.map((t: any) => t.id)).toEqual([second.id])
        expect((await list("priority=urgent")).count).toBe(1)
        expect((await list("stage=assigned")).count).toBe(1)
        expect((await list("stage_category=new")).count).toBe(1)
        expect((await list("team=espresso")).count).toBe(1)
        expect((await list(`customer_id=${bob.id}`)).count).toBe(1)
        expect((await list("assignee_id=null")).count).toBe(2)
        const future = new Date(Date.now() + 60_000).toISOString()
        expect((await list(`created_at[$gte]=${future}`)).count).toBe(0)
        expect((await list(`updated_at[$lte]=${future}`)).count).toBe(2)
        const page = await list("limit=1&order=created_at")
        expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 0 }))
        expect(page.service_tickets[0].id).toBe(first.id)
        const bad = await rejectionOf(api.get("/admin/service-tickets?priority=asap", agent))
        expect(bad.response.status).toBe(400)
      })
    })

    describe("admin: process", () => {
      it("moves tickets only along the pipeline and keeps the lifecycle times", async () => {
        const ticket = await createTicket()

        const skipping = await rejectionOf(transition(ticket.id, "resolved"))
        expect(skipping.response.status).toBe(400)
        expect(skipping.response.data.message).toBe(
          'Pipeline "service_ticket" does not allow moving from "intake" to "resolved" (allowed targets: "assigned", "canceled").'
        )
        const unknown = await rejectionOf(transition(ticket.id, "teleported"))
        expect(unknown.response.status).toBe(400)
        expect(unknown.response.data.message).toContain('has no stage "teleported"')

        await transition(ticket.id, "assigned")
        await transition(ticket.id, "in_progress")
        const { data: resolved } = await transition(ticket.id, "resolved")
        expect(resolved.service_ticket).toEqual(
          expect.objectContaining({ stage: "resolved", stage_category: "resolved", closed_at: null, version: 4 })
        )
        expect(resolved.service_ticket.resolved_at).not.toBeNull()

        const { data: closed } = await transition(ticket.id, "closed")
        expect(closed.service_ticket.closed_at).not.toBeNull()
        expect(closed.service_ticket.resolved_at).toBe(resolved.service_ticket.resolved_at)

        const { data: reopened } = await transition(ticket.id, "in_progress")
        expect(reopened.service_ticket).toEqual(
          expect.objectContaining({
            stage: "in_progress",
            stage_category: "open",
            reopen_count: 1,
            resolved_at: null,
            closed_at: null,
            version: 6,
          })
        )

        const stageChanges = reopened.service_ticket.activities.filter((a: any) => a.type === "stage_changed")
        expect(stageChanges.map((a: any) => a.data.to_stage)).toEqual([
          "assigned",
          "in_progress",
          "resolved",
          "closed",
          "in_progress",
        ])
        expect(stageChanges[4].data).toEqual(expect.objectContaining({ reopened: true, transition: "Reopen" }))
        expect(await auditActions(ticket.id)).toEqual([
          "service_ticket.created",
          ...Array(5).fill("service_ticket.stage_changed"),
        ])
      })

      it("lets exactly one of two concurrent transitions win; the other gets 409", async () => {
        const ticket = await createTicket()
        await transition(ticket.id, "assigned")
        const { data } = await transition(ticket.id, "in_progress")
        const version = data.service_ticket.version

        const results = await Promise.allSettled([
          transition(ticket.id, "resolved", { expected_version: version }),
          transition(ticket.id, "waiting_on_customer", { expected_version: version }, admin),
        ])
        const statuses = results.map((result) =>
          result.status === "fulfilled" ? result.value.status : (result.reason as any).response.status
        )
        expect(statuses.sort()).toEqual([200, 409])
        const loser = results.find((result) => result.status === "rejected") as PromiseRejectedResult
        expect(loser.reason.response.data.message).toContain("was changed by someone else")

        const { data: after } = await api.get(`/admin/service-tickets/${ticket.id}`, agent)
        expect(after.service_ticket.version).toBe(version + 1)
        const winner = results.find((result) => result.status === "fulfilled") as PromiseFulfilledResult<any>
        expect(after.service_ticket.stage).toBe(winner.value.data.service_ticket.stage)
        const stageChanges = after.service_ticket.activities.filter((a: any) => a.type === "stage_changed")
        expect(stageChanges).toHaveLength(3)
        expect((await auditActions(ticket.id)).filter((a: string) => a === "service_ticket.stage_changed")).toHaveLength(3)

        const stale = await rejectionOf(transition(ticket.id, "canceled", { expected_version: version }))
        expect(stale.response.status).toBe(409)
      })

      it("updates fields with a timeline entry for the priority", async () => {
        const ticket = await createTicket()
        const { data } = await api.post(
          `/admin/service-tickets/${ticket.id}`,
          { priority: "urgent", tags: ["vip"], team: "tier-2", subject: "Grinder broken", expected_version: 1 },
          agent
        )
        expect(data.service_ticket).toEqual(
          expect.objectContaining({ priority: "urgent", tags: ["vip"], team: "tier-2", subject: "Grinder broken", version: 2 })
        )
        const types = data.service_ticket.activities.map((a: any) => a.type)
        expect(types).toEqual(["created", "priority_changed", "updated"])
        expect(data.service_ticket.activities[1].data).toEqual({ from: "normal", to: "urgent" })

        const { data: audit } = await api.get(
          `/admin/aftersales/audit-log?entity_id=${ticket.id}&action=service_ticket.updated`,
          admin
        )
        expect(audit.audit_log_entries[0].changes).toEqual({
          priority: { before: "normal", after: "urgent" },
          tags: { before: [], after: ["vip"] },
          team: { before: null, after: "tier-2" },
          subject: { before: "Grinder makes a loud noise", after: "Grinder broken" },
        })

        // an update that changes nothing writes nothing
        await api.post(`/admin/service-tickets/${ticket.id}`, { priority: "urgent" }, agent)
        const { data: same } = await api.get(`/admin/service-tickets/${ticket.id}`, agent)
        expect(same.service_ticket.version).toBe(2)

        const stale = await rejectionOf(
          api.post(`/admin/service-tickets/${ticket.id}`, { priority: "low", expected_version: 1 }, agent)
        )
        expect(stale.response.status).toBe(409)
        const missing = await rejectionOf(api.get("/admin/service-tickets/stkt_missing", agent))
        expect(missing.response.status).toBe(404)
      })

      it("assigns to admin users, one ticket or many at once", async () => {
        const ticket = await createTicket()
        const { data } = await api.post(
          `/admin/service-tickets/${ticket.id}/assign`,
          { assignee_id: agent.id },
          admin
        )
        // assigning a ticket still in intake moves it to "assigned"
        expect(data.service_ticket).toEqual(
          expect.objectContaining({ assignee_id: agent.id, stage: "assigned", stage_category: "open", version: 2 })
        )
        expect(data.service_ticket.activities.map((a: any) => a.type)).toEqual([
          "created",
          "assigned",
          "stage_changed",
        ])

        const unknown = await rejectionOf(
          api.post(`/admin/service-tickets/${ticket.id}/assign`, { assignee_id: "user_missing" }, admin)
        )
        expect(unknown.response.status).toBe(400)
        expect(unknown.response.data.message).toContain("Admin user user_missing does not exist")

        const second = await createTicket()
        const third = await createTicket()
        const { data: bulk } = await api.post(
          "/admin/service-tickets/assign",
          { ids: [ticket.id, second.id, third.id], assignee_id: admin.id },
          admin
        )
        expect(bulk.service_tickets).toHaveLength(3)
        for (const assigned of bulk.service_tickets) {
          expect(assigned.assignee_id).toBe(admin.id)
          expect(assigned.stage).toBe("assigned")
        }

        // all or nothing: one unknown id and nobody is reassigned
        const partial = await rejectionOf(
          api.post(
            "/admin/service-tickets/assign",
            { ids: [second.id, "stkt_missing"], assignee_id: agent.id },
            admin
          )
        )
        expect(partial.response.status).toBe(404)
        const { data: unchanged } = await api.get(`/admin/service-tickets/${second.id}`, admin)
        expect(unchanged.service_ticket.assignee_id).toBe(admin.id)

        const { data: unassigned } = await api.post(
          `/admin/service-tickets/${second.id}/assign`,
          { assignee_id: null },
          admin
        )
        expect(unassigned.service_ticket.assignee_id).toBeNull()
        expect(await auditActions(second.id)).toEqual([
          "service_ticket.created",
          "service_ticket.assigned",
          "service_ticket.assigned",
        ])
      })
    })

    describe("admin: conversation", () => {
      it("keeps replies, internal notes and call logs; the first reply is the first response", async () => {
        const ticket = await createTicket({ order_id: aliceOrder.id })
        const post = (body: Record<string, unknown>) =>
          api.post(`/admin/service-tickets/${ticket.id}/messages`, body, agent)

        const { data: note } = await post({ body: "Customer sounds upset.", visibility: "internal" })
        expect(note.ticket_message).toEqual(
          expect.objectContaining({ visibility: "internal", direction: null, author_type: "agent", author_id: agent.id })
        )
        let { data: current } = await api.get(`/admin/service-tickets/${ticket.id}`, agent)
        expect(current.service_ticket.first_responded_at).toBeNull()

        const { data: call } = await post({
          body: "Called back, walked through descaling.",
          duration_seconds: 420,
          outcome: "reached",
          callback_needed: true,
        })
        expect(call.ticket_message).toEqual(
          expect.objectContaining({
            channel: "phone",
            visibility: "internal",
            direction: "outbound",
            duration_seconds: 420,
            outcome: "reached",
            callback_needed: true,
          })
        )

        const { data: reply } = await post({
          body: "Please send us a photo of the grinder.",
          channel: "email",
          attachments: [{ url: "https://files.example.com/guide.pdf", name: "guide.pdf", mime_type: "application/pdf" }],
        })
        expect(reply.ticket_message).toEqual(
          expect.objectContaining({ visibility: "public", direction: "outbound", channel: "email" })
        )
        ;({ data: current } = await api.get(`/admin/service-tickets/${ticket.id}`, agent))
        const firstResponse = current.service_ticket.first_responded_at
        expect(firstResponse).not.toBeNull()
        expect(current.service_ticket.messages.map((m: any) => m.id)).toEqual([
          note.ticket_message.id,
          call.ticket_message.id,
          reply.ticket_message.id,
        ])

        await post({ body: "One more thing: keep the receipt." })
        ;({ data: current } = await api.get(`/admin/service-tickets/${ticket.id}`, agent))
        expect(current.service_ticket.first_responded_at).toBe(firstResponse)

        // the public replies went to the customer through the Notification module
        const notificationService = getContainer().resolve(Modules.NOTIFICATION)
        const notifications = await waitFor(async () => {
          const found = await notificationService.listNotifications({ template: "aftersales-ticket-reply" })
          return found.length === 2 ? found : null
        })
        expect(notifications[0]).toEqual(
          expect.objectContaining({ to: alice.email, channel: "email", resource_id: ticket.id })
        )
        expect(notifications.map((n: any) => n.data.message_id).sort()).toEqual(
          expect.arrayContaining([reply.ticket_message.id])
        )

        const { data: internal } = await api.get(
          `/admin/service-tickets/${ticket.id}/messages?visibility=internal`,
          agent
        )
        expect(internal.ticket_messages.map((m: any) => m.id)).toEqual([note.ticket_message.id, call.ticket_message.id])

        for (const body of [
          { body: "" },
          { body: "x", visibility: "internal", direction: "inbound" },
          { body: "x", channel: "email", duration_seconds: 10 },
          { body: "x", attachments: [{ url: "ftp://x/y", name: "y" }] },
        ]) {
          const error = await rejectionOf(post(body))
          expect([body, error.response.status]).toEqual([body, 400])
        }
        const missing = await rejectionOf(
          api.post("/admin/service-tickets/stkt_missing/messages", { body: "hi" }, agent)
        )
        expect(missing.response.status).toBe(404)
      })
    })

    describe("admin: pipelines", () => {
      const definition = () => structuredClone(DEFAULT_PIPELINES.service_ticket) as any

      it("uses a pipeline per ticket type and never strands tickets when a pipeline changes", async () => {
        const { data: list } = await api.get("/admin/service-ticket-pipelines", agent)
        const defaultPipeline = list.ticket_pipelines.find((p: any) => p.is_default)
        expect(defaultPipeline.key).toBe("service_ticket")

        const repairs = {
          key: "repairs",
          name: "Repair requests",
          ticket_types: ["repair_request"],
          definition: {
            stages: [
              { key: "received", name: "Received", category: "new", sla: "running", is_initial: true },
              { key: "checking", name: "Checking", category: "open", sla: "running" },
              { key: "done", name: "Done", category: "closed", sla: "paused" },
            ],
            transitions: [
              { from: "received", to: "checking" },
              { from: "checking", to: "done" },
            ],
          },
        }
        const denied = await rejectionOf(api.post("/admin/service-ticket-pipelines", repairs, agent))
        expect(denied.response.status).toBe(403)
        expect(denied.response.data.message).toContain('"service_tickets:configure"')

        const { data: created } = await api.post("/admin/service-ticket-pipelines", repairs, admin)
        expect(created.ticket_pipeline).toEqual(expect.objectContaining({ key: "repairs", is_default: false }))
        const repairTicket = await createTicket({ type: "repair_request" })
        expect(repairTicket).toEqual(expect.objectContaining({ pipeline_key: "repairs", stage: "received" }))

        const invalid = await rejectionOf(
          api.post(
            "/admin/service-ticket-pipelines",
            { ...repairs, key: "broken", ticket_types: [], definition: { ...repairs.definition, transitions: [] } },
            admin
          )
        )
        expect(invalid.response.status).toBe(400)
        expect(invalid.response.data.message).toContain("cannot be reached from the initial stage")
        const taken = await rejectionOf(
          api.post("/admin/service-ticket-pipelines", { ...repairs, key: "repairs_two" }, admin)
        )
        expect(taken.response.status).toBe(400)
        expect(taken.response.data.message).toContain('already uses pipeline "repairs"')
        const duplicate = await rejectionOf(
          api.post("/admin/service-ticket-pipelines", { ...repairs, ticket_types: [] }, admin)
        )
        expect(duplicate.response.status).toBe(422)

        // a ticket waiting on the customer while "waiting_on_customer" is removed
        const waiting = await createTicket()
        await transition(waiting.id, "assigned")
        await transition(waiting.id, "in_progress")
        await transition(waiting.id, "waiting_on_customer")
        expect((await api.get(`/admin/service-tickets/${waiting.id}`, agent)).data.service_ticket).toEqual(
          expect.objectContaining({ sla_status: "paused", sla_paused_since: expect.any(String) })
        )

        const next = definition()
        next.stages = next.stages.filter((s: any) => s.key !== "waiting_on_customer")
        next.transitions = next.transitions.filter(
          (t: any) => t.from !== "waiting_on_customer" && t.to !== "waiting_on_customer"
        )
        const badMapping = await rejectionOf(
          api.post(
            `/admin/service-ticket-pipelines/${defaultPipeline.id}`,
            { definition: { stages: next.stages, transitions: next.transitions }, stage_mapping: { waiting_on_customer: "limbo" } },
            admin
          )
        )
        expect(badMapping.response.status).toBe(400)
        expect(badMapping.response.data.message).toContain('"limbo"')
        expect((await api.get(`/admin/service-tickets/${waiting.id}`, agent)).data.service_ticket.stage).toBe(
          "waiting_on_customer"
        )

        const { data: updated } = await api.post(
          `/admin/service-ticket-pipelines/${defaultPipeline.id}`,
          {
            definition: { stages: next.stages, transitions: next.transitions },
            stage_mapping: { waiting_on_customer: "in_progress" },
          },
          admin
        )
        expect(updated.ticket_pipeline.definition.stages.map((s: any) => s.key)).not.toContain("waiting_on_customer")
        expect(updated.ticket_pipeline.ticket_counts).toEqual({ in_progress: 1 })

        const { data: moved } = await api.get(`/admin/service-tickets/${waiting.id}`, agent)
        expect(moved.service_ticket).toEqual(expect.objectContaining({ stage: "in_progress", stage_category: "open" }))
        // moved into a running stage, its SLA clock runs again
        expect(moved.service_ticket.sla_paused_since).toBeNull()
        expect(moved.service_ticket.sla_status).not.toBe("paused")
        expect(moved.service_ticket.activities.at(-1).data).toEqual(
          expect.objectContaining({ from_stage: "waiting_on_customer", to_stage: "in_progress", transition: "pipeline_changed" })
        )
        const { data: audit } = await api.get(
          `/admin/aftersales/audit-log?entity_id=${defaultPipeline.id}&action=ticket_pipeline.updated`,
          admin
        )
        expect(audit.audit_log_entries[0].metadata.tickets_changed).toEqual([
          expect.objectContaining({ id: waiting.id, from_stage: "waiting_on_customer", to_stage: "in_progress" }),
        ])

        const undefault = await rejectionOf(
          api.post(`/admin/service-ticket-pipelines/${defaultPipeline.id}`, { is_default: false }, admin)
        )
        expect(undefault.response.status).toBe(400)
        const { data: switched } = await api.post(
          `/admin/service-ticket-pipelines/${created.ticket_pipeline.id}`,
          { is_default: true },
          admin
        )
        expect(switched.ticket_pipeline.is_default).toBe(true)
        const { data: defaults } = await api.get("/admin/service-ticket-pipelines?is_default=true", agent)
        expect(defaults.ticket_pipelines.map((p: any) => p.key)).toEqual(["repairs"])
      })
    })

    describe("admin: canned responses", () => {
      it("keeps reply templates and fills them in for a ticket", async () => {
        const { data: variables } = await api.get("/admin/canned-responses/variables", agent)
        expect(variables.variables).toEqual(
          expect.arrayContaining([expect.objectContaining({ name: "ticket.number" })])
        )

        const template = {
          title: "Ask for the serial number",
          category: "diagnosis",
          body: "Hello {{ customer.first_name | there }}, about {{ticket.number}} (order #{{ order.display_id }}): please send the serial number. {{ agent.full_name }}",
        }
        const denied = await rejectionOf(api.post("/admin/canned-responses", template, agent))
        expect(denied.response.status).toBe(403)
        const unknown = await rejectionOf(
          api.post("/admin/canned-responses", { ...template, body: "Hi {{ customer.nickname }}" }, admin)
        )
        expect(unknown.response.status).toBe(400)
        expect(unknown.response.data.message).toContain('Unknown variable "customer.nickname"')

        const { data: created } = await api.post("/admin/canned-responses", template, admin)
        const id = created.canned_response.id
        expect(created.canned_response).toEqual(
          expect.objectContaining({ title: template.title, is_active: true, ticket_types: [], created_by: admin.id })
        )
        expect((await api.get("/admin/canned-responses?q=serial", agent)).data.count).toBe(1)
        expect((await api.get("/admin/canned-responses?category=billing", agent)).data.count).toBe(0)

        const ticket = await createTicket({ order_id: aliceOrder.id })
        const { data: order } = await api.get(`/admin/service-tickets/${ticket.id}`, agent)
        const { data: rendered } = await api.post(`/admin/canned-responses/${id}/render`, { ticket_id: ticket.id }, agent)
        expect(rendered.rendered).toEqual({
          canned_response_id: id,
          ticket_id: ticket.id,
          title: template.title,
          body: `Hello alice, about ${ticket.number} (order #${order.service_ticket.order.display_id}): please send the serial number. `,
          missing_variables: ["agent.full_name"],
        })
        const noTicket = await rejectionOf(
          api.post(`/admin/canned-responses/${id}/render`, { ticket_id: "stkt_missing" }, agent)
        )
        expect(noTicket.response.status).toBe(400)

        const { data: updated } = await api.post(`/admin/canned-responses/${id}`, { is_active: false }, admin)
        expect(updated.canned_response.is_active).toBe(false)
        await api.delete(`/admin/canned-responses/${id}`, admin)
        const gone = await rejectionOf(api.get(`/admin/canned-responses/${id}`, agent))
        expect(gone.response.status).toBe(404)
        expect(await auditActions(id)).toEqual([
          "canned_response.created",
          "canned_response.updated",
          "canned_response.deleted",
        ])
      })
    })

    describe("store", () => {
      const storeGet = (url: string, customer: StoreCustomer) => api.get(url, { headers: customer.headers })
      const storePost = (url: string, body: unknown, customer: StoreCustomer) =>
        api.post(url, body, { headers: customer.headers })

      const openAsAlice = async (body: Record<string, unknown> = {}) => {
        const { data } = await storePost(
          "/store/service-tickets",
          { subject: "Vacuum stops after 5 minutes", description: "Battery drains fast.", ...body },
          alice
        )
        return data.service_ticket
      }

      it("lets customers open, read and answer only their own tickets", async () => {
        const item = aliceOrder.items[1]
        const ticket = await openAsAlice({ type: "repair_request", order_id: aliceOrder.id, line_item_ids: [item.id] })
        expect(ticket).toEqual(
          expect.objectContaining({
            number: expect.stringMatching(/^ST-\d{6}$/),
            channel: "web",
            stage_category: "new",
            order_id: aliceOrder.id,
            variant_id: item.variant_id,
            messages: [],
            reopenable_until: null,
          })
        )
        for (const hidden of ["assignee_id", "team", "tags", "pipeline_key", "version", "metadata", "customer_id"]) {
          expect(ticket).not.toHaveProperty(hidden)
        }

        const foreignOrder = await rejectionOf(openAsAlice({ order_id: bobOrder.id }))
        expect(foreignOrder.response.status).toBe(400)
        expect(foreignOrder.response.data.message).toContain("was not found for customer")
        const foreignItem = await rejectionOf(
          openAsAlice({ order_id: aliceOrder.id, line_item_ids: [bobOrder.items[0].id] })
        )
        expect(foreignItem.response.status).toBe(400)
        const priority = await rejectionOf(openAsAlice({ priority: "urgent" }))
        expect(priority.response.status).toBe(400)

        // an agent's internal note and public reply: the customer sees only the reply
        await api.post(`/admin/service-tickets/${ticket.id}/messages`, { body: "Check warranty first.", visibility: "internal" }, agent)
        await api.post(
          `/admin/service-tickets/${ticket.id}/messages`,
          { body: "Logged the call.", duration_seconds: 60, outcome: "no_answer" },
          agent
        )
        await api.post(`/admin/service-tickets/${ticket.id}/messages`, { body: "Could you send the serial number?" }, agent)
        const { data: read } = await storeGet(`/store/service-tickets/${ticket.id}`, alice)
        expect(read.service_ticket.messages).toEqual([
          {
            id: expect.any(String),
            channel: "web",
            direction: "outbound",
            author_type: "agent",
            body: "Could you send the serial number?",
            attachments: null,
            created_at: expect.any(String),
          },
        ])

        const { data: answered } = await storePost(
          `/store/service-tickets/${ticket.id}/messages`,
          { body: "Serial is NIM-1234.", attachments: [{ url: "https://files.example.com/s.jpg", name: "s.jpg" }] },
          alice
        )
        expect(answered.service_ticket.messages.map((m: any) => [m.author_type, m.direction])).toEqual([
          ["agent", "outbound"],
          ["customer", "inbound"],
        ])
        const internalFromStore = await rejectionOf(
          storePost(`/store/service-tickets/${ticket.id}/messages`, { body: "x", visibility: "internal" }, alice)
        )
        expect(internalFromStore.response.status).toBe(400)
        const fields = await rejectionOf(storeGet(`/store/service-tickets/${ticket.id}?fields=*messages`, alice))
        expect(fields.response.status).toBe(400)

        const { data: own } = await storeGet("/store/service-tickets", alice)
        expect(own.service_tickets.map((t: any) => t.id)).toEqual([ticket.id])
        for (const listed of own.service_tickets) {
          expect(listed).not.toHaveProperty("assignee_id")
        }

        // bob sees none of it: every store route answers 404 for alice's ticket
        expect((await storeGet("/store/service-tickets", bob)).data.count).toBe(0)
        const attempts = [
          () => storeGet(`/store/service-tickets/${ticket.id}`, bob),
          () => storePost(`/store/service-tickets/${ticket.id}/messages`, { body: "hi" }, bob),
          () => storePost(`/store/service-tickets/${ticket.id}/close`, {}, bob),
          () => storePost(`/store/service-tickets/${ticket.id}/reopen`, {}, bob),
        ]
        for (const attempt of attempts) {
          const error = await rejectionOf(attempt())
          expect(error.response.status).toBe(404)
          expect(error.response.data.message).toBe(`Service ticket with id: ${ticket.id} was not found`)
        }
        const { data: untouched } = await api.get(`/admin/service-tickets/${ticket.id}`, admin)
        expect(untouched.service_ticket.messages).toHaveLength(4)
        expect(untouched.service_ticket.stage_category).toBe("new")
      })

      it("moves a ticket waiting on the customer back into work when they answer", async () => {
        const ticket = await openAsAlice()
        await transition(ticket.id, "assigned")
        await transition(ticket.id, "in_progress")
        await transition(ticket.id, "waiting_on_customer")
        const { data } = await storePost(`/store/service-tickets/${ticket.id}/messages`, { body: "Here you go." }, alice)
        expect(data.service_ticket.stage).toBe("in_progress")
      })

      it("closes, and reopens only within the reopen window", async () => {
        const ticket = await openAsAlice()
        await transition(ticket.id, "assigned")
        await transition(ticket.id, "in_progress")
        await transition(ticket.id, "resolved")

        const { data: resolved } = await storeGet(`/store/service-tickets/${ticket.id}`, alice)
        const resolvedAt = new Date(resolved.service_ticket.resolved_at).getTime()
        expect(new Date(resolved.service_ticket.reopenable_until).getTime()).toBe(resolvedAt + 14 * DAY)

        const { data: reopened } = await storePost(`/store/service-tickets/${ticket.id}/reopen`, {}, alice)
        expect(reopened.service_ticket).toEqual(
          expect.objectContaining({ stage: "in_progress", stage_category: "open", resolved_at: null })
        )
        const stillOpen = await rejectionOf(storePost(`/store/service-tickets/${ticket.id}/reopen`, {}, alice))
        expect(stillOpen.response.status).toBe(400)
        expect(stillOpen.response.data.message).toBe("This ticket is still open.")

        await transition(ticket.id, "resolved")
        const { data: closed } = await storePost(`/store/service-tickets/${ticket.id}/close`, {}, alice)
        expect(closed.service_ticket).toEqual(expect.objectContaining({ stage: "closed", stage_category: "closed" }))
        const again = await rejectionOf(storePost(`/store/service-tickets/${ticket.id}/close`, {}, alice))
        expect(again.response.status).toBe(400)
        const closedReply = await rejectionOf(
          storePost(`/store/service-tickets/${ticket.id}/messages`, { body: "hello?" }, alice)
        )
        expect(closedReply.response.status).toBe(400)
        expect(closedReply.response.data.message).toContain("Reopen it")

        // 15 days later the window is over
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await db.raw(
          "update service_ticket set closed_at = now() - interval '15 days', resolved_at = now() - interval '16 days' where id = ?",
          [ticket.id]
        )
        const late = await rejectionOf(storePost(`/store/service-tickets/${ticket.id}/reopen`, {}, alice))
        expect(late.response.status).toBe(400)
        expect(late.response.data.message).toContain("within 14 days")
        const { data: final } = await api.get(`/admin/service-tickets/${ticket.id}`, agent)
        expect(final.service_ticket).toEqual(expect.objectContaining({ stage: "closed", reopen_count: 1 }))

        // agents may still reopen it
        await transition(ticket.id, "in_progress")
      })

      it("withdraws an unresolved ticket when the customer closes it", async () => {
        const ticket = await openAsAlice()
        const { data } = await storePost(`/store/service-tickets/${ticket.id}/close`, {}, alice)
        expect(data.service_ticket).toEqual(expect.objectContaining({ stage: "canceled", stage_category: "canceled" }))
        expect(data.service_ticket.closed_at).not.toBeNull()
      })

      it("needs a logged-in customer on every route", async () => {
        const ticket = await openAsAlice()
        const keyOnly = { headers: { "x-publishable-api-key": alice.headers["x-publishable-api-key"] } }
        const requests = [
          () => api.get("/store/service-tickets", keyOnly),
          () => api.post("/store/service-tickets", { subject: "x", description: "y" }, keyOnly),
          () => api.get(`/store/service-tickets/${ticket.id}`, keyOnly),
          () => api.post(`/store/service-tickets/${ticket.id}/messages`, { body: "x" }, keyOnly),
          () => api.post(`/store/service-tickets/${ticket.id}/close`, {}, keyOnly),
          () => api.post(`/store/service-tickets/${ticket.id}/reopen`, {}, keyOnly),
          // an admin token is not a customer
          () =>
            api.get("/store/service-tickets", {
              headers: { ...keyOnly.headers, authorization: agent.headers.authorization },
            }),
        ]
        for (const request of requests) {
          const error = await rejectionOf(request())
          expect(error.response.status).toBe(401)
        }
      })
    })

    describe("access", () => {
      const ROUTES: { method: "get" | "post" | "delete"; url: string; permission: string; body?: unknown }[] = [
        { method: "get", url: "/admin/service-tickets", permission: "service_tickets:read" },
        { method: "post", url: "/admin/service-tickets", permission: "service_tickets:write", body: { subject: "x" } },
        { method: "post", url: "/admin/service-tickets/assign", permission: "service_tickets:write", body: { ids: ["stkt_1"], assignee_id: null } },
        { method: "get", url: "/admin/service-tickets/stkt_1", permission: "service_tickets:read" },
        { method: "post", url: "/admin/service-tickets/stkt_1", permission: "service_tickets:write", body: {} },
        { method: "post", url: "/admin/service-tickets/stkt_1/transition", permission: "service_tickets:write", body: { to: "x" } },
        { method: "post", url: "/admin/service-tickets/stkt_1/assign", permission: "service_tickets:write", body: { assignee_id: null } },
        { method: "get", url: "/admin/service-tickets/stkt_1/messages", permission: "service_tickets:read" },
        { method: "post", url: "/admin/service-tickets/stkt_1/messages", permission: "service_tickets:write", body: { body: "x" } },
        { method: "get", url: "/admin/service-ticket-pipelines", permission: "service_tickets:read" },
        { method: "post", url: "/admin/service-ticket-pipelines", permission: "service_tickets:configure", body: {} },
        { method: "get", url: "/admin/service-ticket-pipelines/stpipe_1", permission: "service_tickets:read" },
        { method: "post", url: "/admin/service-ticket-pipelines/stpipe_1", permission: "service_tickets:configure", body: {} },
        { method: "get", url: "/admin/canned-responses", permission: "service_tickets:read" },
        { method: "get", url: "/admin/canned-responses/variables", permission: "service_tickets:read" },
        { method: "post", url: "/admin/canned-responses", permission: "service_tickets:configure", body: {} },
        { method: "get", url: "/admin/canned-responses/stcr_1", permission: "service_tickets:read" },
        { method: "post", url: "/admin/canned-responses/stcr_1", permission: "service_tickets:configure", body: {} },
        { method: "delete", url: "/admin/canned-responses/stcr_1", permission: "service_tickets:configure" },
        { method: "post", url: "/admin/canned-responses/stcr_1/render", permission: "service_tickets:read", body: {} },
      ]
      const send = (route: (typeof ROUTES)[number], auth?: AuthHeaders) =>
        route.method === "post" ? api.post(route.url, route.body ?? {}, auth) : api[route.method](route.url, auth)

      it("answers 401 without a session and 403 naming the permission without it", async () => {
        const nobody = await createStaffUser(getContainer(), api, "nobody@example.com")
        const analyst = await createStaffUser(getContainer(), api, "analyst@example.com", ["analyst"])
        for (const route of ROUTES) {
          const anonymous = await rejectionOf(send(route))
          expect([route.url, anonymous.response.status]).toEqual([route.url, 401])

          const denied = await rejectionOf(send(route, nobody))
          expect([route.method, route.url, denied.response.status]).toEqual([route.method, route.url, 403])
          expect(denied.response.data.message).toContain(`"${route.permission}"`)

          if (route.permission !== "service_tickets:read") {
            const readOnly = await rejectionOf(send(route, analyst))
            expect([route.method, route.url, readOnly.response.status]).toEqual([route.method, route.url, 403])
          }
        }
        const { status } = await api.get("/admin/service-tickets", analyst)
        expect(status).toBe(200)
      })
    })

    describe("events and audit", () => {
      it("delivers ticket events to subscribed webhooks and audits every change", async () => {
        const receiver = await startWebhookReceiver([200])
        try {
          await api.post(
            "/admin/aftersales/webhooks",
            { url: receiver.url, events: ["service_ticket.created"] },
            admin
          )
          const ticket = await createTicket({ priority: "high" })
          await waitFor(async () => receiver.received.length >= 1)
          const body = JSON.parse(receiver.received[0].body)
          expect(body).toEqual(
            expect.objectContaining({
              event: "service_ticket.created",
              data: {
                id: ticket.id,
                number: ticket.number,
                type: "inquiry",
                channel: "web",
                priority: "high",
                customer_id: alice.id,
                order_id: null,
              },
            })
          )

          const all = await startWebhookReceiver([200])
          try {
            await api.post("/admin/aftersales/webhooks", { url: all.url, events: ["*"] }, admin)
            await api.post(`/admin/service-tickets/${ticket.id}/assign`, { assignee_id: agent.id }, admin)
            await transition(ticket.id, "in_progress")
            await api.post(`/admin/service-tickets/${ticket.id}/messages`, { body: "Fixed, please confirm." }, agent)
            await transition(ticket.id, "resolved")
            await transition(ticket.id, "closed")

            const expected = [
              "service_ticket.assigned",
              "service_ticket.stage_changed",
              "service_ticket.message_added",
              "service_ticket.resolved",
              "service_ticket.closed",
            ]
            const events = await waitFor(async () => {
              const names = all.received.map((request) => JSON.parse(request.body).event)
              const complete =
                expected.every((name) => names.includes(name)) &&
                names.filter((name) => name === "service_ticket.stage_changed").length === 4
              return complete ? all.received.map((r) => JSON.parse(r.body)) : null
            })
            const byName = (name: string) => events.filter((event: any) => event.event === name).map((event: any) => event.data)
            expect(byName("service_ticket.assigned")).toEqual([
              { id: ticket.id, number: ticket.number, assignee_id: agent.id, previous_assignee_id: null },
            ])
            expect(byName("service_ticket.stage_changed").map((data: any) => data.to_stage).sort()).toEqual(
              ["assigned", "closed", "in_progress", "resolved"]
            )
            expect(byName("service_ticket.resolved")).toEqual([{ id: ticket.id, number: ticket.number, stage: "resolved" }])
            expect(byName("service_ticket.closed")).toEqual([{ id: ticket.id, number: ticket.number, stage: "closed" }])
            expect(byName("service_ticket.message_added")[0]).toEqual(
              expect.objectContaining({ id: ticket.id, author_type: "agent", visibility: "public", direction: "outbound" })
            )
          } finally {
            await all.close()
          }
          // only the one subscribed event reached the first endpoint
          expect(receiver.received.map((request) => JSON.parse(request.body).event)).toEqual(["service_ticket.created"])

          expect(await auditActions(ticket.id)).toEqual([
            "service_ticket.created",
            "service_ticket.assigned",
            "service_ticket.stage_changed",
            "service_ticket.message_added",
            "service_ticket.stage_changed",
            "service_ticket.stage_changed",
          ])
          const { data: entries } = await api.get(
            `/admin/aftersales/audit-log?entity_id=${ticket.id}&action=service_ticket.assigned`,
            admin
          )
          expect(entries.audit_log_entries[0]).toEqual(
            expect.objectContaining({ actor_type: "user", actor_id: admin.id })
          )
          expect(entries.audit_log_entries[0].changes.assignee_id).toEqual({ before: null, after: agent.id })
        } finally {
          await receiver.close()
        }
      })

      it("records the customer as the actor of store changes", async () => {
        const { data } = await api.post(
          "/store/service-tickets",
          { subject: "Broken", description: "It broke." },
          { headers: alice.headers }
        )
        const { data: entries } = await api.get(
          `/admin/aftersales/audit-log?entity_id=${data.service_ticket.id}`,
          admin
        )
        expect(entries.audit_log_entries[0]).toEqual(
          expect.objectContaining({ action: "service_ticket.created", actor_type: "customer", actor_id: alice.id })
        )
      })
    })
  },
})
