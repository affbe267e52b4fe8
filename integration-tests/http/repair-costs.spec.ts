import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AFTERSALES_AUDIT_MODULE } from "../../src/modules/aftersales-audit"
import { REPAIR_MODULE } from "../../src/modules/repair"
import RepairModuleService from "../../src/modules/repair/service"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import SparePartsModuleService from "../../src/modules/spare-parts/service"
import { seedRepairCosts } from "../../src/scripts/seed/repair-costs"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles } from "../helpers/admin"
import { createSellablePart, createSellableStore, fulfilOrder, placeOrder, SellableStore } from "../helpers/commerce"
import { hostLevel } from "../helpers/stock"
import { createPublishableKey, createStoreCustomer, StoreCustomer } from "../helpers/storefront"

jest.setTimeout(240 * 1000)

const OUT_OF_WARRANTY = {
  warranty_status: "out_of_warranty",
  entitlement: { status: "out_of_warranty", covered: false, covers_parts: false, covers_labour: false },
}
const IN_WARRANTY = {
  warranty_status: "in_warranty",
  entitlement: { status: "in_warranty", covered: true, covers_parts: true, covers_labour: true, reason: "covered" },
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: SellableStore
    let pump: Awaited<ReturnType<typeof createSellablePart>>
    let seal: Awaited<ReturnType<typeof createSellablePart>>
    let device: Awaited<ReturnType<typeof createSellablePart>>
    let admin: AuthHeaders & { id: string }
    let technicianUser: AuthHeaders & { id: string }
    let owner: StoreCustomer
    let stranger: StoreCustomer
    let publishableKey: string
    let placed: Awaited<ReturnType<typeof placeOrder>>

    // the runner snapshots the database after beforeAll and restores it before every test
    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      technicianUser = await createStaffUser(container, api, "tech@example.com", ["technician"])
      store = await createSellableStore(container)
      pump = await createSellablePart(container, store, "RC-PUMP", { stock: 5, price: 30, unit_cost: 12 })
      seal = await createSellablePart(container, store, "RC-SEAL", { stock: 1, price: 4, unit_cost: 1.5 })
      device = await createSellablePart(container, store, "RC-DEVICE", { stock: 10, price: 300, unit_cost: 150 })
      publishableKey = await createPublishableKey(container)
      owner = await createStoreCustomer(container, api, "owner@example.com", publishableKey)
      stranger = await createStoreCustomer(container, api, "stranger@example.com", publishableKey)
      placed = await placeOrder(container, store, owner, [{ variant_id: device.variantId, quantity: 1 }])
      await fulfilOrder(container, store, placed)
    })

    const repairService = (): RepairModuleService => getContainer().resolve(REPAIR_MODULE)

    async function createRepair(overrides: Record<string, unknown> = {}) {
      const repair = repairService()
      return await repair.createRepairOrders({
        number: await repair.nextRepairOrderNumber(),
        pipeline_key: "repair_order",
        stage: "diagnosing",
        stage_category: "open",
        fault_description: "Pump does not build pressure",
        location_id: store.location.id,
        currency_code: "eur",
        customer_id: owner.id,
        customer_email: owner.email,
        product_category_ids: [],
        fault_codes: [],
        ...OUT_OF_WARRANTY,
        ...overrides,
      } as any)
    }

    async function ledger(partId: string) {
      const spareParts: SparePartsModuleService = getContainer().resolve(SPARE_PARTS_MODULE)
      return await spareParts.listStockMovements({ part_id: partId }, { order: { created_at: "ASC" } })
    }

    const addPartLine = (repairId: string, body: Record<string, unknown>) =>
      api.post(`/admin/repair-orders/${repairId}/part-lines`, body, admin)
    const partAction = (repairId: string, lineId: string, action: string, body: Record<string, unknown> = {}) =>
      api.post(`/admin/repair-orders/${repairId}/part-lines/${lineId}/${action}`, body, admin)

    it("reserves, issues and returns parts through host inventory and the ledger", async () => {
      const container = getContainer()
      const repair = await createRepair()
      const added = await addPartLine(repair.id, { spare_part_id: pump.part.id, quantity: 2 })
      expect(added.status).toBe(201)
      const line = added.data.part_line
      expect(line).toMatchObject({
        status: "planned",
        quantity: 2,
        part_number: "RC-PUMP",
        location_id: store.location.id,
        covered: false,
      })
      expect(Number(line.unit_cost)).toBe(12)
      expect(Number(line.unit_price)).toBe(30)
      expect(added.data.costs).toMatchObject({ parts_cost: 24, parts_price: 60, customer_amount: 60 })
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 5, reserved: 0 })

      const reserved = await partAction(repair.id, line.id, "reserve")
      expect(reserved.data.part_line.status).toBe("reserved")
      expect(reserved.data.part_line.reservation_id).toBeTruthy()
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 5, reserved: 2 })
      expect(await ledger(pump.part.id)).toHaveLength(0)

      const issued = await partAction(repair.id, line.id, "issue")
      expect(issued.data.part_line).toMatchObject({ status: "issued", quantity_issued: 2, reservation_id: null })
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 3, reserved: 0 })
      let rows = await ledger(pump.part.id)
      expect(rows.map((row) => [row.type, row.quantity, row.reference_type, row.reference_id])).toEqual([
        ["issue", -2, "repair_order", repair.id],
      ])

      const returned = await partAction(repair.id, line.id, "return", { quantity: 1 })
      expect(returned.data.part_line).toMatchObject({ status: "issued", quantity_issued: 2, quantity_returned: 1 })
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 4, reserved: 0 })
      rows = await ledger(pump.part.id)
      expect(rows.map((row) => [row.type, row.quantity])).toEqual([
        ["issue", -2],
        ["return_to_stock", 1],
      ])
      expect(returned.data.costs).toMatchObject({ parts_cost: 12, parts_price: 30 })

      const tooMany = await rejectionOf(partAction(repair.id, line.id, "return", { quantity: 2 }))
      expect(tooMany.response.status).toBe(400)
      expect(tooMany.response.data.message).toMatch(/only 1 issued unit\(s\) can still be returned/)
      const again = await rejectionOf(partAction(repair.id, line.id, "reserve"))
      expect(again.response.status).toBe(400)

      const audit = container.resolve(AFTERSALES_AUDIT_MODULE) as any
      const entries = await audit.listAftersalesAuditLogEntries({ entity_id: repair.id })
      expect(entries.map((entry: any) => entry.action)).toEqual(
        expect.arrayContaining([
          "repair_order.part_line_added",
          "repair_order.part_line_reserved",
          "repair_order.part_line_issued",
          "repair_order.part_line_returned",
        ])
      )
      const after = await repairService().retrieveRepairOrder(repair.id)
      expect(after.version).toBe(repair.version + 4)
    })

    it("puts stock, reservation and ledger back when a later step of the issue fails (stale version: 409)", async () => {
      const container = getContainer()
      const repair = await createRepair()
      const { data } = await addPartLine(repair.id, { spare_part_id: pump.part.id, quantity: 2 })
      const lineId = data.part_line.id
      const reserved = await partAction(repair.id, lineId, "reserve")
      const reservationId = reserved.data.part_line.reservation_id
      const seen = (await repairService().retrieveRepairOrder(repair.id)).version
      // someone else books labour meanwhile: the repair order moves to a newer version
      await api.post(
        `/admin/repair-orders/${repair.id}/labour-lines`,
        { description: "Diagnosis", hours: 0.5 },
        admin
      )

      const conflict = await rejectionOf(partAction(repair.id, lineId, "issue", { version: seen }))
      expect(conflict.response.status).toBe(409)
      expect(conflict.response.data.message).toMatch(/was changed by someone else/)

      // the issue had moved the stock before the repair order update failed: all of it is back
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 5, reserved: 2 })
      const rows = await ledger(pump.part.id)
      expect(rows.map((row) => row.quantity).sort()).toEqual([-2, 2])
      expect(rows.find((row) => row.quantity === 2)?.metadata).toMatchObject({
        reversal_of: rows.find((row) => row.quantity === -2)!.id,
      })
      expect(rows.reduce((sum, row) => sum + row.quantity, 0)).toBe(0)
      const line = await repairService().retrieveRepairPartLine(lineId)
      expect(line).toMatchObject({ status: "reserved", quantity_issued: 0, reservation_id: reservationId })

      // with the current version it goes through
      const current = (await repairService().retrieveRepairOrder(repair.id)).version
      const issued = await partAction(repair.id, lineId, "issue", { version: current })
      expect(issued.data.part_line.status).toBe("issued")
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 3, reserved: 0 })
    })

    it("refuses to over-issue or over-reserve the last unit with a clear 400 and writes nothing", async () => {
      const container = getContainer()
      const repair = await createRepair()
      const { data } = await addPartLine(repair.id, { spare_part_id: seal.part.id, quantity: 2 })
      const lineId = data.part_line.id

      const reserve = await rejectionOf(partAction(repair.id, lineId, "reserve"))
      expect(reserve.response.status).toBe(400)
      expect(reserve.response.data.message).toBe(
        "Not enough stock of RC-SEAL at Hamburg warehouse to reserve: 1 available, 2 requested."
      )
      const issue = await rejectionOf(partAction(repair.id, lineId, "issue"))
      expect(issue.response.status).toBe(400)
      expect(issue.response.data.message).toBe("Not enough stock of RC-SEAL at Hamburg warehouse: 1 available, 2 requested.")
      expect(await hostLevel(container, seal.inventoryItemId, store.location.id)).toEqual({ stocked: 1, reserved: 0 })
      expect(await ledger(seal.part.id)).toHaveLength(0)
      expect((await repairService().retrieveRepairPartLine(lineId)).status).toBe("planned")

      // the last unit goes to the first line, the second gets the 400
      const first = await addPartLine(repair.id, { spare_part_id: seal.part.id, quantity: 1 })
      const second = await addPartLine(repair.id, { spare_part_id: seal.part.id, quantity: 1 })
      await partAction(repair.id, first.data.part_line.id, "issue")
      const last = await rejectionOf(partAction(repair.id, second.data.part_line.id, "issue"))
      expect(last.response.status).toBe(400)
      expect(last.response.data.message).toMatch(/0 available, 1 requested/)
      expect(await hostLevel(container, seal.inventoryItemId, store.location.id)).toEqual({ stocked: 0, reserved: 0 })
      expect((await ledger(seal.part.id)).map((row) => row.quantity)).toEqual([-1])

      const unknownPart = await rejectionOf(addPartLine(repair.id, { spare_part_id: "spart_missing", quantity: 1 }))
      expect(unknownPart.response.status).toBe(404)
      const badQuantity = await rejectionOf(addPartLine(repair.id, { spare_part_id: seal.part.id, quantity: 0 }))
      expect(badQuantity.response.status).toBe(400)
    })

    it("lets the warranty pay what the policy covers: the customer amount is 0", async () => {
      const repair = await createRepair(IN_WARRANTY)
      const technician = await repairService().createTechnicians({ name: "Jana Tech", hourly_rate: 35 } as any)
      const part = await addPartLine(repair.id, { spare_part_id: pump.part.id, quantity: 1 })
      expect(part.data.part_line.covered).toBe(true)
      const labour = await api.post(
        `/admin/repair-orders/${repair.id}/labour-lines`,
        { technician_id: technician.id, description: "Replace pump", hours: 1.5 },
        admin
      )
      expect(labour.status).toBe(201)
      expect(labour.data.labour_line).toMatchObject({ covered: true, technician_id: technician.id })
      expect(Number(labour.data.labour_line.hourly_cost)).toBe(35)
      expect(Number(labour.data.labour_line.hourly_price)).toBe(60)

      const { data } = await api.get(`/admin/repair-orders/${repair.id}/costs`, admin)
      expect(data.costs).toEqual({
        currency_code: "eur",
        parts_cost: 12,
        parts_price: 30,
        labour_cost: 52.5,
        labour_price: 90,
        total_cost: 64.5,
        total_price: 120,
        covered_amount: 120,
        customer_amount: 0,
      })
      expect(data.part_lines[0].amounts).toMatchObject({ price: 30, customer: 0 })

      const quote = await rejectionOf(api.post(`/admin/repair-orders/${repair.id}/quote`, {}, admin))
      expect(quote.response.status).toBe(400)
      expect(quote.response.data.message).toMatch(/nothing for the customer to pay/)

      const removed = await api.delete(`/admin/repair-orders/${repair.id}/labour-lines/${labour.data.labour_line.id}`, admin)
      expect(removed.data).toMatchObject({ deleted: true })
      expect(removed.data.costs.labour_price).toBe(0)
    })

    it("sends a quote that only the owner can accept; acceptance creates a host draft order", async () => {
      const container = getContainer()
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const emitted: { name: string; data: any }[] = []
      const emit = eventBus.emit.bind(eventBus) as (...args: any[]) => Promise<void>
      const spy = jest.spyOn(eventBus, "emit").mockImplementation(async (...args: any[]) => {
        const messages = Array.isArray(args[0]) ? args[0] : [args[0]]
        emitted.push(...messages.map((message: any) => ({ name: message.name, data: message.data })))
        return await emit(...args)
      })
      const repair = await createRepair()
      await addPartLine(repair.id, { spare_part_id: pump.part.id, quantity: 1 })
      await api.post(`/admin/repair-orders/${repair.id}/labour-lines`, { description: "Replace pump", hours: 1, hourly_price: 45 }, admin)

      const forbidden = await rejectionOf(api.post(`/admin/repair-orders/${repair.id}/quote`, {}, technicianUser))
      expect(forbidden.response.status).toBe(403)
      const quoted = await api.post(`/admin/repair-orders/${repair.id}/quote`, { note: "Pump and labour" }, admin)
      expect(quoted.data.repair_order).toMatchObject({ stage: "quote_pending", quote_status: "pending", quote_note: "Pump and labour" })
      expect(Number(quoted.data.repair_order.quote_amount)).toBe(75)
      expect(quoted.data.repair_order.quoted_at).toBeTruthy()

      const url = `/store/repair-orders/${repair.id}/quote/accept`
      const anonymous = await rejectionOf(api.post(url, {}, { headers: { "x-publishable-api-key": publishableKey } }))
      expect(anonymous.response.status).toBe(401)
      const other = await rejectionOf(api.post(url, {}, { headers: stranger.headers }))
      expect(other.response.status).toBe(404)

      const accepted = await api.post(url, {}, { headers: owner.headers })
      expect(accepted.data.repair_order).toMatchObject({
        quote_status: "accepted",
        // the pump line is only planned, not reserved
        stage: "awaiting_parts",
      })
      const draftOrderId = accepted.data.repair_order.draft_order_id
      expect(draftOrderId).toBeTruthy()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [draft],
      } = await query.graph({
        entity: "order",
        fields: ["id", "status", "is_draft_order", "customer_id", "currency_code", "items.*"],
        filters: { id: draftOrderId },
      })
      expect(draft).toMatchObject({ status: "draft", is_draft_order: true, customer_id: owner.id, currency_code: "eur" })
      expect(draft.items!.map((item: any) => [item.title, Number(item.unit_price), Number(item.quantity)])).toEqual([
        [`Repair ${repair.number}`, 75, 1],
      ])

      const twice = await rejectionOf(api.post(url, {}, { headers: owner.headers }))
      expect(twice.response.status).toBe(400)
      expect(twice.response.data.message).toMatch(/has no pending quote/)
      spy.mockRestore()
      const names = emitted.map((event) => event.name)
      expect(names.filter((name) => name === "repair_order.costs_changed")).toHaveLength(2)
      expect(emitted.find((event) => event.name === "repair_order.quoted")?.data).toEqual({
        id: repair.id,
        number: repair.number,
        amount: 75,
        currency_code: "eur",
      })
      expect(emitted.find((event) => event.name === "repair_order.quote_accepted")?.data).toEqual({
        id: repair.id,
        number: repair.number,
        draft_order_id: draftOrderId,
      })
      expect(names).toContain("repair_order.status_changed")
    })

    it("accepts a quote once when two acceptances race; the loser leaves no draft order behind", async () => {
      const container = getContainer()
      const repair = await createRepair()
      await api.post(`/admin/repair-orders/${repair.id}/labour-lines`, { description: "Repair", hours: 2 }, admin)
      await api.post(`/admin/repair-orders/${repair.id}/quote`, {}, admin)
      const url = `/store/repair-orders/${repair.id}/quote/accept`
      const results = await Promise.allSettled([
        api.post(url, {}, { headers: owner.headers }),
        api.post(url, {}, { headers: owner.headers }),
      ])
      const fulfilled = results.filter((result) => result.status === "fulfilled") as PromiseFulfilledResult<any>[]
      const rejected = results.filter((result) => result.status === "rejected") as PromiseRejectedResult[]
      expect(fulfilled).toHaveLength(1)
      expect(rejected).toHaveLength(1)
      expect([400, 409]).toContain(rejected[0].reason.response.status)
      const after = await repairService().retrieveRepairOrder(repair.id)
      expect(after.draft_order_id).toBe(fulfilled[0].value.data.repair_order.draft_order_id)

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: drafts } = await query.graph({
        entity: "order",
        fields: ["id", "metadata"],
        filters: { is_draft_order: true },
      })
      const forRepair = drafts.filter((draft: any) => draft.metadata?.aftersales_repair_order_id === repair.id)
      expect(forRepair.map((draft: any) => draft.id)).toEqual([after.draft_order_id])
    })

    it("cancels the repair and gives reserved parts back when the customer declines the quote", async () => {
      const container = getContainer()
      const repair = await createRepair()
      const { data } = await addPartLine(repair.id, { spare_part_id: pump.part.id, quantity: 2 })
      await partAction(repair.id, data.part_line.id, "reserve")
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 5, reserved: 2 })
      await api.post(`/admin/repair-orders/${repair.id}/quote`, { amount: 99.5 }, admin)

      const declined = await api.post(`/store/repair-orders/${repair.id}/quote/decline`, {}, { headers: owner.headers })
      expect(declined.data.repair_order).toMatchObject({ quote_status: "declined", stage: "canceled", stage_category: "canceled" })
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 5, reserved: 0 })
      const line = await repairService().retrieveRepairPartLine(data.part_line.id)
      expect(line).toMatchObject({ status: "canceled", reservation_id: null })

      const late = await rejectionOf(addPartLine(repair.id, { spare_part_id: pump.part.id, quantity: 1 }))
      expect(late.response.status).toBe(400)
    })

    it("replaces the unit through a host claim of type replace", async () => {
      const container = getContainer()
      const loose = await createRepair({ order_id: null, line_item_id: null })
      const noLine = await rejectionOf(api.post(`/admin/repair-orders/${loose.id}/replacement`, {}, admin))
      expect(noLine.response.status).toBe(400)

      const repair = await createRepair({
        order_id: placed.id,
        line_item_id: placed.items[0].id,
        variant_id: device.variantId,
        stage: "quality_check",
      })
      const { data } = await api.post(`/admin/repair-orders/${repair.id}/replacement`, {}, admin)
      expect(data.repair_order).toMatchObject({ outcome: "replaced" })
      expect(data.repair_order.claim_id).toBeTruthy()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [claim],
      } = await query.graph({
        entity: "order_claim",
        fields: ["id", "type", "order_id", "additional_items.*", "claim_items.*"],
        filters: { id: data.repair_order.claim_id },
      })
      expect(claim).toMatchObject({ type: "replace", order_id: placed.id })
      expect((claim as any).claim_items.map((item: any) => [item.item_id, item.reason])).toEqual([
        [placed.items[0].id, "production_failure"],
      ])
      expect((claim as any).additional_items.map((item: any) => item.item?.variant_id ?? item.variant_id)).toHaveLength(1)

      const twice = await rejectionOf(api.post(`/admin/repair-orders/${repair.id}/replacement`, {}, admin))
      expect(twice.response.status).toBe(400)
    })

    it("demo seed: lines and quotes on the repairs found by stage, nothing without repairs", async () => {
      const container = getContainer()
      await seedRepairCosts(container)
      expect(await repairService().listRepairPartLines({})).toHaveLength(0)

      const product_title = "Aurora Espresso Machine"
      const inRepair = await createRepair({ stage: "in_repair", product_title })
      const waiting = await createRepair({ stage: "awaiting_parts", stage_category: "waiting", product_title })
      const pending = await createRepair({ product_title, ...IN_WARRANTY })
      // a received unit starts its diagnosis so that a second quote can be accepted
      const accepted = await createRepair({ product_title, stage: "received" })
      await seedRepairCosts(container)

      const lines = await repairService().listRepairPartLines({}, { relations: ["repair_order"] })
      const statusOf = (id: string) => lines.filter((line: any) => line.repair_order.id === id).map((line) => line.status)
      expect(statusOf(inRepair.id)).toEqual(["issued"])
      expect(statusOf(waiting.id)).toEqual(["reserved"])
      expect(await repairService().retrieveRepairOrder(pending.id)).toMatchObject({
        stage: "quote_pending",
        quote_status: "pending",
      })
      const acceptedAfter = await repairService().retrieveRepairOrder(accepted.id)
      expect(acceptedAfter).toMatchObject({ quote_status: "accepted", stage: "awaiting_parts" })
      expect(acceptedAfter.draft_order_id).toBeTruthy()
      // two repair labour lines, two quoted repairs with repair and (uncovered) service labour
      expect(await repairService().listRepairLabourLines({})).toHaveLength(6)
      const pendingAfter = await repairService().retrieveRepairOrder(pending.id)
      // in warranty only the maintenance service is charged: 0.5 h at 60
      expect(Number(pendingAfter.quote_amount)).toBe(30)

      // a second run changes nothing
      await seedRepairCosts(container)
      expect(await repairService().listRepairPartLines({})).toHaveLength(lines.length)
    })
  },
})
