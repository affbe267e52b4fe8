import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { checkServiceTicketSlasWorkflow } from "../../src/workflows/helpdesk/workflows/check-service-ticket-slas"
import {
  AuthHeaders,
  createStaffUser,
  rejectionOf,
  syncSystemRoles,
  waitFor,
} from "../helpers/admin"
import { createPublishableKey, createStoreCustomer, StoreCustomer } from "../helpers/storefront"
import { startWebhookReceiver } from "../helpers/webhook-receiver"

jest.setTimeout(180 * 1000)

const MINUTE = 60_000
const ROUND_THE_CLOCK = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, [{ start: "00:00", end: "24:00" }]])
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }
    let agent: AuthHeaders & { id: string }
    let supervisor: AuthHeaders & { id: string }
    let outsider: AuthHeaders & { id: string }
    let alice: StoreCustomer
    let bob: StoreCustomer
    let alwaysOpen: any
    let fastHigh: any
    let vipHigh: any

    // the runner snapshots the database after beforeAll and restores it before every test
    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
      await helpdesk.ensureDefaultPipeline()
      await helpdesk.ensureDefaultSlaSetup()
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      agent = await createStaffUser(container, api, "agent@example.com", ["agent"])
      supervisor = await createStaffUser(container, api, "supervisor@example.com", ["supervisor"])
      outsider = await createStaffUser(container, api, "outsider@example.com")
      const key = await createPublishableKey(container)
      alice = await createStoreCustomer(container, api, "alice@example.com", key)
      bob = await createStoreCustomer(container, api, "bob@example.com", key)

      // alice is a VIP customer (tier code from her customer service profile, which a
      // subscriber creates on customer.created: wait for it so it cannot overwrite the tier)
      const profileOf = (customerId: string) =>
        helpdesk.listCustomerServiceProfiles({ customer_id: customerId })
      const [profile] = await waitFor(async () => {
        const found = await profileOf(alice.id)
        return found.length ? found : null
      }, { timeoutMs: 10_000 }).catch(() => [])
      if (profile) {
        await helpdesk.updateCustomerServiceProfiles({ id: profile.id, value_tier: "vip" } as any)
      } else {
        await helpdesk.createCustomerServiceProfiles({
          customer_id: alice.id,
          value_tier: "vip",
          computed_at: new Date(),
        } as any)
      }

      // a round-the-clock calendar makes due times plain arithmetic
      alwaysOpen = (
        await api.post(
          "/admin/business-calendars",
          { name: "Round the clock", timezone: "UTC", working_hours: ROUND_THE_CLOCK },
          admin
        )
      ).data.business_calendar
      fastHigh = (
        await api.post(
          "/admin/sla-policies",
          {
            name: "High, fast lane",
            priority: "high",
            first_response_minutes: 60,
            next_response_minutes: 30,
            resolution_minutes: 240,
            calendar_id: alwaysOpen.id,
            rank: 1,
          },
          admin
        )
      ).data.sla_policy
      vipHigh = (
        await api.post(
          "/admin/sla-policies",
          {
            name: "High for VIPs",
            priority: "high",
            customer_tier: "vip",
            first_response_minutes: 15,
            resolution_minutes: 120,
            warning_percent: 50,
            calendar_id: alwaysOpen.id,
            rank: 50,
          },
          admin
        )
      ).data.sla_policy
    })

    const createTicket = async (body: Record<string, unknown> = {}) => {
      const { data } = await api.post(
        "/admin/service-tickets",
        { subject: "Espresso machine leaks", customer_id: bob.id, priority: "high", ...body },
        agent
      )
      return data.service_ticket
    }
    const getTicket = async (id: string) =>
      (await api.get(`/admin/service-tickets/${id}`, agent)).data.service_ticket
    const transition = (id: string, to: string) =>
      api.post(`/admin/service-tickets/${id}/transition`, { to }, agent)
    const after = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * MINUTE)
    const runClock = (now: Date) =>
      checkServiceTicketSlasWorkflow(getContainer()).run({ input: { now: now.toISOString() } })

    describe("policies and due times", () => {
      it("ships a default calendar and one policy per priority", async () => {
        const { data: calendars } = await api.get("/admin/business-calendars", agent)
        expect(calendars.business_calendars).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              name: "Office hours",
              timezone: "Europe/Berlin",
              is_default: true,
              working_hours: expect.objectContaining({ mon: [{ start: "09:00", end: "17:00" }] }),
            }),
          ])
        )
        const { data: policies } = await api.get("/admin/sla-policies?order=rank", agent)
        expect(policies.sla_policies.map((policy: any) => policy.name)).toEqual([
          "High, fast lane",
          "Urgent",
          "High",
          "Normal",
          "Low",
          "High for VIPs",
        ])
      })

      it("picks the most specific policy on creation and sets the due times from it", async () => {
        const bobs = await createTicket()
        expect(bobs).toEqual(
          expect.objectContaining({
            sla_policy_id: fastHigh.id,
            sla_status: "ok",
            first_response_due_at: after(bobs.created_at, 60).toISOString(),
            resolution_due_at: after(bobs.created_at, 240).toISOString(),
            next_response_due_at: null,
            sla_due_at: after(bobs.created_at, 60).toISOString(),
            version: 1,
          })
        )

        const alices = await createTicket({ customer_id: alice.id })
        expect(alices.sla_policy_id).toBe(vipHigh.id)
        expect(alices.first_response_due_at).toBe(after(alices.created_at, 15).toISOString())

        // the default "Normal" policy counts office hours in Berlin
        const normal = await createTicket({ priority: "normal" })
        const { data: policies } = await api.get("/admin/sla-policies?priority=normal", agent)
        expect(normal.sla_policy_id).toBe(policies.sla_policies[0].id)
        expect(new Date(normal.resolution_due_at).getTime()).toBeGreaterThan(
          after(normal.created_at, 2400).getTime()
        )

        // the list filters by status and due time
        const { data: breachedSoon } = await api.get(
          `/admin/service-tickets?sla_due_at[$lte]=${encodeURIComponent(after(bobs.created_at, 30).toISOString())}`,
          agent
        )
        expect(breachedSoon.service_tickets.map((ticket: any) => ticket.id)).toEqual([alices.id])
        const { data: ok } = await api.get("/admin/service-tickets?sla_status=ok", agent)
        expect(ok.count).toBe(3)
        const { data: paused } = await api.get("/admin/service-tickets?sla_status=paused", agent)
        expect(paused.count).toBe(0)
      })

      it("pauses the clock in a waiting stage and moves the due times by the pause", async () => {
        const ticket = await createTicket()
        await transition(ticket.id, "assigned")
        await transition(ticket.id, "in_progress")
        await api.post(`/admin/service-tickets/${ticket.id}/messages`, { body: "Which model is it?" }, agent)
        await transition(ticket.id, "waiting_on_customer")
        const waiting = await getTicket(ticket.id)
        expect(waiting).toEqual(
          expect.objectContaining({ sla_status: "paused", sla_paused_since: expect.any(String) })
        )

        // pretend the ticket was opened (and answered) two hours ago and has waited for the last hour
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(
          `update service_ticket set created_at = created_at - interval '120 minutes',
                  first_responded_at = first_responded_at - interval '120 minutes',
                  sla_paused_since = sla_paused_since - interval '60 minutes' where id = ?`,
          [ticket.id]
        )
        const { created_at: openedAt } = await getTicket(ticket.id)
        await transition(ticket.id, "in_progress")
        const resumed = await getTicket(ticket.id)
        expect(resumed.sla_status).toBe("ok")
        expect(resumed.sla_paused_since).toBeNull()
        // 240 minutes to resolve plus the hour spent waiting (and the seconds of this test)
        const beyond = new Date(resumed.resolution_due_at).getTime() - after(openedAt, 300).getTime()
        expect(beyond).toBeGreaterThanOrEqual(0)
        expect(beyond).toBeLessThan(MINUTE)
        // the SLA bookkeeping never costs the ticket a version
        expect(resumed.version).toBe(6)
      })

      it("stops first response at the first public reply and runs next response per customer message", async () => {
        const ticket = await createTicket()
        await api.post(`/admin/service-tickets/${ticket.id}/messages`, { body: "Internal note", visibility: "internal" }, agent)
        expect((await getTicket(ticket.id)).sla_due_at).toBe(ticket.first_response_due_at)

        await api.post(`/admin/service-tickets/${ticket.id}/messages`, { body: "We are on it." }, agent)
        const answered = await getTicket(ticket.id)
        expect(answered.first_responded_at).not.toBeNull()
        expect(answered.sla_due_at).toBe(ticket.resolution_due_at)

        await api.post(
          `/store/service-tickets/${ticket.id}/messages`,
          { body: "Any news?" },
          { headers: bob.headers }
        )
        const waiting = await getTicket(ticket.id)
        expect(waiting.awaiting_response_since).not.toBeNull()
        expect(waiting.next_response_due_at).toBe(after(waiting.awaiting_response_since, 30).toISOString())
        expect(waiting.sla_due_at).toBe(waiting.next_response_due_at)

        await api.post(`/admin/service-tickets/${ticket.id}/messages`, { body: "Parts are ordered." }, agent)
        const replied = await getTicket(ticket.id)
        expect(replied.awaiting_response_since).toBeNull()
        expect(replied.next_response_due_at).toBeNull()
      })
    })

    describe("the SLA clock job", () => {
      it("raises the warning and the breach once each, even when run twice or concurrently, and escalates", async () => {
        const receiver = await startWebhookReceiver([200])
        try {
          await api.post(
            "/admin/aftersales/webhooks",
            { url: receiver.url, events: ["service_ticket.sla_warning", "service_ticket.sla_breached"] },
            admin
          )
          const ticket = await createTicket({ assignee_id: agent.id })

          // 50 of 60 minutes: past the 80 % warning share of the first response
          const first = await runClock(after(ticket.created_at, 50))
          expect(first.result.tickets).toEqual([
            expect.objectContaining({
              id: ticket.id,
              events: [{ target: "first_response", kind: "warning", due_at: ticket.first_response_due_at }],
            }),
          ])
          expect((await runClock(after(ticket.created_at, 50))).result.tickets).toEqual([])
          expect((await getTicket(ticket.id)).sla_status).toBe("warning")

          // past the due time: two runs at once raise the breach once
          const [one, two] = await Promise.all([
            runClock(after(ticket.created_at, 61)),
            runClock(after(ticket.created_at, 61)),
          ])
          const raised = [...one.result.tickets, ...two.result.tickets].flatMap((claimed: any) => claimed.events)
          expect(raised).toEqual([{ target: "first_response", kind: "breached", due_at: ticket.first_response_due_at }])
          expect((await runClock(after(ticket.created_at, 62))).result.tickets).toEqual([])

          const events = await waitFor(async () =>
            receiver.received.length >= 2 ? receiver.received.map((request) => JSON.parse(request.body)) : null
          )
          // give a duplicate time to show up before counting
          await new Promise((resolve) => setTimeout(resolve, 1500))
          expect(receiver.received).toHaveLength(2)
          expect(events.map((event: any) => event.event).sort()).toEqual([
            "service_ticket.sla_breached",
            "service_ticket.sla_warning",
          ])
          const breach = events.find((event: any) => event.event === "service_ticket.sla_breached")
          expect(breach.data).toEqual({
            id: ticket.id,
            number: ticket.number,
            target: "first_response",
            due_at: ticket.first_response_due_at,
            priority: "urgent",
            assignee_id: agent.id,
          })

          // escalation: one level up, on the timeline and in the audit log
          const escalated = await getTicket(ticket.id)
          expect(escalated).toEqual(
            expect.objectContaining({ priority: "urgent", sla_status: "breached", escalated_at: expect.any(String) })
          )
          expect(escalated.activities).toEqual(
            expect.arrayContaining([
              expect.objectContaining({
                type: "priority_changed",
                actor_type: "system",
                data: expect.objectContaining({ from: "high", to: "urgent", reason: "sla_breached", targets: ["first_response"] }),
              }),
            ])
          )
          const { data: audit } = await api.get(
            `/admin/aftersales/audit-log?entity_id=${ticket.id}&action=service_ticket.escalated`,
            admin
          )
          expect(audit.audit_log_entries).toHaveLength(1)
          expect(audit.audit_log_entries[0].changes.priority).toEqual({ before: "high", after: "urgent" })

          // the supervisor got the escalation e-mail
          const notificationService = getContainer().resolve(Modules.NOTIFICATION)
          const mails = await waitFor(async () => {
            const found = await notificationService.listNotifications({ template: "aftersales-sla-escalation" })
            return found.length ? found : null
          })
          expect(mails).toHaveLength(1)
          expect(mails[0]).toEqual(
            expect.objectContaining({
              to: "supervisor@example.com",
              channel: "email",
              data: expect.objectContaining({
                ticket_id: ticket.id,
                ticket_number: ticket.number,
                targets: ["first_response"],
                previous_priority: "high",
                priority: "urgent",
              }),
            })
          )
        } finally {
          await receiver.close()
        }
      })

      it("does not count a pause towards the target", async () => {
        const ticket = await createTicket()
        await transition(ticket.id, "assigned")
        await transition(ticket.id, "in_progress")
        await api.post(`/admin/service-tickets/${ticket.id}/messages`, { body: "Which model is it?" }, agent)
        await transition(ticket.id, "waiting_on_customer")
        // long past every due time, but the clock stands still while waiting on the customer
        expect((await runClock(after(ticket.created_at, 500))).result.tickets).toEqual([])
        expect((await getTicket(ticket.id)).sla_status).toBe("paused")
      })
    })

    describe("configuration rules", () => {
      it("refuses invalid calendars and policies with a 400 and writes nothing", async () => {
        const count = async () => ({
          calendars: (await api.get("/admin/business-calendars", admin)).data.count,
          policies: (await api.get("/admin/sla-policies", admin)).data.count,
        })
        const before = await count()
        const cases: [string, Record<string, unknown>, string][] = [
          [
            "/admin/business-calendars",
            { name: "Mars", timezone: "Mars/Olympus_Mons", working_hours: { mon: [{ start: "09:00", end: "17:00" }] } },
            'Time zone "Mars/Olympus_Mons" is not a valid IANA time zone.',
          ],
          [
            "/admin/business-calendars",
            {
              name: "Overlap",
              timezone: "Europe/Berlin",
              working_hours: { mon: [{ start: "09:00", end: "12:00" }, { start: "11:00", end: "13:00" }] },
              holidays: ["2026-02-30"],
            },
            "working_hours.mon: intervals 09:00-12:00 and 11:00-13:00 overlap.",
          ],
          ["/admin/business-calendars", { name: "Closed", timezone: "UTC", working_hours: {} }, "no working interval"],
          [
            "/admin/business-calendars",
            { name: "Typo", timezone: "UTC", working_hours: { monday: [] } },
            "monday",
          ],
          ["/admin/sla-policies", { name: "No targets", calendar_id: alwaysOpen.id }, "at least one target"],
          [
            "/admin/sla-policies",
            { name: "Lost", calendar_id: "stcal_missing", first_response_minutes: 10 },
            "Business calendar stcal_missing was not found.",
          ],
          [
            "/admin/sla-policies",
            { name: "Odd", calendar_id: alwaysOpen.id, first_response_minutes: -5 },
            "first_response_minutes",
          ],
          [
            "/admin/sla-policies",
            { name: "Extra", calendar_id: alwaysOpen.id, first_response_minutes: 5, color: "red" },
            "color",
          ],
        ]
        for (const [url, body, message] of cases) {
          const error = await rejectionOf(api.post(url, body, admin))
          expect({ url, status: error.response.status }).toEqual({ url, status: 400 })
          expect(error.response.data.message).toContain(message)
        }
        const calendarInUse = await rejectionOf(api.delete(`/admin/business-calendars/${alwaysOpen.id}`, admin))
        expect(calendarInUse.response.status).toBe(400)
        expect(calendarInUse.response.data.message).toContain('"High, fast lane"')
        expect(await count()).toEqual(before)
      })

      it("updates and deletes policies and calendars, with audit entries", async () => {
        const { data: created } = await api.post(
          "/admin/business-calendars",
          {
            name: "Weekend desk",
            timezone: "Asia/Shanghai",
            working_hours: { sat: [{ start: "10:00", end: "16:00" }] },
            holidays: ["2026-10-03", "2026-10-01", "2026-10-01"],
          },
          admin
        )
        expect(created.business_calendar.holidays).toEqual(["2026-10-01", "2026-10-03"])
        const { data: updated } = await api.post(
          `/admin/business-calendars/${created.business_calendar.id}`,
          { is_default: true, working_hours: { sun: [{ start: "10:00", end: "16:00" }] } },
          admin
        )
        expect(updated.business_calendar).toEqual(
          expect.objectContaining({
            is_default: true,
            working_hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [{ start: "10:00", end: "16:00" }] },
          })
        )
        const { data: defaults } = await api.get("/admin/business-calendars", admin)
        expect(defaults.business_calendars.filter((calendar: any) => calendar.is_default)).toHaveLength(1)

        const { data: policy } = await api.post(
          `/admin/sla-policies/${fastHigh.id}`,
          { resolution_minutes: null, is_active: false },
          admin
        )
        expect(policy.sla_policy).toEqual(expect.objectContaining({ resolution_minutes: null, is_active: false }))
        // inactive: high tickets of regular customers fall back to the default "High" policy
        const ticket = await createTicket()
        expect(ticket.sla_policy_id).not.toBe(fastHigh.id)

        await api.delete(`/admin/sla-policies/${vipHigh.id}`, admin)
        expect((await rejectionOf(api.get(`/admin/sla-policies/${vipHigh.id}`, admin))).response.status).toBe(404)

        const { data: audit } = await api.get("/admin/aftersales/audit-log?entity_type=sla_policy&order=created_at", admin)
        expect(audit.audit_log_entries.map((entry: any) => entry.action)).toEqual(
          expect.arrayContaining(["sla_policy.created", "sla_policy.updated", "sla_policy.deleted"])
        )
      })

      it("lets agents read but not change the SLA configuration", async () => {
        expect((await api.get("/admin/sla-policies", agent)).status).toBe(200)
        expect((await api.get(`/admin/business-calendars/${alwaysOpen.id}`, supervisor)).status).toBe(200)
        const forbidden = await rejectionOf(
          api.post("/admin/sla-policies", { name: "Mine", calendar_id: alwaysOpen.id, first_response_minutes: 5 }, agent)
        )
        expect(forbidden.response.status).toBe(403)
        expect(forbidden.response.data.message).toContain("service_tickets:configure")
        expect((await rejectionOf(api.delete(`/admin/business-calendars/${alwaysOpen.id}`, supervisor))).response.status).toBe(403)
        expect((await rejectionOf(api.get("/admin/business-calendars", outsider))).response.status).toBe(403)
      })
    })
  },
})
