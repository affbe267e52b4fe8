import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from ".."
import HelpdeskModuleService from "../service"

jest.setTimeout(60_000)

const moduleDir = path.join(__dirname, "..")

moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  // One database per process, so two checkouts can run the suite at once.
  dbName: `medusa-${HELPDESK_MODULE}-sla-${process.pid}`,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  testSuite: ({ service }) => {
    describe("ensureDefaultSlaSetup", () => {
      it("creates the office calendar and one policy per priority once, also when started twice at once", async () => {
        await Promise.all([service.ensureDefaultSlaSetup(), service.ensureDefaultSlaSetup()])
        await service.ensureDefaultSlaSetup()
        const calendars = await service.listBusinessCalendars()
        expect(calendars).toEqual([
          expect.objectContaining({ name: "Office hours", timezone: "Europe/Berlin", is_default: true, holidays: [] }),
        ])
        const policies = await service.listSlaPolicies({}, { order: { rank: "ASC" } })
        expect(policies.map((policy) => [policy.priority, policy.first_response_minutes, policy.calendar_id])).toEqual([
          ["urgent", 60, calendars[0].id],
          ["high", 120, calendars[0].id],
          ["normal", 240, calendars[0].id],
          ["low", 480, calendars[0].id],
        ])
      })

      it("does not bring the defaults back once an administrator removed them", async () => {
        await service.ensureDefaultSlaSetup()
        await service.softDeleteSlaPolicies((await service.listSlaPolicies()).map((policy) => policy.id))
        await service.softDeleteBusinessCalendars((await service.listBusinessCalendars()).map((calendar) => calendar.id))
        await service.ensureDefaultSlaSetup()
        expect(await service.listBusinessCalendars()).toEqual([])
        expect(await service.listSlaPolicies()).toEqual([])
      })
    })

    describe("updateTicketSla", () => {
      it("records SLA events with a compare-and-set and never changes the version", async () => {
        const [number] = await service.nextTicketNumbers(1)
        const ticket = await service.createServiceTickets({
          number,
          subject: "Grinder makes noise",
          tags: [],
          line_item_ids: [],
          pipeline_key: "service_ticket",
          stage: "intake",
          stage_category: "new",
        } as any)
        const raised = { first_response: { warning: "2026-03-02T08:48:00.000Z" } }
        const attempts = await Promise.all(
          Array.from({ length: 5 }, () =>
            service.updateTicketSla(ticket.id, { sla_notified: raised, sla_status: "warning" }, null)
          )
        )
        expect(attempts.filter(Boolean)).toHaveLength(1)
        expect(await service.updateTicketSla(ticket.id, { sla_status: "ok" }, {})).toBe(false)

        const after = await service.retrieveServiceTicket(ticket.id)
        expect(after).toEqual(expect.objectContaining({ sla_notified: raised, sla_status: "warning", version: 1 }))
        await expect(service.updateTicketSla(ticket.id, { priority: "urgent" } as any)).rejects.toThrow(
          'Column "priority" is not an SLA column of service_ticket.'
        )
      })
    })
  },
})
