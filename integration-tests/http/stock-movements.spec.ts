import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AFTERSALES_AUDIT_MODULE } from "../../src/modules/aftersales-audit"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import SparePartsModuleService from "../../src/modules/spare-parts/service"
import {
  applyStockMovementsStep,
  ApplyStockMovementsStepInput,
} from "../../src/workflows/spare-parts/steps/apply-stock-movements"
import {
  AuthHeaders,
  createStaffUser,
  rejectionOf,
  syncSystemRoles,
  waitFor,
} from "../helpers/admin"
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
  testSuite: ({ api, getContainer }) => {
    let warehouse: any
    let munich: any
    let pump: any
    let battery: any
    let admin: AuthHeaders & { id: string }
    let manager: AuthHeaders & { id: string }
    let approver: AuthHeaders & { id: string }
    let outsider: AuthHeaders & { id: string }

    // the runner snapshots the database after beforeAll and restores it before every test
    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      manager = await createStaffUser(container, api, "parts@example.com", ["parts_manager"])
      approver = await createStaffUser(container, api, "approver@example.com", ["approver"])
      outsider = await createStaffUser(container, api, "outsider@example.com")
      warehouse = await createLocation(container, "Main warehouse")
      munich = await createLocation(container, "Munich service centre")
      pump = await createBarePart(container, "PMP-100")
      battery = await createBarePart(container, "BAT-200", { category: "batteries" })
    })

    const move = (body: Record<string, unknown>, as: AuthHeaders = manager) =>
      api.post("/admin/stock-movements", body, as)

    const ledger = async (params: Record<string, string>) =>
      (await api.get(`/admin/stock-movements?${new URLSearchParams(params)}`, manager)).data
        .stock_movements as any[]

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

    describe("movements over HTTP", () => {
      it("records receipt, issue to a repair, transfer and adjustment, each changing host inventory by the ledger quantity", async () => {
        const container = getContainer()
        const receipt = await move({
          type: "receipt",
          part_id: pump.id,
          location_id: warehouse.id,
          quantity: 10,
          unit_cost: 12.5,
        })
        expect(receipt.status).toBe(201)
        expect(receipt.data.stock_movements).toEqual([
          expect.objectContaining({ type: "receipt", quantity: 10, actor_id: manager.id }),
        ])
        await move({
          type: "issue",
          part_id: pump.id,
          location_id: warehouse.id,
          quantity: 3,
          reference_type: "repair_order",
          reference_id: "ro_123",
        })
        const transfer = await move({
          type: "transfer",
          part_id: pump.id,
          location_id: warehouse.id,
          to_location_id: munich.id,
          quantity: 4,
        })
        const legs = transfer.data.stock_movements
        expect(legs.map((row: any) => [row.type, row.quantity]).sort()).toEqual([
          ["transfer_in", 4],
          ["transfer_out", -4],
        ])
        expect(legs[0].transfer_id).toBe(legs[1].transfer_id)
        await move({
          type: "adjustment",
          part_id: pump.id,
          location_id: munich.id,
          quantity: -1,
          reason: "Found damaged on the shelf",
        })

        expect((await hostLevel(container, pump.inventory_item_id, warehouse.id))?.stocked).toBe(3)
        expect((await hostLevel(container, pump.inventory_item_id, munich.id))?.stocked).toBe(3)
        for (const location of [warehouse, munich]) {
          const rows = await ledger({ part_id: pump.id, location_id: location.id })
          const sum = rows.reduce((total, row) => total + row.quantity, 0)
          expect(sum).toBe((await hostLevel(container, pump.inventory_item_id, location.id))!.stocked)
        }
        const repairIssues = await ledger({ reference_type: "repair_order", reference_id: "ro_123" })
        expect(repairIssues).toEqual([expect.objectContaining({ type: "issue", quantity: -3 })])
        expect(await ledger({ "occurred_at[gte]": new Date(Date.now() + 60_000).toISOString() })).toEqual([])
        expect(
          await ledger({ part_id: pump.id, "occurred_at[gte]": new Date(Date.now() - 60_000).toISOString() })
        ).toHaveLength(5)
        const [audit] = await container
          .resolve(AFTERSALES_AUDIT_MODULE)
          .listAftersalesAuditLogEntries({ entity_id: repairIssues[0].id })
        expect(audit).toMatchObject({ action: "stock_movement.recorded", actor_id: manager.id })

        const { data: stock } = await api.get(`/admin/spare-parts/${pump.id}/stock`, manager)
        expect(
          stock.stock_positions.map((p: any) => [p.location_name, p.on_hand, p.reserved, p.available, p.incoming])
        ).toEqual([
          ["Main warehouse", 3, 0, 3, 0],
          ["Munich service centre", 3, 0, 3, 0],
        ])
        expect(stock.totals).toEqual({ on_hand: 6, reserved: 0, available: 6, incoming: 0 })
      })

      it("refuses an issue beyond available with a 400 naming part and location, writing nothing", async () => {
        const container = getContainer()
        await move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 2 })
        const error = await rejectionOf(
          move({ type: "issue", part_id: pump.id, location_id: warehouse.id, quantity: 3 })
        )
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toBe(
          "Not enough stock of PMP-100 at Main warehouse: 2 available, 3 requested."
        )
        expect((await hostLevel(container, pump.inventory_item_id, warehouse.id))?.stocked).toBe(2)
        expect(await ledger({ part_id: pump.id })).toHaveLength(1)
      })

      it("gives the last unit to one of two parallel issue requests; the other gets a clear 400", async () => {
        const container = getContainer()
        await move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 1 })
        const issue = () =>
          move({ type: "issue", part_id: pump.id, location_id: warehouse.id, quantity: 1 }).then(
            (response) => response.status,
            (error) => error.response
          )
        const [first, second] = await Promise.all([issue(), issue()])
        const outcomes = [first, second]
        expect(outcomes.filter((outcome) => outcome === 201)).toHaveLength(1)
        const refused = outcomes.find((outcome) => outcome !== 201)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "Not enough stock of PMP-100 at Main warehouse: 0 available, 1 requested."
        )
        expect((await hostLevel(container, pump.inventory_item_id, warehouse.id))?.stocked).toBe(0)
        expect(await ledger({ part_id: pump.id, type: "issue" })).toHaveLength(1)
      })

      it("moves a transfer atomically: refused as a whole when the source lacks stock", async () => {
        const container = getContainer()
        await move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 2 })
        const error = await rejectionOf(
          move({
            type: "transfer",
            part_id: pump.id,
            location_id: warehouse.id,
            to_location_id: munich.id,
            quantity: 5,
          })
        )
        expect(error.response.status).toBe(400)
        expect((await hostLevel(container, pump.inventory_item_id, warehouse.id))?.stocked).toBe(2)
        expect(await hostLevel(container, pump.inventory_item_id, munich.id)).toBeNull()
        expect(await ledger({ part_id: pump.id })).toHaveLength(1)
      })

      it("validates input and permissions", async () => {
        const noReason = await rejectionOf(
          move({ type: "adjustment", part_id: pump.id, location_id: warehouse.id, quantity: 2 })
        )
        expect(noReason.response.status).toBe(400)
        expect(noReason.response.data.message).toBe(
          "An adjustment needs a reason (e.g. found during a count, damaged)."
        )
        const unknownField = await rejectionOf(
          move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 1, sku: "x" })
        )
        expect(unknownField.response.status).toBe(400)
        const unknownPart = await rejectionOf(
          move({ type: "receipt", part_id: "spart_nope", location_id: warehouse.id, quantity: 1 })
        )
        expect(unknownPart.response.status).toBe(404)
        const forbidden = await rejectionOf(
          move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 1 }, outsider)
        )
        expect(forbidden.response.status).toBe(403)
        const readOnly = await rejectionOf(
          move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 1 }, approver)
        )
        expect(readOnly.response.status).toBe(403)
        expect(await ledger({ part_id: pump.id })).toHaveLength(0)
      })
    })

    describe("stock alerts", () => {
      it("raises one low-stock alert, a stockout at zero, notifies parts managers and resolves on recovery", async () => {
        const container = getContainer()
        const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
        await spareParts.createReorderPolicies({
          part_id: pump.id,
          location_id: warehouse.id,
          method: "reorder_point",
          reorder_point: 2,
          safety_stock: 1,
          max_quantity: 10,
        } as any)
        await move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 5 })
        const alerts = async (params: Record<string, string> = {}) =>
          (await api.get(`/admin/stock-alerts?${new URLSearchParams(params)}`, manager)).data
            .stock_alerts as any[]
        expect(await alerts()).toEqual([])

        await move({ type: "issue", part_id: pump.id, location_id: warehouse.id, quantity: 3 })
        await move({ type: "issue", part_id: pump.id, location_id: warehouse.id, quantity: 1 })
        const low = await alerts()
        expect(low).toEqual([
          expect.objectContaining({
            type: "low_stock",
            status: "open",
            available: 2,
            reorder_point: 2,
            suggested_quantity: 8,
            part_number: "PMP-100",
            location_name: "Main warehouse",
          }),
        ])

        const { data: positions } = await api.get(
          `/admin/stock-positions?below_reorder_point=true&location_id=${warehouse.id}`,
          manager
        )
        expect(positions.stock_positions.map((p: any) => [p.part_number, p.available, p.status])).toEqual([
          ["PMP-100", 1, "low_stock"],
        ])

        const acknowledged = await api.post(`/admin/stock-alerts/${low[0].id}/acknowledge`, {}, manager)
        expect(acknowledged.data.stock_alert).toMatchObject({ status: "acknowledged", acknowledged_by: manager.id })
        await move({ type: "issue", part_id: pump.id, location_id: warehouse.id, quantity: 1 })
        const atZero = await alerts()
        expect(atZero.map((alert) => [alert.type, alert.status]).sort()).toEqual([
          ["low_stock", "acknowledged"],
          ["stockout", "open"],
        ])
        const notifications = await container
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ template: "aftersales-stock-alert" } as any)
        expect(notifications.map((n: any) => [n.to, n.data.alert_type]).sort()).toEqual([
          ["parts@example.com", "low_stock"],
          ["parts@example.com", "stockout"],
        ])

        await move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 6 })
        const after = await alerts()
        expect(after.map((alert) => [alert.type, alert.status, alert.resolution_note]).sort()).toEqual([
          ["low_stock", "resolved", "recovered"],
          ["stockout", "resolved", "recovered"],
        ])
        const again = await rejectionOf(api.post(`/admin/stock-alerts/${low[0].id}/resolve`, {}, manager))
        expect(again.response.status).toBe(400)
      })
    })

    describe("stock alerts from host inventory changes", () => {
      it("raises the alert when a host reservation takes the available stock down, without a plugin movement", async () => {
        const container = getContainer()
        const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
        await spareParts.createReorderPolicies({
          part_id: battery.id,
          location_id: warehouse.id,
          method: "reorder_point",
          reorder_point: 3,
          safety_stock: 1,
        } as any)
        await move({ type: "receipt", part_id: battery.id, location_id: warehouse.id, quantity: 6 })
        await container.resolve(Modules.INVENTORY).createReservationItems({
          inventory_item_id: battery.inventory_item_id,
          location_id: warehouse.id,
          quantity: 4,
        })
        const alerts = await waitFor(async () => {
          const found = (await spareParts.listStockAlerts({ part_id: battery.id } as any)) as any[]
          return found.length ? found : null
        })
        expect(alerts.map((alert) => [alert.type, alert.available, alert.status])).toEqual([
          ["low_stock", 2, "open"],
        ])
      })
    })

    describe("stocktakes", () => {
      const openCount = async (body: Record<string, unknown>, as: AuthHeaders = admin) =>
        (await api.post("/admin/stocktakes", body, as)).data.stocktake

      beforeEach(async () => {
        await move({ type: "receipt", part_id: pump.id, location_id: warehouse.id, quantity: 5 })
        await move({ type: "receipt", part_id: battery.id, location_id: warehouse.id, quantity: 8 })
      })

      it("snapshots, hides expected in a blind count, refuses approval by the counter and posts the variances", async () => {
        const container = getContainer()
        const stocktake = await openCount({ location_id: warehouse.id, blind_count: true })
        expect(stocktake.number).toMatch(/^STK-\d{6}$/)
        expect(stocktake.lines.map((line: any) => [line.part_number, line.expected_quantity])).toEqual([
          ["BAT-200", 8],
          ["PMP-100", 5],
        ])
        const { data: asCounter } = await api.get(`/admin/stocktakes/${stocktake.id}`, manager)
        expect(asCounter.stocktake.expected_hidden).toBe(true)
        expect(asCounter.stocktake.lines.map((line: any) => line.expected_quantity)).toEqual([null, null])
        expect((await rejectionOf(api.get(`/admin/stocktakes/${stocktake.id}/variance`, manager))).response.status).toBe(400)

        // stock moves after the snapshot: the posting applies the variance, not the count
        await move({ type: "issue", part_id: pump.id, location_id: warehouse.id, quantity: 1 })

        await api.post(
          `/admin/stocktakes/${stocktake.id}/counts`,
          { counts: [{ part_id: pump.id, counted_quantity: 3 }, { part_id: battery.id, counted_quantity: 9 }] },
          admin
        )
        await api.post(`/admin/stocktakes/${stocktake.id}/submit`, {}, admin)
        const selfApproval = await rejectionOf(api.post(`/admin/stocktakes/${stocktake.id}/approve`, {}, admin))
        expect(selfApproval.response.status).toBe(400)
        expect(selfApproval.response.data.message).toContain("Separation of duties")

        const { data: variance } = await api.get(`/admin/stocktakes/${stocktake.id}/variance`, approver)
        expect(variance.lines.map((line: any) => [line.part_number, line.variance])).toEqual([
          ["PMP-100", -2],
          ["BAT-200", 1],
        ])
        expect(variance.summary).toMatchObject({ with_variance: 2, units_over: 1, units_short: 2, net_units: -1 })

        await api.post(`/admin/stocktakes/${stocktake.id}/approve`, {}, approver)
        const { data: posted } = await api.post(`/admin/stocktakes/${stocktake.id}/post`, {}, manager)
        expect(posted.stocktake.status).toBe("posted")
        expect(posted.movement_ids).toHaveLength(2)
        expect((await hostLevel(container, pump.inventory_item_id, warehouse.id))?.stocked).toBe(2)
        expect((await hostLevel(container, battery.inventory_item_id, warehouse.id))?.stocked).toBe(9)
        const adjustments = await ledger({ reference_type: "stocktake", reference_id: stocktake.id })
        expect(adjustments.map((row) => [row.type, row.quantity]).sort()).toEqual([
          ["adjustment", -2],
          ["adjustment", 1],
        ])
        const twice = await rejectionOf(api.post(`/admin/stocktakes/${stocktake.id}/post`, {}, manager))
        expect(twice.response.status).toBe(400)
      })

      it("posts all or nothing: a line that cannot be taken out leaves inventory and status untouched", async () => {
        const container = getContainer()
        const stocktake = await openCount({ location_id: warehouse.id, filter_part_ids: [pump.id, battery.id] })
        await api.post(
          `/admin/stocktakes/${stocktake.id}/counts`,
          { counts: [{ part_id: pump.id, counted_quantity: 0 }, { part_id: battery.id, counted_quantity: 10 }] },
          manager
        )
        await api.post(`/admin/stocktakes/${stocktake.id}/submit`, {}, manager)
        await api.post(`/admin/stocktakes/${stocktake.id}/approve`, {}, approver)
        // 4 of the 5 pumps get reserved by an order meanwhile: only 1 can be written off
        await container.resolve(Modules.INVENTORY).createReservationItems({
          inventory_item_id: pump.inventory_item_id,
          location_id: warehouse.id,
          quantity: 4,
        })
        const error = await rejectionOf(api.post(`/admin/stocktakes/${stocktake.id}/post`, {}, manager))
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toBe(
          "Not enough stock of PMP-100 at Main warehouse: 1 available, 5 requested."
        )
        expect((await hostLevel(container, pump.inventory_item_id, warehouse.id))?.stocked).toBe(5)
        expect((await hostLevel(container, battery.inventory_item_id, warehouse.id))?.stocked).toBe(8)
        const { data } = await api.get(`/admin/stocktakes/${stocktake.id}`, manager)
        expect(data.stocktake.status).toBe("approved")
        expect(await ledger({ reference_type: "stocktake" })).toHaveLength(0)
      })

      it("imports counts from CSV: a dry run reports every bad row and nothing is written", async () => {
        const stocktake = await openCount({ location_id: warehouse.id }, manager)
        const bad = "part_number,counted_quantity\nPMP-100,4\nNOPE-1,2\nBAT-200,-3\n"
        const { data: report } = await api.post(
          `/admin/stocktakes/${stocktake.id}/counts/import`,
          { csv: bad, dry_run: true },
          manager
        )
        expect(report.valid).toBe(false)
        expect(report.problems).toEqual([
          { line: 3, message: "Part NOPE-1 is not part of this stocktake." },
          { line: 4, message: 'counted_quantity of BAT-200 must be a whole number, 0 or more (got "-3").' },
        ])
        const refused = await rejectionOf(
          api.post(`/admin/stocktakes/${stocktake.id}/counts/import`, { csv: bad }, manager)
        )
        expect(refused.response.status).toBe(400)
        expect(refused.response.data.problems).toHaveLength(2)
        const good = "part_number,counted_quantity\nPMP-100,4\nBAT-200,8\n"
        const { data: dryRun } = await api.post(
          `/admin/stocktakes/${stocktake.id}/counts/import`,
          { csv: good, dry_run: true },
          manager
        )
        expect(dryRun.rows).toHaveLength(2)
        let current = (await api.get(`/admin/stocktakes/${stocktake.id}`, manager)).data.stocktake
        expect(current.lines.every((line: any) => line.counted_quantity === null)).toBe(true)
        expect(current.status).toBe("open")

        await api.post(`/admin/stocktakes/${stocktake.id}/counts/import`, { csv: good }, manager)
        current = (await api.get(`/admin/stocktakes/${stocktake.id}`, manager)).data.stocktake
        expect(current.status).toBe("counting")
        expect(current.lines.map((line: any) => [line.part_number, line.counted_quantity, line.variance])).toEqual([
          ["BAT-200", 8, 0],
          ["PMP-100", 4, -1],
        ])
      })
    })
  },
})
