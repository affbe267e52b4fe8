import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REPAIR_MODULE } from ".."
import RepairModuleService, { REPAIR_ORDER_VERSION_CONFLICT } from "../service"

jest.setTimeout(60_000)

const moduleDir = path.join(__dirname, "..")

moduleIntegrationTestRunner<RepairModuleService>({
  moduleName: REPAIR_MODULE,
  dbName: `medusa-${REPAIR_MODULE}-${process.pid}`,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  testSuite: ({ service }) => {
    const createRepair = async (overrides: Record<string, unknown> = {}) =>
      service.createRepairOrders({
        number: await service.nextRepairOrderNumber(),
        fault_description: "Pump does not build pressure",
        product_category_ids: [],
        fault_codes: [],
        pipeline_key: "repair_order",
        stage: "requested",
        stage_category: "new",
        ...overrides,
      } as any)

    describe("repair order numbers", () => {
      it("hands out consecutive RO-000123 numbers from the sequence, never one twice under concurrency", async () => {
        const numbers = await Promise.all(Array.from({ length: 8 }, () => service.nextRepairOrderNumber()))
        expect(new Set(numbers).size).toBe(8)
        for (const number of numbers) {
          expect(number).toMatch(/^RO-\d{6}$/)
        }
        const next = await service.nextRepairOrderNumber()
        expect(Number(next.slice(3))).toBe(Math.max(...numbers.map((number) => Number(number.slice(3)))) + 1)
      })
    })

    describe("default pipeline", () => {
      it("is created once on first use, also when several callers race", async () => {
        const pipelines = await Promise.all([
          service.ensureDefaultRepairPipeline(),
          service.ensureDefaultRepairPipeline(),
          service.ensureDefaultRepairPipeline(),
        ])
        expect(new Set(pipelines.map((pipeline) => pipeline.id)).size).toBe(1)
        expect(await service.listRepairPipelines({})).toHaveLength(1)
        const byKey = await service.getRepairPipelineByKey("repair_order")
        expect((byKey.definition as any).stages.map((stage: any) => stage.key)).toContain("quality_check")
        await expect(service.getRepairPipelineByKey("nope")).rejects.toThrow('Repair pipeline "nope" was not found.')
      })
    })

    describe("guarded updates", () => {
      it("applies a change on the expected version and refuses the second of two changes made on it", async () => {
        const repair = await createRepair()
        const updated = await service.updateRepairOrderIfVersion(repair.id, 1, { priority: "high" })
        expect(updated).toEqual(expect.objectContaining({ version: 2, priority: "high" }))
        const stale = await service
          .updateRepairOrderIfVersion(repair.id, 1, { priority: "low" })
          .catch((error) => error)
        expect(stale.type).toBe("conflict")
        expect(stale.code).toBe(REPAIR_ORDER_VERSION_CONFLICT)
        expect(stale.message).toContain(repair.number)
        expect((await service.retrieveRepairOrder(repair.id)).priority).toBe("high")

        const racing = await Promise.allSettled([
          service.updateRepairOrderIfVersion(repair.id, 2, { findings: "first" }),
          service.updateRepairOrderIfVersion(repair.id, 2, { findings: "second" }),
        ])
        expect(racing.filter((result) => result.status === "fulfilled")).toHaveLength(1)
        expect((await service.retrieveRepairOrder(repair.id)).version).toBe(3)
      })
    })

    describe("pipeline edits", () => {
      it("moves orders out of a removed stage, recategorises them, and restores them", async () => {
        const waiting = await createRepair({ stage: "awaiting_parts", stage_category: "waiting" })
        const other = await createRepair({ stage: "in_repair", stage_category: "open" })
        expect(await service.countRepairOrdersByStage("repair_order")).toEqual(
          expect.objectContaining({ awaiting_parts: 1, in_repair: 1 })
        )
        const moved = await service.applyPipelineToRepairOrders(
          "repair_order",
          { awaiting_parts: "in_repair" },
          { in_repair: "open", requested: "new" }
        )
        expect(moved.map((row) => row.id)).toEqual([waiting.id])
        expect(await service.retrieveRepairOrder(waiting.id)).toEqual(
          expect.objectContaining({ stage: "in_repair", stage_category: "open" })
        )
        expect((await service.retrieveRepairOrder(other.id)).version).toBe(1)

        await service.restoreRepairOrderStages(moved)
        expect(await service.retrieveRepairOrder(waiting.id)).toEqual(
          expect.objectContaining({ stage: "awaiting_parts", stage_category: "waiting" })
        )
      })
    })
  },
})
