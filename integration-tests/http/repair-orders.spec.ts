import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  cancelOrderWorkflow,
  receiveItemReturnRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REPAIR_MODULE } from "../../src/modules/repair"
import RepairModuleService from "../../src/modules/repair/service"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import { SYSTEM_AUDIT_CONTEXT } from "../../src/workflows/audit/types"
import { voidWarrantyRegistrationsWorkflow } from "../../src/workflows/warranty/workflows/order-registrations"
import {
  AuthHeaders,
  createStaffUser,
  rejectionOf,
  syncSystemRoles,
  waitFor,
} from "../helpers/admin"
import { createSellablePart, createSellableStore, fulfilOrder, placeOrder, SellableStore } from "../helpers/commerce"
import { createPublishableKey, createStoreCustomer, StoreCustomer } from "../helpers/storefront"

jest.setTimeout(240 * 1000)

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }
    let supervisor: AuthHeaders & { id: string }
    let lead: AuthHeaders & { id: string }
    let techUser: AuthHeaders & { id: string }
    let analyst: AuthHeaders & { id: string }
    let alice: StoreCustomer
    let store: SellableStore
    let aliceOrder: { id: string; items: { id: string; quantity: number; variant_id: string }[] }
    let leadTechnician: { id: string }
    let otherTechnician: { id: string }

    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      supervisor = await createStaffUser(container, api, "supervisor@example.com", ["supervisor"])
      lead = await createStaffUser(container, api, "lead@example.com", ["technician", "approver"])
      techUser = await createStaffUser(container, api, "tech@example.com", ["technician"])
      analyst = await createStaffUser(container, api, "analyst@example.com", ["analyst"])
      const key = await createPublishableKey(container)
      alice = await createStoreCustomer(container, api, "alice@example.com", key)
      store = await createSellableStore(container)
      const unit = await createSellablePart(container, store, "ESP-100", { stock: 10, price: 300 })
      aliceOrder = await placeOrder(container, store, alice, [{ variant_id: unit.variantId, quantity: 2 }])
      await fulfilOrder(container, store, aliceOrder)
      const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
      ;[leadTechnician] = [await repair.createTechnicians({ name: "Lena Lead", user_id: lead.id } as any)]
      otherTechnician = await repair.createTechnicians({ name: "Tom Tech", user_id: techUser.id } as any)
      const warranty: any = container.resolve(WARRANTY_MODULE)
      const policy = await warranty.createWarrantyPolicies({
        name: "Two years parts and labour",
        duration_months: 24,
        coverage: "parts_and_labour",
        product_ids: [],
        collection_ids: [],
        type_ids: [],
        tag_ids: [],
        variant_ids: [],
        sale_variant_ids: [],
      })
      const base = {
        kind: "standard",
        source: "manual",
        coverage: "parts_and_labour",
        duration_months: 24,
        policy_id: policy.id,
        product_title: "Espresso machine",
      }
      await warranty.createWarrantyRegistrations([
        {
          ...base,
          serial_number: "SN-IN-001",
          status: "active",
          purchased_at: new Date(Date.now() - 100 * DAY),
          starts_at: new Date(Date.now() - 100 * DAY),
          ends_at: new Date(Date.now() + 600 * DAY),
        },
        {
          ...base,
          serial_number: "SN-OUT-001",
          status: "expired",
          purchased_at: new Date(Date.now() - 900 * DAY),
          starts_at: new Date(Date.now() - 900 * DAY),
          ends_at: new Date(Date.now() - 170 * DAY),
        },
      ])
    })

    const createRepair = async (body: Record<string, unknown> = {}, auth: AuthHeaders = admin) => {
      const { data } = await api.post(
        "/admin/repair-orders",
        {
          customer_email: "walkin@example.com",
          customer_name: "Walk In",
          product_title: "Espresso machine (bought elsewhere)",
          fault_description: "Pump does not build pressure",
          ...body,
        },
        auth
      )
      return data.repair_order
    }

    const move = async (id: string, to_stage: string, auth: AuthHeaders = admin, extra: Record<string, unknown> = {}) => {
      const { data } = await api.post(`/admin/repair-orders/${id}/transition`, { to_stage, ...extra }, auth)
      return data.repair_order
    }

    const faultCode = (code: string, category = "mechanical") =>
      api.post("/admin/fault-codes", { code, name: `Fault ${code}`, category }, admin)

    describe("opening repair orders", () => {
      it("opens a repair for a unit sold elsewhere with an out-of-warranty snapshot, and one in warranty", async () => {
        const out = await createRepair({ serial_number: "SN-OUT-001", priority: "high" })
        expect(out).toMatchObject({
          number: expect.stringMatching(/^RO-\d{6}$/),
          source: "admin",
          customer_id: null,
          customer_email: "walkin@example.com",
          serial_number: "SN-OUT-001",
          warranty_status: "out_of_warranty",
          stage: "requested",
          stage_category: "new",
          priority: "high",
          version: 1,
        })
        expect(out.entitlement).toMatchObject({ status: "out_of_warranty", reason: "expired", covered: false })
        expect(out.warranty_registration_id).toBeTruthy()
        expect(out.transitions.map((t: any) => t.to)).toEqual(["approved", "rejected", "canceled"])
        expect(out.activities.map((a: any) => a.type)).toEqual(["created"])

        const inWarranty = await createRepair({ serial_number: "SN-IN-001" })
        expect(inWarranty.warranty_status).toBe("in_warranty")
        expect(inWarranty.entitlement).toMatchObject({ covered: true, covers_parts: true, covers_labour: true })
        expect(inWarranty.number).not.toBe(out.number)

        const unknown = await createRepair({ serial_number: "SN-NOWHERE" })
        expect(unknown.warranty_status).toBe("unknown")

        const { data: audit } = await api.get(`/admin/aftersales/audit-log?entity_id=${out.id}`, admin)
        expect(audit.audit_log_entries.map((entry: any) => entry.action)).toContain("repair_order.created")
      })

      it("copies customer, order and product from a host order line and refuses foreign lines", async () => {
        const item = aliceOrder.items[0]
        const repair = await createRepair({
          customer_email: undefined,
          customer_name: undefined,
          product_title: undefined,
          order_id: aliceOrder.id,
          line_item_id: item.id,
        })
        expect(repair).toMatchObject({
          customer_id: alice.id,
          customer_email: "alice@example.com",
          order_id: aliceOrder.id,
          order_display_id: expect.any(Number),
          line_item_id: item.id,
          variant_id: item.variant_id,
          product_id: expect.stringMatching(/^prod_/),
          product_title: "Part ESP-100",
        })
        const foreign = await rejectionOf(
          createRepair({ order_id: aliceOrder.id, line_item_id: "ordli_does_not_exist" })
        )
        expect(foreign.response.status).toBe(400)
        expect(foreign.response.data.message).toMatch(/is not an item of order/)
        const nobody = await rejectionOf(
          createRepair({ customer_email: undefined, customer_name: undefined })
        )
        expect(nobody.response.status).toBe(400)
        const unknownCode = await rejectionOf(createRepair({ fault_codes: ["NOPE-1"] }))
        expect(unknownCode.response.status).toBe(400)
        expect(unknownCode.response.data.message).toMatch(/Unknown fault code/)
      })

      it("opens a repair from a service ticket and links the ticket to it", async () => {
        const item = aliceOrder.items[0]
        const { data: ticketData } = await api.post(
          "/admin/service-tickets",
          {
            subject: "Machine leaks water",
            description: "Water under the drip tray after every shot.",
            customer_id: alice.id,
            order_id: aliceOrder.id,
            line_item_ids: [item.id],
          },
          admin
        )
        const ticket = ticketData.service_ticket
        const { data, status } = await api.post(
          `/admin/service-tickets/${ticket.id}/repair-order`,
          { serial_number: "SN-IN-001", arrival_mode: "drop_off" },
          admin
        )
        expect(status).toBe(201)
        expect(data.repair_order).toMatchObject({
          source: "ticket",
          service_ticket_id: ticket.id,
          customer_id: alice.id,
          order_id: aliceOrder.id,
          line_item_id: item.id,
          warranty_status: "in_warranty",
        })
        expect(data.repair_order.fault_description).toMatch(/Machine leaks water/)
        expect(data.repair_order.fault_description).toMatch(/drip tray/)
        const { data: after } = await api.get(`/admin/service-tickets/${ticket.id}`, admin)
        expect(after.service_ticket).toMatchObject({
          related_entity_type: "repair_order",
          related_entity_id: data.repair_order.id,
        })
        const again = await rejectionOf(api.post(`/admin/service-tickets/${ticket.id}/repair-order`, {}, admin))
        expect(again.response.status).toBe(400)
        const viaList = await rejectionOf(createRepair({ service_ticket_id: ticket.id }))
        expect(viaList.response.status).toBe(400)

        const { data: other } = await api.post(
          "/admin/service-tickets",
          { subject: "Grinder jams", customer_id: alice.id },
          admin
        )
        const fromBody = await createRepair({
          customer_email: undefined,
          customer_name: undefined,
          service_ticket_id: other.service_ticket.id,
          fault_description: "Grinder jams on dark roasts",
        })
        expect(fromBody).toMatchObject({
          source: "ticket",
          service_ticket_id: other.service_ticket.id,
          customer_id: alice.id,
          fault_description: "Grinder jams on dark roasts",
        })
      })
    })

    describe("life cycle", () => {
      it("walks the pipeline with version guard, illegal moves, assignment, work logs and a second-person quality check", async () => {
        await faultCode("PUMP-01")
        const repair = await createRepair({ serial_number: "SN-IN-001" })

        const noApprove = await rejectionOf(move(repair.id, "approved", techUser))
        expect(noApprove.response.status).toBe(403)
        expect(noApprove.response.data.message).toMatch(/repair_orders:approve/)

        const approved = await move(repair.id, "approved", supervisor, { version: 1 })
        expect(approved).toMatchObject({ stage: "approved", version: 2 })
        expect(approved.approved_at).toBeTruthy()

        const stale = await rejectionOf(move(repair.id, "received", admin, { version: 1 }))
        expect(stale.response.status).toBe(409)
        expect(stale.response.data.message).toMatch(/changed by someone else/)

        const illegal = await rejectionOf(move(repair.id, "completed"))
        expect(illegal.response.status).toBe(400)
        expect(illegal.response.data.message).toMatch(/does not allow/)

        const received = await move(repair.id, "received", admin, { version: 2 })
        expect(received.received_at).toBeTruthy()
        await move(repair.id, "diagnosing", techUser)
        const { data: diagnosed } = await api.post(
          `/admin/repair-orders/${repair.id}`,
          { findings: "Worn pump seal", repair_plan: "Replace seal kit", fault_codes: ["PUMP-01"] },
          techUser
        )
        expect(diagnosed.repair_order).toMatchObject({ findings: "Worn pump seal", fault_codes: ["PUMP-01"] })

        const { data: assigned } = await api.post(
          `/admin/repair-orders/${repair.id}/assign`,
          {
            technician_id: leadTechnician.id,
            planned_start_at: new Date(Date.now() + DAY).toISOString(),
            planned_end_at: new Date(Date.now() + 2 * DAY).toISOString(),
          },
          admin
        )
        expect(assigned.repair_order.technician_id).toBe(leadTechnician.id)
        const notifications = await waitFor(async () => {
          const found = await getContainer()
            .resolve(Modules.NOTIFICATION)
            .listNotifications({ template: "repair-order-assigned" } as any)
          return found.length ? found : null
        })
        expect(notifications).toEqual([
          expect.objectContaining({ to: "lead@example.com", resource_id: repair.id, channel: "email" }),
        ])
        const badPlan = await rejectionOf(
          api.post(
            `/admin/repair-orders/${repair.id}/assign`,
            {
              technician_id: leadTechnician.id,
              planned_start_at: new Date(Date.now() + 3 * DAY).toISOString(),
              planned_end_at: new Date(Date.now() + DAY).toISOString(),
            },
            admin
          )
        )
        expect(badPlan.response.status).toBe(400)

        await move(repair.id, "in_repair", techUser)
        const { data: logged } = await api.post(
          `/admin/repair-orders/${repair.id}/work-logs`,
          { note: "Replaced the pump seal", minutes: 45 },
          techUser
        )
        expect(logged.work_log).toMatchObject({ technician_id: otherTechnician.id, author_id: techUser.id, minutes: 45 })
        await move(repair.id, "quality_check", techUser)

        const byAssignee = await rejectionOf(
          api.post(`/admin/repair-orders/${repair.id}/quality-check`, { passed: true, outcome: "repaired" }, lead)
        )
        expect(byAssignee.response.status).toBe(403)
        expect(byAssignee.response.data.message).toMatch(/assigned technician/)

        const { data: failed } = await api.post(
          `/admin/repair-orders/${repair.id}/quality-check`,
          { passed: false, notes: "Still drips" },
          supervisor
        )
        expect(failed.repair_order).toMatchObject({ stage: "in_repair", quality_check_passed: false })
        await move(repair.id, "quality_check", techUser)

        const noOutcome = await rejectionOf(
          api.post(`/admin/repair-orders/${repair.id}/quality-check`, { passed: true }, supervisor)
        )
        expect(noOutcome.response.status).toBe(400)

        const { data: passed } = await api.post(
          `/admin/repair-orders/${repair.id}/quality-check`,
          { passed: true, outcome: "repaired", resolution_notes: "Seal replaced, tested 20 shots" },
          supervisor
        )
        expect(passed.repair_order).toMatchObject({
          stage: "completed",
          stage_category: "resolved",
          outcome: "repaired",
          quality_check_passed: true,
          quality_check_by: supervisor.id,
          resolution_notes: "Seal replaced, tested 20 shots",
        })
        expect(passed.repair_order.completed_at).toBeTruthy()

        const returned = await move(repair.id, "returned_to_customer")
        expect(returned.returned_at).toBeTruthy()
        const closed = await move(repair.id, "closed")
        expect(closed.closed_at).toBeTruthy()
        expect(closed.transitions).toEqual([])
        expect(closed.activities.map((a: any) => a.type)).toEqual(
          expect.arrayContaining(["created", "stage_changed", "assigned", "work_logged", "updated"])
        )
      })

      it("refuses a quality check by someone who logged work, and cancels with a timestamp", async () => {
        const repair = await createRepair()
        await move(repair.id, "approved")
        await move(repair.id, "received")
        await move(repair.id, "diagnosing")
        await move(repair.id, "in_repair")
        await api.post(`/admin/repair-orders/${repair.id}/work-logs`, { note: "Descaled", minutes: 20 }, admin)
        await move(repair.id, "quality_check")
        const self = await rejectionOf(
          move(repair.id, "completed", admin, { outcome: "repaired" })
        )
        expect(self.response.status).toBe(403)
        expect(self.response.data.message).toMatch(/logged work/)
        const canceled = await move(repair.id, "canceled", admin, { note: "Customer withdrew" })
        expect(canceled).toMatchObject({ stage: "canceled", stage_category: "canceled" })
        expect(canceled.canceled_at).toBeTruthy()
      })
    })

    describe("records search", () => {
      it("finds repairs by serial, fault code, order, date range and text", async () => {
        await faultCode("DISP-01", "display")
        await faultCode("BATT-01", "battery")
        const a = await createRepair({ serial_number: "SN-SEARCH-A", fault_codes: ["DISP-01"], fault_description: "Flickering screen" })
        const b = await createRepair({ serial_number: "SN-SEARCH-B", fault_codes: ["BATT-01"], fault_description: "Battery swells" })
        const ids = async (query: string) => {
          const { data } = await api.get(`/admin/repair-orders?${query}`, admin)
          return data.repair_orders.map((row: any) => row.id)
        }
        expect(await ids("q=SN-SEARCH-A")).toEqual([a.id])
        expect(await ids("q=swells")).toEqual([b.id])
        expect(await ids("q=walkin@example")).toEqual(expect.arrayContaining([a.id, b.id]))
        expect(await ids("serial_number=SN-SEARCH-B")).toEqual([b.id])
        expect(await ids("fault_code=DISP-01")).toEqual([a.id])
        expect(await ids("fault_code[]=DISP-01&fault_code[]=BATT-01")).toEqual(expect.arrayContaining([a.id, b.id]))
        const tomorrow = new Date(Date.now() + DAY).toISOString()
        const yesterday = new Date(Date.now() - DAY).toISOString()
        expect(await ids(`created_from=${yesterday}&created_to=${tomorrow}&serial_number=SN-SEARCH-A`)).toEqual([a.id])
        expect(await ids(`created_from=${tomorrow}&serial_number=SN-SEARCH-A`)).toEqual([])
        expect(await ids(`order_id=${aliceOrder.id}`)).toEqual([])
        const bad = await rejectionOf(api.get("/admin/repair-orders?created_from=yesterday", admin))
        expect(bad.response.status).toBe(400)
      })
    })

    describe("permissions and configuration", () => {
      it("lets analysts read but not write, and keeps fault codes and pipelines to configurers", async () => {
        await createRepair()
        const { data } = await api.get("/admin/repair-orders", analyst)
        expect(data.count).toBeGreaterThan(0)
        expect((await rejectionOf(createRepair({}, analyst))).response.status).toBe(403)
        expect((await rejectionOf(api.post("/admin/fault-codes", { code: "X-1", name: "X" }, techUser))).response.status).toBe(403)
        const duplicate = await faultCode("WATER-01", "water_damage")
        expect(duplicate.status).toBe(201)
        expect((await rejectionOf(faultCode("WATER-01"))).response.status).toBe(400)

        const { data: pipelines } = await api.get("/admin/repair-pipelines", techUser)
        const pipeline = pipelines.repair_pipelines.find((p: any) => p.key === "repair_order")
        expect(pipeline.is_default).toBe(true)
        expect(pipeline.counts_by_stage.requested).toBeGreaterThan(0)
        const edit = { name: "Workshop repairs", definition: pipeline.definition }
        expect((await rejectionOf(api.post("/admin/repair-pipelines/repair_order", edit, techUser))).response.status).toBe(403)

        // removing "requested" (it holds orders) without another new stage is refused
        const withoutRequested = {
          stages: pipeline.definition.stages.filter((s: any) => s.key !== "requested"),
          transitions: pipeline.definition.transitions.filter((t: any) => t.from !== "requested"),
        }
        const invalid = await rejectionOf(
          api.post("/admin/repair-pipelines/repair_order", { definition: withoutRequested }, admin)
        )
        expect(invalid.response.status).toBe(400)
        const { data: renamed } = await api.post("/admin/repair-pipelines/repair_order", edit, admin)
        expect(renamed.repair_pipeline.name).toBe("Workshop repairs")
      })
    })

    describe("ship-in", () => {
      it("requests a host return for a shipped-in unit and moves the repair to received when it arrives", async () => {
        const container = getContainer()
        const item = aliceOrder.items[0]
        const repair = await createRepair({
          customer_email: undefined,
          customer_name: undefined,
          order_id: aliceOrder.id,
          line_item_id: item.id,
          arrival_mode: "ship_in",
        })
        expect(repair.return_id).toMatch(/^return_/)
        expect(repair.location_id).toBe(store.location.id)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [order],
        } = await query.graph({
          entity: "order",
          fields: ["id", "returns.id", "returns.status", "returns.items.item_id"],
          filters: { id: aliceOrder.id },
        })
        const hostReturn = (order as any).returns.find((r: any) => r.id === repair.return_id)
        expect(hostReturn.status).toBe("requested")
        expect(hostReturn.items.map((i: any) => i.item_id)).toEqual([item.id])

        const warranty: any = container.resolve(WARRANTY_MODULE)
        const [policy] = await warranty.listWarrantyPolicies({}, { take: 1 })
        const [unitWarranty] = await warranty.createWarrantyRegistrations([
          {
            policy_id: policy.id,
            source: "order",
            status: "active",
            order_id: aliceOrder.id,
            line_item_id: item.id,
            unit_index: 1,
            product_title: "Espresso machine",
            coverage: "parts_and_labour",
            duration_months: 24,
            purchased_at: new Date(),
            starts_at: new Date(),
            ends_at: new Date(Date.now() + 700 * DAY),
          },
        ])

        await move(repair.id, "approved")
        await move(repair.id, "awaiting_unit")
        await beginReceiveReturnWorkflow(container).run({ input: { return_id: repair.return_id } })
        await receiveItemReturnRequestWorkflow(container).run({
          input: { return_id: repair.return_id, items: [{ id: item.id, quantity: 1 }] },
        })
        await confirmReturnReceiveWorkflow(container).run({ input: { return_id: repair.return_id } })

        const received = await waitFor(async () => {
          const { data } = await api.get(`/admin/repair-orders/${repair.id}`, admin)
          return data.repair_order.stage === "received" ? data.repair_order : null
        })
        expect(received.received_at).toBeTruthy()
        expect(received.activities.find((a: any) => a.to_stage === "received").actor_type).toBe("system")
        // The unit travels to the workshop and back: its warranty is not voided as a return.
        const { result: voided } = await voidWarrantyRegistrationsWorkflow(container).run({
          input: { order_id: aliceOrder.id, returns: true, reason: "returned", audit: SYSTEM_AUDIT_CONTEXT },
        })
        expect(voided).toEqual([])
        expect((await warranty.retrieveWarrantyRegistration(unitWarranty.id)).status).toBe("active")
      })

      it("rolls the repair back when the host return cannot be requested (canceled order)", async () => {
        const container = getContainer()
        const unit = await createSellablePart(container, store, "ESP-200", { stock: 5, price: 300 })
        const canceledOrder = await placeOrder(container, store, alice, [{ variant_id: unit.variantId, quantity: 1 }])
        await cancelOrderWorkflow(container).run({ input: { order_id: canceledOrder.id } })
        const first = await createRepair()
        const failed = await rejectionOf(
          createRepair({
            customer_email: undefined,
            customer_name: undefined,
            order_id: canceledOrder.id,
            line_item_id: canceledOrder.items[0].id,
            arrival_mode: "ship_in",
            location_id: store.location.id,
          })
        )
        expect(failed.response.status).toBe(400)
        expect(failed.response.data.message).toMatch(/has been canceled/)
        // the repair was numbered and stored before the return failed, then removed again
        const next = await createRepair()
        const numberOf = (row: any) => Number(row.number.slice(3))
        expect(numberOf(next)).toBe(numberOf(first) + 2)
        const { data: list } = await api.get("/admin/repair-orders?limit=100", admin)
        expect(list.repair_orders.map((row: any) => row.id).sort()).toEqual([first.id, next.id].sort())
        const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
        expect(await repair.listRepairOrders({ order_id: canceledOrder.id }, { withDeleted: true } as any)).toEqual([])
      })
    })
  },
})
