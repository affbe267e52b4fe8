import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import SparePartsModuleService from "../../src/modules/spare-parts/service"
import {
  applyStockMovementsStep,
  ApplyStockMovementsStepInput,
} from "../../src/workflows/spare-parts/steps/apply-stock-movements"
import { createBarePart, createLocation, hostLevel } from "../helpers/stock"

jest.setTimeout(180 * 1000)

const SYSTEM = { actor_type: "system", actor_id: null }

const failAfterApplyingStep = createStep("test-fail-after-applying-stock", async () => {
  throw new Error("The step after the stock change failed")
})

const applyThenFailWorkflow = createWorkflow(
  "test-apply-stock-then-fail",
  (input: ApplyStockMovementsStepInput) => {
    const rows = applyStockMovementsStep(input)
    failAfterApplyingStep()
    return new WorkflowResponse(rows)
  }
)

const applyWorkflow = createWorkflow(
  "test-apply-stock",
  (input: ApplyStockMovementsStepInput) => new WorkflowResponse(applyStockMovementsStep(input))
)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let warehouse: any
    let munich: any
    let pump: any

    beforeAll(async () => {
      const container = getContainer()
      warehouse = await createLocation(container, "Main warehouse")
      munich = await createLocation(container, "Munich service centre")
      pump = await createBarePart(container, "PMP-100")
    })

    describe("applyStockMovementsStep", () => {
      it("changes host inventory by exactly the ledger quantity, creating the level on first inflow", async () => {
        const container = getContainer()
        expect(await hostLevel(container, pump.inventory_item_id, warehouse.id)).toBeNull()
        const { result } = await applyWorkflow(container).run({
          input: {
            movements: [
              { part_id: pump.id, location_id: warehouse.id, type: "receipt", quantity: 5 },
              { part_id: pump.id, location_id: warehouse.id, type: "issue", quantity: -2 },
            ],
            actor: SYSTEM,
          },
        })
        expect(result.map((row) => row.quantity)).toEqual([5, -2])
        expect(await hostLevel(container, pump.inventory_item_id, warehouse.id)).toEqual({
          stocked: 3,
          reserved: 0,
        })
      })

      it("refuses an outflow above the available quantity and writes nothing", async () => {
        const container = getContainer()
        await applyWorkflow(container).run({
          input: {
            movements: [{ part_id: pump.id, location_id: warehouse.id, type: "receipt", quantity: 2 }],
            actor: SYSTEM,
          },
        })
        const inventory = container.resolve(Modules.INVENTORY)
        await inventory.createReservationItems({
          inventory_item_id: pump.inventory_item_id,
          location_id: warehouse.id,
          quantity: 1,
        })
        const { errors } = await applyWorkflow(container).run({
          input: {
            movements: [{ part_id: pump.id, location_id: warehouse.id, type: "issue", quantity: -2 }],
            actor: SYSTEM,
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe(
          "Not enough stock of PMP-100 at Main warehouse: 1 available, 2 requested."
        )
        expect(await hostLevel(container, pump.inventory_item_id, warehouse.id)).toEqual({
          stocked: 2,
          reserved: 1,
        })
        const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
        expect(await spareParts.listStockMovements({ part_id: pump.id })).toHaveLength(1)
      })

      it("compensates: a failing later step restores inventory and appends reversing rows", async () => {
        const container = getContainer()
        await applyWorkflow(container).run({
          input: {
            movements: [{ part_id: pump.id, location_id: warehouse.id, type: "receipt", quantity: 4 }],
            actor: SYSTEM,
          },
        })
        const { errors } = await applyThenFailWorkflow(container).run({
          input: {
            movements: [
              { part_id: pump.id, location_id: warehouse.id, type: "transfer_out", quantity: -3, transfer_id: "t1" },
              { part_id: pump.id, location_id: munich.id, type: "transfer_in", quantity: 3, transfer_id: "t1" },
            ],
            actor: SYSTEM,
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("The step after the stock change failed")
        expect(await hostLevel(container, pump.inventory_item_id, warehouse.id)).toEqual({
          stocked: 4,
          reserved: 0,
        })
        expect((await hostLevel(container, pump.inventory_item_id, munich.id))?.stocked).toBe(0)
        const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
        const rows = await spareParts.listStockMovements(
          { part_id: pump.id },
          { order: { created_at: "ASC" } }
        )
        const reversals = rows.filter((row) => (row.metadata as any)?.reversal_of)
        expect(reversals.map((row) => [row.location_id, row.quantity]).sort()).toEqual(
          [
            [munich.id, -3],
            [warehouse.id, 3],
          ].sort()
        )
        const ledgerSum = (locationId: string) =>
          rows.filter((row) => row.location_id === locationId).reduce((sum, row) => sum + row.quantity, 0)
        expect(ledgerSum(warehouse.id)).toBe(4)
        expect(ledgerSum(munich.id)).toBe(0)
      })

      it("gives the last unit to exactly one of two parallel issues", async () => {
        const container = getContainer()
        await applyWorkflow(container).run({
          input: {
            movements: [{ part_id: pump.id, location_id: warehouse.id, type: "receipt", quantity: 1 }],
            actor: SYSTEM,
          },
        })
        const issue = () =>
          applyWorkflow(container).run({
            input: {
              movements: [{ part_id: pump.id, location_id: warehouse.id, type: "issue", quantity: -1 }],
              actor: SYSTEM,
            },
            throwOnError: false,
          })
        const outcomes = await Promise.all([issue(), issue()])
        expect(outcomes.filter((outcome) => !outcome.errors.length)).toHaveLength(1)
        expect(outcomes.filter((outcome) => outcome.errors.length)).toHaveLength(1)
        expect((await hostLevel(container, pump.inventory_item_id, warehouse.id))?.stocked).toBe(0)
      })
    })
  },
})
