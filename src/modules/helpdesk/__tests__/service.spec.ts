import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { DEFAULT_PIPELINES } from "../../../lib/process/default-pipelines"
import { HELPDESK_MODULE } from ".."
import HelpdeskModuleService, {
  pipelineDefinitionOf,
  TICKET_VERSION_CONFLICT,
} from "../service"

jest.setTimeout(60_000)

const moduleDir = path.join(__dirname, "..")

moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  // One database per process, so two checkouts can run the suite at once.
  dbName: `medusa-${HELPDESK_MODULE}-${process.pid}`,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  moduleOptions: { reopenWindowDays: 7 },
  testSuite: ({ service }) => {
    const createTicket = async (overrides: Record<string, unknown> = {}) => {
      const [number] = await service.nextTicketNumbers(1)
      return service.createServiceTickets({
        number,
        subject: "Grinder makes noise",
        tags: [],
        line_item_ids: [],
        pipeline_key: "service_ticket",
        stage: "intake",
        stage_category: "new",
        ...overrides,
      } as any)
    }

    describe("ticket numbers", () => {
      it("hands out ST-000001, ST-000002, ... from the sequence", async () => {
        const [first] = await service.nextTicketNumbers(1)
        const next = await service.nextTicketNumbers(3)
        const value = (number: string) => Number(number.slice(3))
        expect(first).toMatch(/^ST-\d{6}$/)
        expect(next.map(value)).toEqual([1, 2, 3].map((i) => value(first) + i))
      })

      it("never repeats a number under concurrent reservations", async () => {
        const batches = await Promise.all(
          Array.from({ length: 20 }, () => service.nextTicketNumbers(5))
        )
        const numbers = batches.flat()
        expect(numbers).toHaveLength(100)
        expect(new Set(numbers).size).toBe(100)
      })

      it("refuses two live tickets with the same number", async () => {
        const ticket = await createTicket()
        await expect(createTicket({ number: ticket.number })).rejects.toThrow()
      })
    })

    describe("ensureDefaultPipeline", () => {
      const removeAllPipelines = async () => {
        const pipelines = await service.listTicketPipelines({}, { withDeleted: true })
        await service.deleteTicketPipelines(pipelines.map((pipeline) => pipeline.id))
      }

      it("runs when the application starts", async () => {
        const pipelines = await service.listTicketPipelines()
        expect(pipelines.map((pipeline) => pipeline.key)).toEqual(["service_ticket"])
      })

      it("creates the default service-ticket pipeline once", async () => {
        await removeAllPipelines()
        const pipeline = await service.ensureDefaultPipeline()
        await service.ensureDefaultPipeline()
        await Promise.all([service.ensureDefaultPipeline(), service.ensureDefaultPipeline()])

        const pipelines = await service.listTicketPipelines()
        expect(pipelines).toHaveLength(1)
        expect(pipeline).toEqual(
          expect.objectContaining({ key: "service_ticket", is_default: true, ticket_types: [] })
        )
        const definition = pipelineDefinitionOf(pipeline)
        const template = DEFAULT_PIPELINES.service_ticket
        expect(definition.stages).toEqual(JSON.parse(JSON.stringify(template.stages)))
        expect(definition.transitions).toEqual(JSON.parse(JSON.stringify(template.transitions)))
      })

      it("leaves an existing default pipeline alone", async () => {
        await removeAllPipelines()
        await service.createTicketPipelines({
          key: "custom_desk",
          name: "Custom desk",
          ticket_types: [],
          is_default: true,
          definition: {
            stages: DEFAULT_PIPELINES.service_ticket.stages,
            transitions: DEFAULT_PIPELINES.service_ticket.transitions,
          },
        } as any)
        const pipeline = await service.ensureDefaultPipeline()
        expect(pipeline.key).toBe("custom_desk")
        expect(await service.listTicketPipelines()).toHaveLength(1)
      })

      it("allows only one default pipeline", async () => {
        await service.ensureDefaultPipeline()
        await expect(
          service.createTicketPipelines({
            key: "second",
            name: "Second",
            ticket_types: [],
            is_default: true,
            definition: {},
          } as any)
        ).rejects.toThrow()
      })

      it("picks the pipeline listing the ticket type, else the default", async () => {
        await service.ensureDefaultPipeline()
        await service.createTicketPipelines({
          key: "repairs",
          name: "Repairs",
          ticket_types: ["repair_request"],
          definition: {},
        } as any)
        expect((await service.getPipelineForType("repair_request")).key).toBe("repairs")
        expect((await service.getPipelineForType("inquiry")).key).toBe("service_ticket")
      })
    })

    describe("updateTicketIfVersion", () => {
      it("applies the change and increments the version", async () => {
        const ticket = await createTicket()
        expect(ticket.version).toBe(1)
        const updated = await service.updateTicketIfVersion(ticket.id, 1, {
          priority: "high",
          tags: ["noise", "grinder \"burr\""],
          metadata: { source: "test" },
          resolved_at: new Date("2026-01-01T10:00:00Z"),
        })
        expect(updated).toEqual(
          expect.objectContaining({
            version: 2,
            priority: "high",
            tags: ["noise", "grinder \"burr\""],
            metadata: { source: "test" },
          })
        )
        expect(new Date(updated.resolved_at!).toISOString()).toBe("2026-01-01T10:00:00.000Z")
      })

      it("lets exactly one of two concurrent updates with the same version win", async () => {
        const ticket = await createTicket()
        const results = await Promise.allSettled([
          service.updateTicketIfVersion(ticket.id, 1, { stage: "assigned", stage_category: "open" }),
          service.updateTicketIfVersion(ticket.id, 1, { stage: "canceled", stage_category: "canceled" }),
        ])
        const fulfilled = results.filter((r) => r.status === "fulfilled")
        const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
        expect(fulfilled).toHaveLength(1)
        expect(rejected).toHaveLength(1)
        expect(rejected[0].reason.type).toBe("conflict")
        expect(rejected[0].reason.code).toBe(TICKET_VERSION_CONFLICT)
        const [stored] = await service.listServiceTickets({ id: ticket.id })
        expect(stored.version).toBe(2)
      })

      it("answers not found for an unknown ticket", async () => {
        await expect(
          service.updateTicketIfVersion("stkt_missing", null, { priority: "low" })
        ).rejects.toThrow(/was not found/)
      })
    })

    describe("applyPipelineToTickets", () => {
      it("moves tickets out of removed stages and refreshes categories", async () => {
        const waiting = await createTicket({ stage: "waiting_on_customer", stage_category: "waiting" })
        const progress = await createTicket({ stage: "in_progress", stage_category: "open" })
        const other = await createTicket({ pipeline_key: "other", stage: "waiting_on_customer", stage_category: "waiting" })

        expect(await service.countTicketsByStage("service_ticket")).toEqual({
          waiting_on_customer: 1,
          in_progress: 1,
        })

        const moved = await service.applyPipelineToTickets(
          "service_ticket",
          { waiting_on_customer: "in_progress" },
          { in_progress: "open", intake: "new" }
        )
        expect(moved).toEqual([
          expect.objectContaining({ id: waiting.id, stage: "waiting_on_customer", new_stage: "in_progress" }),
        ])
        const [after] = await service.listServiceTickets({ id: waiting.id })
        expect(after).toEqual(expect.objectContaining({ stage: "in_progress", stage_category: "open", version: 2 }))
        const [untouched] = await service.listServiceTickets({ id: progress.id })
        expect(untouched.version).toBe(1)
        const [otherPipeline] = await service.listServiceTickets({ id: other.id })
        expect(otherPipeline.stage).toBe("waiting_on_customer")

        await service.restoreTicketStages(moved)
        const [restored] = await service.listServiceTickets({ id: waiting.id })
        expect(restored).toEqual(expect.objectContaining({ stage: "waiting_on_customer", stage_category: "waiting" }))
      })
    })

    describe("options", () => {
      it("reads reopenWindowDays from the module options", () => {
        expect(service.getReopenWindowDays()).toBe(7)
      })
    })
  },
})

moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  // One database per process, so two checkouts can run the suite at once.
  dbName: `medusa-${HELPDESK_MODULE}-${process.pid}`,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  testSuite: ({ service }) => {
    it("defaults the reopen window to 14 days", () => {
      expect(service.getReopenWindowDays()).toBe(14)
    })
  },
})
