import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import SparePartsModuleService from "../../src/modules/spare-parts/service"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles, waitFor } from "../helpers/admin"
import {
  createCustomer,
  createSellablePart,
  createSellableStore,
  fulfilOrder,
  placeOrder,
  returnAsDamaged,
  SellableStore,
} from "../helpers/commerce"
import { hostLevel } from "../helpers/stock"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let manager: AuthHeaders & { id: string }
    let approver: AuthHeaders & { id: string }
    let managerApprover: AuthHeaders & { id: string }
    let agent: AuthHeaders & { id: string }
    let store: SellableStore
    let pump: Awaited<ReturnType<typeof createSellablePart>>

    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      // With an admin assigned, the plugin's bootstrap (everyone may do everything) is over.
      await createStaffUser(container, api, "admin@example.com", ["admin"])
      manager = await createStaffUser(container, api, "parts@example.com", ["parts_manager"])
      approver = await createStaffUser(container, api, "approver@example.com", ["approver"])
      managerApprover = await createStaffUser(container, api, "both@example.com", ["parts_manager", "approver"])
      agent = await createStaffUser(container, api, "agent@example.com", ["agent"])
      store = await createSellableStore(container)
      pump = await createSellablePart(container, store, "PMP-200", { stock: 10, unit_cost: 12.5 })
    })

    const requestScrap = async (as: AuthHeaders, body: Record<string, unknown> = {}) => {
      const { data } = await api.post(
        "/admin/scrap-requests",
        { part_id: pump.part.id, location_id: store.location.id, quantity: 3, reason: "damaged", ...body },
        as
      )
      return data.scrap_request
    }

    const scrapRows = async () => {
      const spareParts: SparePartsModuleService = getContainer().resolve(SPARE_PARTS_MODULE)
      return await spareParts.listStockMovements({ part_id: pump.part.id, type: "scrap" })
    }

    it("takes an approved, disposed request out of host stock by exactly its quantity, with a ledger row", async () => {
      const container = getContainer()
      const requested = await requestScrap(manager, {
        photos: [{ url: "http://localhost:9000/static/cracked-housing.jpg", name: "cracked-housing.jpg" }],
        notes: "Housing cracked in storage",
      })
      expect(requested).toEqual(
        expect.objectContaining({
          number: expect.stringMatching(/^SR-\d{6}$/),
          status: "requested",
          requested_by: manager.id,
          photos: [{ url: "http://localhost:9000/static/cracked-housing.jpg", name: "cracked-housing.jpg" }],
        })
      )

      const { data: approved } = await api.post(`/admin/scrap-requests/${requested.id}/approve`, {}, approver)
      expect(approved.scrap_request).toEqual(
        expect.objectContaining({ status: "approved", approved_by: approver.id, approved_at: expect.any(String) })
      )
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 10, reserved: 0 })

      const { data: disposed } = await api.post(
        `/admin/scrap-requests/${requested.id}/dispose`,
        { disposal_method: "recycle" },
        manager
      )
      expect(disposed.scrap_request).toEqual(
        expect.objectContaining({
          status: "disposed",
          disposal_method: "recycle",
          disposed_by: manager.id,
          written_off_value: 37.5,
        })
      )
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 7, reserved: 0 })
      const rows = await scrapRows()
      expect(rows).toHaveLength(1)
      expect(rows[0]).toEqual(
        expect.objectContaining({
          quantity: -3,
          location_id: store.location.id,
          reason: "damaged",
          reference_type: "scrap_request",
          reference_id: requested.id,
          actor_id: manager.id,
        })
      )

      const { data: list } = await api.get(`/admin/scrap-requests?status=disposed&part_id=${pump.part.id}`, manager)
      expect(list.scrap_requests.map((request: any) => request.id)).toEqual([requested.id])
    })

    it("refuses approval by the requester, even with the approver role", async () => {
      const requested = await requestScrap(managerApprover)
      const error = await rejectionOf(api.post(`/admin/scrap-requests/${requested.id}/approve`, {}, managerApprover))
      expect(error.response.status).toBe(400)
      expect(error.response.data.message).toMatch(/Separation of duties/)
      const { data } = await api.get(`/admin/scrap-requests/${requested.id}`, manager)
      expect(data.scrap_request.status).toBe("requested")
    })

    it("rejects with a reason; a rejected request cannot be disposed and stock stays", async () => {
      const container = getContainer()
      const requested = await requestScrap(manager, { reason: "obsolete" })
      const { data } = await api.post(
        `/admin/scrap-requests/${requested.id}/reject`,
        { rejection_reason: "Still sellable as B-stock" },
        approver
      )
      expect(data.scrap_request).toEqual(
        expect.objectContaining({ status: "rejected", rejected_by: approver.id, rejection_reason: "Still sellable as B-stock" })
      )
      const error = await rejectionOf(
        api.post(`/admin/scrap-requests/${requested.id}/dispose`, { disposal_method: "destroy" }, manager)
      )
      expect(error.response.status).toBe(400)
      expect(error.response.data.message).toBe(
        `Only a approved scrap request can be disposed; ${requested.number} is rejected.`
      )
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 10, reserved: 0 })
      expect(await scrapRows()).toHaveLength(0)
    })

    it("answers bad input with 400 and writes nothing", async () => {
      const container = getContainer()
      for (const body of [
        { quantity: 0 },
        { quantity: 1.5 },
        { reason: "lost" },
        { colour: "red" },
        { photos: [{ name: "no url" }] },
      ]) {
        const error = await rejectionOf(requestScrap(manager, body))
        expect(error.response.status).toBe(400)
      }
      const missingPart = await rejectionOf(requestScrap(manager, { part_id: "spart_missing" }))
      expect(missingPart.response.status).toBe(404)
      const { data } = await api.get("/admin/scrap-requests", manager)
      expect(data.count).toBe(0)

      // Disposing more than is available fails as a whole: status, stock and ledger unchanged.
      const requested = await requestScrap(manager, { quantity: 11 })
      await api.post(`/admin/scrap-requests/${requested.id}/approve`, {}, approver)
      const error = await rejectionOf(
        api.post(`/admin/scrap-requests/${requested.id}/dispose`, { disposal_method: "destroy" }, manager)
      )
      expect(error.response.status).toBe(400)
      expect(error.response.data.message).toMatch(/Not enough stock of PMP-200/)
      const { data: after } = await api.get(`/admin/scrap-requests/${requested.id}`, manager)
      expect(after.scrap_request).toEqual(
        expect.objectContaining({ status: "approved", disposed_at: null, written_off_value: null })
      )
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual({ stocked: 10, reserved: 0 })
      expect(await scrapRows()).toHaveLength(0)
    })

    it("answers 403 without the scrap permissions", async () => {
      const forbiddenCreate = await rejectionOf(requestScrap(agent))
      expect(forbiddenCreate.response.status).toBe(403)
      expect(forbiddenCreate.response.data.message).toMatch(/scrap:write/)
      const requested = await requestScrap(manager)
      const forbiddenApprove = await rejectionOf(api.post(`/admin/scrap-requests/${requested.id}/approve`, {}, manager))
      expect(forbiddenApprove.response.status).toBe(403)
      expect(forbiddenApprove.response.data.message).toMatch(/scrap:approve/)
      const forbiddenList = await rejectionOf(api.get("/admin/scrap-requests", agent))
      expect(forbiddenList.response.status).toBe(403)
    })

    it("cancels a request; a canceled request cannot be approved", async () => {
      const requested = await requestScrap(manager)
      const { data } = await api.post(`/admin/scrap-requests/${requested.id}/cancel`, {}, manager)
      expect(data.scrap_request).toEqual(expect.objectContaining({ status: "canceled", canceled_by: manager.id }))
      const error = await rejectionOf(api.post(`/admin/scrap-requests/${requested.id}/approve`, {}, approver))
      expect(error.response.status).toBe(400)
    })

    it("opens a defective-return request for a part received as damaged on a host return, once", async () => {
      const container = getContainer()
      const customer = await createCustomer(container, "returns@example.com")
      const order = await placeOrder(container, store, customer, [{ variant_id: pump.variantId, quantity: 2 }])
      await fulfilOrder(container, store, order)
      const stockBeforeReturn = await hostLevel(container, pump.inventoryItemId, store.location.id)
      const returnId = await returnAsDamaged(container, store, order.id, { id: order.items[0].id, quantity: 1 })

      const request = await waitFor(async () => {
        const { data } = await api.get(`/admin/scrap-requests?source_id=${returnId}`, manager)
        return data.scrap_requests[0]
      })
      expect(request).toEqual(
        expect.objectContaining({
          part_id: pump.part.id,
          location_id: store.location.id,
          quantity: 1,
          reason: "defective_return",
          source_type: "return",
          in_stock: false,
          requested_by: null,
        })
      )
      // The host did not restock the damaged unit, so disposing of it only writes off the value.
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual(stockBeforeReturn)
      await api.post(`/admin/scrap-requests/${request.id}/approve`, {}, approver)
      const { data } = await api.post(
        `/admin/scrap-requests/${request.id}/dispose`,
        { disposal_method: "return_to_supplier" },
        manager
      )
      expect(data.scrap_request).toEqual(expect.objectContaining({ status: "disposed", written_off_value: 12.5 }))
      expect(await hostLevel(container, pump.inventoryItemId, store.location.id)).toEqual(stockBeforeReturn)
      expect(await scrapRows()).toHaveLength(0)

      // The same event again opens nothing new.
      await container
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.return_received", data: { order_id: order.id, return_id: returnId } })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const { data: again } = await api.get(`/admin/scrap-requests?source_id=${returnId}`, manager)
      expect(again.count).toBe(1)
    })
  },
})
