import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles } from "../helpers/admin"
import { createSellablePart, createSellableStore, fulfilOrder, placeOrder } from "../helpers/commerce"
import { createPublishableKey, createStoreCustomer, StoreCustomer } from "../helpers/storefront"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }
    let supervisor: AuthHeaders & { id: string }
    let alice: StoreCustomer
    let bob: StoreCustomer
    let aliceOrder: { id: string; items: { id: string; quantity: number; variant_id: string }[] }
    let bobOrder: { id: string; items: { id: string; quantity: number; variant_id: string }[] }

    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      supervisor = await createStaffUser(container, api, "supervisor@example.com", ["supervisor"])
      const key = await createPublishableKey(container)
      alice = await createStoreCustomer(container, api, "alice@example.com", key)
      bob = await createStoreCustomer(container, api, "bob@example.com", key)
      const store = await createSellableStore(container)
      const unit = await createSellablePart(container, store, "GRINDER-7", { stock: 10, price: 150 })
      aliceOrder = await placeOrder(container, store, alice, [{ variant_id: unit.variantId, quantity: 1 }])
      await fulfilOrder(container, store, aliceOrder)
      bobOrder = await placeOrder(container, store, bob, [{ variant_id: unit.variantId, quantity: 1 }])
    })

    const request = (customer: StoreCustomer, body: Record<string, unknown>) =>
      api.post(
        "/store/repair-orders",
        { fault_description: "The grinder stops after two seconds", ...body },
        { headers: customer.headers }
      )

    /** Staff take a repair to completed (admin does the work, the supervisor checks it). */
    const complete = async (id: string) => {
      for (const stage of ["approved", "received", "diagnosing", "in_repair", "quality_check"]) {
        await api.post(`/admin/repair-orders/${id}/transition`, { to_stage: stage }, admin)
      }
      await api.post(`/admin/repair-orders/${id}/work-logs`, { note: "Cleaned burrs", minutes: 30 }, admin)
      await api.post(
        `/admin/repair-orders/${id}/quality-check`,
        { passed: true, outcome: "repaired" },
        supervisor
      )
    }

    it("requests a repair on an own order item and refuses other customers' orders and foreign lines", async () => {
      const item = aliceOrder.items[0]
      const { data, status } = await request(alice, {
        order_id: aliceOrder.id,
        line_item_id: item.id,
        serial_number: "GR-7-0001",
        intake_condition: "Scratches on the lid",
      })
      expect(status).toBe(201)
      expect(data.repair_order).toMatchObject({
        number: expect.stringMatching(/^RO-\d{6}$/),
        source: "store",
        order_id: aliceOrder.id,
        line_item_id: item.id,
        product_title: "Part GRINDER-7",
        serial_number: "GR-7-0001",
        stage: "requested",
        stage_name: "Requested",
        warranty_status: "unknown",
      })
      expect(data.repair_order.timeline.map((entry: any) => entry.type)).toEqual(["created"])
      expect(data.repair_order.customer_id).toBeUndefined()
      expect(data.repair_order.quality_check_by).toBeUndefined()

      const othersOrder = await rejectionOf(
        request(alice, { order_id: bobOrder.id, line_item_id: bobOrder.items[0].id })
      )
      expect(othersOrder.response.status).toBe(404)
      const foreignLine = await rejectionOf(
        request(alice, { order_id: aliceOrder.id, line_item_id: bobOrder.items[0].id })
      )
      expect(foreignLine.response.status).toBe(400)
      const missing = await rejectionOf(request(alice, { order_id: aliceOrder.id }))
      expect(missing.response.status).toBe(400)
      const anonymous = await rejectionOf(
        api.post(
          "/store/repair-orders",
          { order_id: aliceOrder.id, line_item_id: item.id, fault_description: "x" },
          { headers: { "x-publishable-api-key": alice.headers["x-publishable-api-key"] } }
        )
      )
      expect(anonymous.response.status).toBe(401)
    })

    it("shows customers only their own repairs and only the public timeline", async () => {
      const { data: mine } = await request(alice, { order_id: aliceOrder.id, line_item_id: aliceOrder.items[0].id })
      const { data: theirs } = await request(bob, { order_id: bobOrder.id, line_item_id: bobOrder.items[0].id })
      const id = mine.repair_order.id
      await api.post(`/admin/repair-orders/${id}/transition`, { to_stage: "approved", note: "Send it in" }, admin)
      await api.post(`/admin/repair-orders/${id}/transition`, { to_stage: "received" }, admin)
      await api.post(`/admin/repair-orders/${id}/transition`, { to_stage: "diagnosing" }, admin)
      await api.post(`/admin/repair-orders/${id}/work-logs`, { note: "Internal: burr carrier cracked", minutes: 15 }, admin)

      const { data: list } = await api.get("/store/repair-orders", { headers: alice.headers })
      expect(list.repair_orders.map((row: any) => row.id)).toEqual([id])
      expect(list.count).toBe(1)

      const { data: detail } = await api.get(`/store/repair-orders/${id}`, { headers: alice.headers })
      expect(detail.repair_order.stage_name).toBe("Diagnosing")
      const types = detail.repair_order.timeline.map((entry: any) => entry.type)
      expect(types).toEqual(["created", "stage_changed", "stage_changed", "stage_changed"])
      expect(types).not.toContain("work_logged")
      expect(detail.repair_order.timeline[1].data.note).toBe("Send it in")
      expect(detail.repair_order.timeline.every((entry: any) => entry.actor_id === undefined)).toBe(true)

      const probe = await rejectionOf(api.get(`/store/repair-orders/${theirs.repair_order.id}`, { headers: alice.headers }))
      expect(probe.response.status).toBe(404)
      const photoProbe = await rejectionOf(
        api.post(`/store/repair-orders/${theirs.repair_order.id}/photos`, new FormData(), { headers: alice.headers })
      )
      expect(photoProbe.response.status).toBe(404)
    })

    it("uploads photos of the unit through the File module and refuses other file types", async () => {
      const { data } = await request(alice, { order_id: aliceOrder.id, line_item_id: aliceOrder.items[0].id })
      const upload = (files: { name: string; type: string; content: string }[]) => {
        const form = new FormData()
        for (const file of files) {
          form.append("files", new Blob([file.content], { type: file.type }), file.name)
        }
        return api.post(`/store/repair-orders/${data.repair_order.id}/photos`, form, { headers: alice.headers })
      }
      const { data: uploaded, status } = await upload([{ name: "front.png", type: "image/png", content: "png-bytes" }])
      expect(status).toBe(201)
      expect(uploaded.photos).toEqual([
        expect.objectContaining({ name: "front.png", mime_type: "image/png", url: expect.stringMatching(/^https?:\/\//) }),
      ])
      expect(uploaded.repair_order.photos).toHaveLength(1)
      const wrong = await rejectionOf(upload([{ name: "notes.pdf", type: "application/pdf", content: "%PDF" }]))
      expect(wrong.response.status).toBe(400)

      const form = new FormData()
      form.append("files", new Blob(["jpg"], { type: "image/jpeg" }), "bench.jpg")
      const { data: staff } = await api.post(`/admin/repair-orders/${data.repair_order.id}/photos`, form, admin)
      expect(staff.repair_order.photos.map((photo: any) => photo.name)).toEqual(["front.png", "bench.jpg"])
    })

    it("lets only the owner accept and rate a finished repair, once", async () => {
      const { data } = await request(alice, { order_id: aliceOrder.id, line_item_id: aliceOrder.items[0].id })
      const id = data.repair_order.id
      const early = await rejectionOf(api.post(`/store/repair-orders/${id}/rating`, { rating: 5 }, { headers: alice.headers }))
      expect(early.response.status).toBe(400)
      expect(early.response.data.message).toMatch(/once it is completed/)

      await complete(id)

      const byBob = await rejectionOf(api.post(`/store/repair-orders/${id}/rating`, { rating: 1 }, { headers: bob.headers }))
      expect(byBob.response.status).toBe(404)
      const outOfRange = await rejectionOf(api.post(`/store/repair-orders/${id}/rating`, { rating: 6 }, { headers: alice.headers }))
      expect(outOfRange.response.status).toBe(400)

      const { data: accepted } = await api.post(
        `/store/repair-orders/${id}/acceptance`,
        { accepted: true },
        { headers: alice.headers }
      )
      expect(accepted.repair_order.customer_accepted_at).toBeTruthy()
      const { data: rated } = await api.post(
        `/store/repair-orders/${id}/rating`,
        { rating: 5, feedback: "Works like new" },
        { headers: alice.headers }
      )
      expect(rated.repair_order).toMatchObject({ customer_rating: 5, customer_feedback: "Works like new" })
      expect(rated.repair_order.timeline.map((entry: any) => entry.type)).toEqual(
        expect.arrayContaining(["customer_accepted", "rated"])
      )
      const twice = await rejectionOf(api.post(`/store/repair-orders/${id}/rating`, { rating: 3 }, { headers: alice.headers }))
      expect(twice.response.status).toBe(400)

      const { data: adminView } = await api.get(`/admin/repair-orders/${id}`, admin)
      expect(adminView.repair_order.customer_rating).toBe(5)
      const { data: audit } = await api.get(`/admin/aftersales/audit-log?entity_id=${id}&limit=100`, admin)
      expect(audit.audit_log_entries.map((entry: any) => entry.action)).toContain("repair_order.rated")
    })
  },
})
