import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AFTERSALES_AUDIT_MODULE } from "../../src/modules/aftersales-audit"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import SparePartsModuleService from "../../src/modules/spare-parts/service"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles } from "../helpers/admin"
import { createBarePart, createLocation, hostLevel } from "../helpers/stock"

jest.setTimeout(300 * 1000)

type Staff = AuthHeaders & { id: string }

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Staff
    let purchaser: Staff
    let approver: Staff
    let buyerApprover: Staff
    let partsManager: Staff
    let analyst: Staff
    let warehouse: any
    let pump: any
    let battery: any
    let ulka: any
    let voltcell: any

    const spareParts = (): SparePartsModuleService => getContainer().resolve(SPARE_PARTS_MODULE)

    // Created once: the runner restores this snapshot before every test.
    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      purchaser = await createStaffUser(container, api, "purchaser@example.com", ["purchaser"])
      approver = await createStaffUser(container, api, "approver@example.com", ["approver"])
      buyerApprover = await createStaffUser(container, api, "both@example.com", ["purchaser", "approver"])
      partsManager = await createStaffUser(container, api, "parts@example.com", ["parts_manager"])
      analyst = await createStaffUser(container, api, "analyst@example.com", ["analyst"])
      warehouse = await createLocation(container, "Hamburg warehouse")
      pump = await createBarePart(container, "SP-PUMP", { category: "pumps", unit_cost: 15 })
      battery = await createBarePart(container, "SP-BATT", { category: "batteries", unit_cost: 30 })
      const { data: ulkaData } = await api.post(
        "/admin/suppliers",
        { code: "ULKA", name: "Ulka Pumps", currency_code: "EUR", lead_time_days: 5, payment_terms: "30 days net" },
        purchaser
      )
      ulka = ulkaData.supplier
      const { data: voltData } = await api.post(
        "/admin/suppliers",
        { code: "VOLT", name: "Voltcell", lead_time_days: 10 },
        purchaser
      )
      voltcell = voltData.supplier
      await spareParts().createPartSuppliers([
        { part_id: pump.id, supplier_id: ulka.id, unit_price: 18.5, supplier_part_number: "EP5", min_order_quantity: 5, pack_size: 5, is_preferred: true },
        { part_id: battery.id, supplier_id: voltcell.id, unit_price: 40, supplier_part_number: "VC-1452", lead_time_days: 12 },
        { part_id: battery.id, supplier_id: ulka.id, unit_price: 45 },
      ] as any)
    })

    const createRequisition = async (lines: Record<string, unknown>[], auth: Staff = purchaser, extra = {}) => {
      const { data } = await api.post(
        "/admin/purchase-requisitions",
        { reason: "Stock for spring repairs", lines, ...extra },
        auth
      )
      return data.purchase_requisition
    }
    const pumpLine = (quantity: number) => ({ part_id: pump.id, location_id: warehouse.id, quantity })
    const batteryLine = (quantity: number) => ({ part_id: battery.id, location_id: warehouse.id, quantity })
    const rule = (body: Record<string, unknown>) =>
      api.post("/admin/approval-rules", { name: "Rule", document_type: "requisition", approver_role: "approver", ...body }, admin)
    const submit = async (id: string, auth: Staff = purchaser) =>
      (await api.post(`/admin/purchase-requisitions/${id}/submit`, {}, auth)).data.purchase_requisition
    const auditActions = async (entityId: string) => {
      const entries = await getContainer()
        .resolve(AFTERSALES_AUDIT_MODULE)
        .listAftersalesAuditLogEntries({ entity_id: entityId }, { order: { created_at: "ASC" } })
      return entries.map((entry: any) => entry.action)
    }
    const approvedOrderFor = async (lines: Record<string, unknown>[]) => {
      const requisition = await createRequisition(lines)
      await submit(requisition.id)
      const { data } = await api.post(
        "/admin/purchase-requisitions/convert",
        { requisition_ids: [requisition.id] },
        purchaser
      )
      return data.purchase_orders
    }

    describe("requisition -> approval -> purchase order -> receipts -> closed", () => {
      it("runs the whole flow and changes host stock by exactly the accepted quantities", async () => {
        await rule({ min_amount: 100, approver_role: "approver" })
        const requisition = await createRequisition([pumpLine(12), batteryLine(2)])
        expect(requisition).toMatchObject({
          number: expect.stringMatching(/^PR-\d{6}$/),
          status: "draft",
          requested_by: purchaser.id,
          estimated_total: 302, // 12 x 18.50 (Ulka's offer) + 2 x 40 (cheapest battery offer)
        })
        expect(requisition.lines).toHaveLength(2)

        const submitted = await submit(requisition.id)
        expect(submitted).toMatchObject({ status: "pending_approval", required_approver_role: "approver" })

        const { data: approved } = await api.post(`/admin/purchase-requisitions/${requisition.id}/approve`, {}, approver)
        expect(approved.purchase_requisition).toMatchObject({ status: "approved", approved_by: approver.id })

        const { data: converted } = await api.post(
          "/admin/purchase-requisitions/convert",
          { requisition_ids: [requisition.id] },
          purchaser
        )
        const orders = converted.purchase_orders
        expect(orders).toHaveLength(2) // one per supplier
        const pumpOrder = orders.find((order: any) => order.supplier_id === ulka.id)
        const batteryOrder = orders.find((order: any) => order.supplier_id === voltcell.id)
        // 12 pumps rounded up to the pack size of 5 -> 15
        expect(pumpOrder.lines).toEqual([
          expect.objectContaining({ part_id: pump.id, quantity: 15, unit_price: 18.5, supplier_part_number: "EP5" }),
        ])
        expect(pumpOrder).toMatchObject({ status: "draft", total: 277.5, requisition_id: requisition.id })
        expect(batteryOrder.lines[0]).toMatchObject({ quantity: 2, unit_price: 40 })
        const { data: afterConversion } = await api.get(`/admin/purchase-requisitions/${requisition.id}`, purchaser)
        expect(afterConversion.purchase_requisition.status).toBe("converted")

        const { data: ordered } = await api.post(`/admin/purchase-orders/${pumpOrder.id}/order`, {}, purchaser)
        expect(ordered.purchase_order).toMatchObject({ status: "ordered", ordered_by: purchaser.id })
        expect(new Date(ordered.purchase_order.expected_at).getTime()).toBeGreaterThan(Date.now())

        const lineId = pumpOrder.lines[0].id
        const before = await hostLevel(getContainer(), pump.inventory_item_id, warehouse.id)
        expect(before).toBeNull()
        const { data: first } = await api.post(
          `/admin/purchase-orders/${pumpOrder.id}/receipts`,
          { lines: [{ purchase_order_line_id: lineId, quantity_received: 10, quantity_damaged: 2 }] },
          purchaser
        )
        expect(first.goods_receipt).toMatchObject({
          number: expect.stringMatching(/^GR-\d{6}$/),
          lines: [expect.objectContaining({ quantity_received: 10, quantity_damaged: 2, quantity_accepted: 8 })],
        })
        expect(first.purchase_order.status).toBe("partially_received")
        expect(first.purchase_order.lines[0]).toMatchObject({ received_quantity: 10, damaged_quantity: 2 })
        expect(await hostLevel(getContainer(), pump.inventory_item_id, warehouse.id)).toEqual({ stocked: 8, reserved: 0 })
        const ledger = await spareParts().listStockMovements({ reference_type: "goods_receipt", reference_id: first.goods_receipt.id })
        expect(ledger).toEqual([
          expect.objectContaining({ part_id: pump.id, location_id: warehouse.id, type: "receipt", quantity: 8, actor_id: purchaser.id }),
        ])
        const incoming = await spareParts().listIncomingQuantities({ part_ids: [pump.id] })
        expect(incoming).toEqual([{ part_id: pump.id, location_id: warehouse.id, incoming: 7 }])

        const { data: second } = await api.post(
          `/admin/purchase-orders/${pumpOrder.id}/receipts`,
          { lines: [{ purchase_order_line_id: lineId, quantity_received: 7 }] },
          purchaser
        )
        expect(second.purchase_order.status).toBe("received")
        expect(second.purchase_order.received_at).toBeTruthy()
        expect(await hostLevel(getContainer(), pump.inventory_item_id, warehouse.id)).toEqual({ stocked: 15, reserved: 0 })
        expect(await spareParts().listIncomingQuantities({ part_ids: [pump.id] })).toEqual([])

        const { data: byPart } = await api.get(`/admin/purchase-orders?part_id=${pump.id}`, purchaser)
        expect(byPart.purchase_orders.map((order: any) => order.id)).toEqual([pumpOrder.id])
        expect(byPart.purchase_orders[0].lines).toHaveLength(1)
        const { data: closed } = await api.post(`/admin/purchase-orders/${pumpOrder.id}/close`, {}, purchaser)
        expect(closed.purchase_order).toMatchObject({ status: "closed", closed_by: purchaser.id })
        expect(closed.purchase_order.receipts).toHaveLength(2)

        expect(await auditActions(requisition.id)).toEqual([
          "purchase_requisition.created",
          "purchase_requisition.submitted",
          "purchase_requisition.approved",
          "purchase_requisition.converted",
        ])
        expect(await auditActions(pumpOrder.id)).toEqual([
          "purchase_order.created",
          "purchase_order.ordered",
          "purchase_order.closed",
        ])
      })

      it("accepts over-delivery within 10%, refuses more and writes nothing; damaged units stay out of stock and are still owed", async () => {
        const [order] = await approvedOrderFor([pumpLine(20)]) // no rule: auto-approved
        await api.post(`/admin/purchase-orders/${order.id}/order`, {}, purchaser)
        const lineId = order.lines[0].id
        const refused = await rejectionOf(
          api.post(
            `/admin/purchase-orders/${order.id}/receipts`,
            { lines: [{ purchase_order_line_id: lineId, quantity_received: 23 }] },
            purchaser
          )
        )
        expect(refused.response.status).toBe(400)
        expect(refused.response.data.message).toContain("at most 22 (10% over-delivery) can be accepted")
        expect(await hostLevel(getContainer(), pump.inventory_item_id, warehouse.id)).toBeNull()
        expect(await spareParts().listGoodsReceipts({})).toHaveLength(0)
        const { data: unchanged } = await api.get(`/admin/purchase-orders/${order.id}`, purchaser)
        expect(unchanged.purchase_order).toMatchObject({ status: "ordered" })
        expect(unchanged.purchase_order.lines[0]).toMatchObject({ received_quantity: 0, damaged_quantity: 0 })

        const { data: damaged } = await api.post(
          `/admin/purchase-orders/${order.id}/receipts`,
          { lines: [{ purchase_order_line_id: lineId, quantity_received: 20, quantity_damaged: 3 }] },
          purchaser
        )
        expect(damaged.purchase_order.status).toBe("partially_received") // 3 still owed
        const { data: over } = await api.post(
          `/admin/purchase-orders/${order.id}/receipts`,
          { lines: [{ purchase_order_line_id: lineId, quantity_received: 5 }] },
          purchaser
        )
        expect(over.purchase_order.status).toBe("received")
        expect(await hostLevel(getContainer(), pump.inventory_item_id, warehouse.id)).toEqual({ stocked: 22, reserved: 0 })

        const bad = await rejectionOf(
          api.post(
            `/admin/purchase-orders/${order.id}/receipts`,
            { lines: [{ purchase_order_line_id: lineId, quantity_received: 1 }] },
            purchaser
          )
        )
        expect(bad.response.status).toBe(400)
        expect(bad.response.data.message).toContain("is received and cannot be received against")
      })

      it("closes an under-delivered order only with a reason, recording the shortfall", async () => {
        const [order] = await approvedOrderFor([pumpLine(10)])
        await api.post(`/admin/purchase-orders/${order.id}/order`, {}, purchaser)
        await api.post(
          `/admin/purchase-orders/${order.id}/receipts`,
          { lines: [{ purchase_order_line_id: order.lines[0].id, quantity_received: 6, quantity_damaged: 1 }] },
          purchaser
        )
        const noReason = await rejectionOf(api.post(`/admin/purchase-orders/${order.id}/close`, {}, purchaser))
        expect(noReason.response.status).toBe(400)
        expect(noReason.response.data.message).toContain("5 x SP-PUMP missing")
        const { data } = await api.post(
          `/admin/purchase-orders/${order.id}/close`,
          { reason: "Supplier discontinued the rest" },
          purchaser
        )
        expect(data.purchase_order).toMatchObject({ status: "closed", close_reason: "Supplier discontinued the rest" })
        const [entry] = await getContainer()
          .resolve(AFTERSALES_AUDIT_MODULE)
          .listAftersalesAuditLogEntries({ entity_id: order.id, action: "purchase_order.closed" })
        expect(entry.metadata.shortfall).toEqual([
          { purchase_order_line_id: order.lines[0].id, part_number: "SP-PUMP", shortfall: 5 },
        ])
        const cancel = await rejectionOf(
          api.post(`/admin/purchase-orders/${order.id}/cancel`, { reason: "too late" }, purchaser)
        )
        expect(cancel.response.status).toBe(400)
      })
    })

    describe("approval rules and separation of duties", () => {
      it("picks the rule by amount and category, and approves at once when none applies", async () => {
        await rule({ name: "Large", min_amount: 500, approver_role: "admin" })
        await rule({ name: "Batteries", min_amount: 0, category: "batteries", approver_role: "approver" })
        const small = await submit((await createRequisition([pumpLine(2)])).id)
        expect(small).toMatchObject({ status: "approved", required_approver_role: null, approved_by: null })
        expect(small.approved_at).toBeTruthy()
        const batteries = await submit((await createRequisition([batteryLine(1)])).id)
        expect(batteries).toMatchObject({ status: "pending_approval", required_approver_role: "approver" })
        const large = await submit((await createRequisition([pumpLine(30)])).id)
        expect(large).toMatchObject({ status: "pending_approval", required_approver_role: "admin" })
      })

      it("refuses the requester as approver (400) and an approver without the rule's role (403), writing nothing", async () => {
        await rule({ min_amount: 0, approver_role: "approver" })
        const own = await createRequisition([pumpLine(1)], buyerApprover)
        await submit(own.id, buyerApprover)
        const selfApproval = await rejectionOf(
          api.post(`/admin/purchase-requisitions/${own.id}/approve`, {}, buyerApprover)
        )
        expect(selfApproval.response.status).toBe(400)
        expect(selfApproval.response.data.message).toContain("Separation of duties")
        const selfRejection = await rejectionOf(
          api.post(`/admin/purchase-requisitions/${own.id}/reject`, { reason: "no" }, buyerApprover)
        )
        expect(selfRejection.response.status).toBe(400)

        const { data: roleData } = await api.post(
          "/admin/aftersales/roles",
          { name: "finance_director", label: "Finance director", permissions: ["purchasing:read", "purchasing:approve"] },
          admin
        )
        const director = await createStaffUser(getContainer(), api, "director@example.com", ["finance_director"])
        await rule({ name: "Big spend", min_amount: 200, approver_role: roleData.role.name, rank: -1 })
        const big = await createRequisition([pumpLine(20)])
        await submit(big.id)
        const wrongRole = await rejectionOf(api.post(`/admin/purchase-requisitions/${big.id}/approve`, {}, approver))
        expect(wrongRole.response.status).toBe(403)
        expect(wrongRole.response.data.message).toContain('the after-sales role "finance_director"')

        const noPermission = await rejectionOf(api.post(`/admin/purchase-requisitions/${big.id}/approve`, {}, partsManager))
        expect(noPermission.response.status).toBe(403)
        expect(noPermission.response.data.message).toContain("purchasing:approve")

        for (const id of [own.id, big.id]) {
          const { data } = await api.get(`/admin/purchase-requisitions/${id}`, admin)
          expect(data.purchase_requisition).toMatchObject({ status: "pending_approval", approved_by: null })
          expect(await auditActions(id)).toEqual(["purchase_requisition.created", "purchase_requisition.submitted"])
        }

        const { data: approvedByDirector } = await api.post(`/admin/purchase-requisitions/${big.id}/approve`, {}, director)
        expect(approvedByDirector.purchase_requisition.status).toBe("approved")
        const { data: rejected } = await api.post(
          `/admin/purchase-requisitions/${own.id}/reject`,
          { reason: "Use the stock in Munich" },
          approver
        )
        expect(rejected.purchase_requisition).toMatchObject({ status: "rejected", rejection_reason: "Use the stock in Munich", rejected_by: approver.id })
      })

      it("needs a purchase-order approval before placing an order its rule covers", async () => {
        await api.post(
          "/admin/approval-rules",
          { name: "PO over 100", document_type: "purchase_order", min_amount: 100, approver_role: "approver" },
          admin
        )
        const { data } = await api.post(
          "/admin/purchase-orders",
          { supplier_id: ulka.id, lines: [pumpLine(10)] },
          purchaser
        )
        const order = data.purchase_order
        expect(order).toMatchObject({ status: "draft", total: 185, currency_code: "eur", created_by: purchaser.id })
        const early = await rejectionOf(api.post(`/admin/purchase-orders/${order.id}/order`, {}, purchaser))
        expect(early.response.status).toBe(400)
        expect(early.response.data.message).toContain('needs the approval of someone with the role "approver"')
        const own = await rejectionOf(api.post(`/admin/purchase-orders/${order.id}/approve`, {}, purchaser))
        expect(own.response.status).toBe(403) // purchasers hold no purchasing:approve
        await api.post(`/admin/purchase-orders/${order.id}/approve`, {}, approver)
        const { data: ordered } = await api.post(`/admin/purchase-orders/${order.id}/order`, {}, purchaser)
        expect(ordered.purchase_order).toMatchObject({ status: "ordered", approved_by: approver.id })
      })

      it("validates approval rules and keeps them an administrator's setting", async () => {
        const bad = await rejectionOf(rule({ min_amount: 500, max_amount: 100, approver_role: "nobody_has_this" }))
        expect(bad.response.status).toBe(400)
        expect(bad.response.data.message).toContain("max_amount (100) must be greater than min_amount (500).")
        expect(bad.response.data.message).toContain('There is no after-sales role named "nobody_has_this".')
        const forbidden = await rejectionOf(
          api.post("/admin/approval-rules", { name: "x", document_type: "requisition", approver_role: "approver" }, approver)
        )
        expect(forbidden.response.status).toBe(403)
        const { data } = await api.get("/admin/approval-rules", purchaser)
        expect(data.approval_rules).toEqual([])
      })
    })

    describe("editing drafts", () => {
      it("edits a draft requisition's lines and supplier; a submitted one cannot be edited", async () => {
        const draft = await createRequisition([pumpLine(2)])
        const { data } = await api.post(
          `/admin/purchase-requisitions/${draft.id}`,
          { supplier_id: ulka.id, lines: [batteryLine(3), pumpLine(1)] },
          purchaser
        )
        expect(data.purchase_requisition).toMatchObject({ supplier_id: ulka.id, estimated_total: 153.5 }) // 3 x 45 (Ulka) + 18.50
        expect(data.purchase_requisition.lines.map((line: any) => line.part_number).sort()).toEqual(["SP-BATT", "SP-PUMP"])
        await submit(draft.id)
        const late = await rejectionOf(api.post(`/admin/purchase-requisitions/${draft.id}`, { reason: "later" }, purchaser))
        expect(late.response.status).toBe(400)
        expect(late.response.data.message).toContain("is approved and cannot be edited")
        const { data: orders } = await api.post("/admin/purchase-requisitions/convert", { requisition_ids: [draft.id] }, purchaser)
        expect(orders.purchase_orders).toHaveLength(1) // the suggested supplier offers both parts
        expect(orders.purchase_orders[0]).toMatchObject({ supplier_id: ulka.id })
      })

      it("replaces a draft purchase order's lines and recomputes its total", async () => {
        const [order] = await approvedOrderFor([pumpLine(5)])
        const { data } = await api.post(
          `/admin/purchase-orders/${order.id}`,
          { lines: [{ ...pumpLine(10), unit_price: 17 }] },
          purchaser
        )
        expect(data.purchase_order).toMatchObject({ total: 170 })
        expect(data.purchase_order.lines).toEqual([
          expect.objectContaining({ part_number: "SP-PUMP", quantity: 10, unit_price: 17 }),
        ])
      })
    })

    describe("cancellation at each step", () => {
      it("cancels requisitions in draft, pending and approved with a reason, and purchase orders before goods arrive", async () => {
        await rule({ min_amount: 100, approver_role: "approver" })
        const draft = await createRequisition([pumpLine(1)])
        const pending = await createRequisition([pumpLine(10)])
        await submit(pending.id)
        const approved = await createRequisition([pumpLine(2)])
        await submit(approved.id)
        const noReason = await rejectionOf(api.post(`/admin/purchase-requisitions/${draft.id}/cancel`, {}, purchaser))
        expect(noReason.response.status).toBe(400)
        for (const requisition of [draft, pending, approved]) {
          const { data } = await api.post(
            `/admin/purchase-requisitions/${requisition.id}/cancel`,
            { reason: "Part superseded" },
            purchaser
          )
          expect(data.purchase_requisition).toMatchObject({ status: "canceled", cancel_reason: "Part superseded", canceled_by: purchaser.id })
        }
        const again = await rejectionOf(
          api.post(`/admin/purchase-requisitions/${draft.id}/cancel`, { reason: "again" }, purchaser)
        )
        expect(again.response.status).toBe(400)
        expect(again.response.data.message).toContain("is canceled and cannot be canceled")

        const [draftOrder] = await approvedOrderFor([pumpLine(1)])
        const [placedOrder] = await approvedOrderFor([pumpLine(1)])
        await api.post(`/admin/purchase-orders/${placedOrder.id}/order`, {}, purchaser)
        for (const order of [draftOrder, placedOrder]) {
          const { data } = await api.post(`/admin/purchase-orders/${order.id}/cancel`, { reason: "Found stock elsewhere" }, purchaser)
          expect(data.purchase_order).toMatchObject({ status: "canceled", cancel_reason: "Found stock elsewhere" })
        }
        expect(await spareParts().listIncomingQuantities({ part_ids: [pump.id] })).toEqual([])
      })
    })

    describe("suppliers", () => {
      it("lists, filters, updates and deactivates suppliers; an inactive supplier gets no orders", async () => {
        const { data: list } = await api.get("/admin/suppliers?q=ulka", analyst)
        expect(list.suppliers.map((supplier: any) => supplier.code)).toEqual(["ULKA"])
        const { data: detail } = await api.get(`/admin/suppliers/${ulka.id}`, analyst)
        expect(detail.supplier.currency_code).toBe("eur")
        expect(detail.supplier.parts.map((offer: any) => offer.part.part_number).sort()).toEqual(["SP-BATT", "SP-PUMP"])
        const duplicate = await rejectionOf(api.post("/admin/suppliers", { code: "ULKA", name: "Other" }, purchaser))
        expect(duplicate.response.status).toBe(422)
        const badEmail = await rejectionOf(api.post("/admin/suppliers", { code: "X", name: "X", email: "nope" }, purchaser))
        expect(badEmail.response.status).toBe(400)
        const readOnly = await rejectionOf(api.post(`/admin/suppliers/${ulka.id}`, { name: "Hacked" }, analyst))
        expect(readOnly.response.status).toBe(403)

        const { data: deactivated } = await api.post(`/admin/suppliers/${voltcell.id}`, { is_active: false }, purchaser)
        expect(deactivated.supplier.is_active).toBe(false)
        expect(await auditActions(voltcell.id)).toEqual(["supplier.created", "supplier.deactivated"])
        const { data: active } = await api.get("/admin/suppliers?is_active=true", purchaser)
        expect(active.suppliers.map((supplier: any) => supplier.code)).toEqual(["ULKA"])
        const refused = await rejectionOf(
          api.post("/admin/purchase-orders", { supplier_id: voltcell.id, lines: [batteryLine(1)] }, purchaser)
        )
        expect(refused.response.status).toBe(400)
        expect(refused.response.data.message).toContain("inactive")
        // conversion now buys batteries from Ulka, the remaining offer
        const [order] = await approvedOrderFor([batteryLine(1)])
        expect(order).toMatchObject({ supplier_id: ulka.id, total: 45 })
      })

      it("computes on-time rate, lead time, quantity accuracy and damaged rate from receipts", async () => {
        const orderOne = (await approvedOrderFor([pumpLine(10)]))[0]
        const orderTwo = (await approvedOrderFor([pumpLine(10)]))[0]
        const now = Date.now()
        for (const order of [orderOne, orderTwo]) {
          await api.post(`/admin/purchase-orders/${order.id}`, { expected_at: new Date(now + 5 * DAY).toISOString() }, purchaser)
          await api.post(`/admin/purchase-orders/${order.id}/order`, {}, purchaser)
        }
        // on time: 2 days after ordering, all 10 good
        await api.post(
          `/admin/purchase-orders/${orderOne.id}/receipts`,
          { received_at: new Date(now + 2 * DAY).toISOString(), lines: [{ purchase_order_line_id: orderOne.lines[0].id, quantity_received: 10 }] },
          purchaser
        )
        // late: 8 days after ordering, 8 delivered of which 2 damaged, then closed short
        await api.post(
          `/admin/purchase-orders/${orderTwo.id}/receipts`,
          { received_at: new Date(now + 8 * DAY).toISOString(), lines: [{ purchase_order_line_id: orderTwo.lines[0].id, quantity_received: 8, quantity_damaged: 2 }] },
          purchaser
        )
        await api.post(`/admin/purchase-orders/${orderTwo.id}/close`, { reason: "Rest not available" }, purchaser)

        const { data } = await api.get(`/admin/suppliers/${ulka.id}`, purchaser)
        expect(data.supplier.performance).toMatchObject({
          orders_count: 2,
          receipts_count: 2,
          on_time_receipts: 1,
          on_time_rate: 0.5,
          lead_time_days_mean: 5,
          lead_time_days_p50: 5,
          quantity_accuracy: 0.8, // (10 + 6) of 20
          damaged_rate: 0.1111, // 2 of 18
        })
        const { data: list } = await api.get("/admin/suppliers", purchaser)
        expect(list.suppliers.find((supplier: any) => supplier.id === ulka.id).performance.on_time_rate).toBe(0.5)
      })
    })

    describe("stock alerts, documents and refusals", () => {
      it("raises a requisition from a stock alert with the quantity the reorder policy suggests, once", async () => {
        await spareParts().createReorderPolicies({
          part_id: pump.id,
          location_id: warehouse.id,
          method: "min_max",
          reorder_point: 4,
          min_quantity: 4,
          max_quantity: 20,
        } as any)
        const [alert] = await spareParts().createStockAlerts([
          { part_id: pump.id, location_id: warehouse.id, type: "stockout", available: 0, reorder_point: 4, suggested_quantity: 20, raised_at: new Date() },
        ] as any)
        const { data } = await api.post("/admin/purchase-requisitions", { alert_id: alert.id }, purchaser)
        expect(data.purchase_requisition).toMatchObject({
          status: "draft",
          alert_id: alert.id,
          supplier_id: ulka.id,
          lines: [expect.objectContaining({ part_id: pump.id, location_id: warehouse.id, quantity: 20 })],
        })
        const twice = await rejectionOf(api.post("/admin/purchase-requisitions", { alert_id: alert.id }, purchaser))
        expect(twice.response.status).toBe(400)
        expect(twice.response.data.message).toContain(`Requisition ${data.purchase_requisition.number}`)
      })

      it("prints a purchase order with company, supplier, lines, totals and expected date", async () => {
        const [order] = await approvedOrderFor([pumpLine(10)])
        await api.post(`/admin/purchase-orders/${order.id}/order`, {}, purchaser)
        const response = await api.get(`/admin/purchase-orders/${order.id}/document`, analyst)
        expect(response.headers["content-type"]).toContain("text/html")
        expect(response.data).toContain(`Purchase order ${order.number}`)
        expect(response.data).toContain("Ulka Pumps")
        expect(response.data).toContain("SP-PUMP")
        expect(response.data).toContain("EP5")
        expect(response.data).toContain("€185.00")
        expect(response.data).toContain("Hamburg warehouse")
        expect(response.data).toContain("30 days net")
        expect(response.data).toContain("@media print")
        const download = await api.get(`/admin/purchase-orders/${order.id}/document?download=true`, purchaser)
        expect(download.headers["content-disposition"]).toContain(`${order.number}.html`)
      })

      it("answers bad input with 400 and writes nothing", async () => {
        const cases: [string, Record<string, unknown>][] = [
          ["/admin/purchase-requisitions", { lines: [] }],
          ["/admin/purchase-requisitions", { lines: [{ part_id: pump.id, location_id: warehouse.id, quantity: 0 }] }],
          ["/admin/purchase-requisitions", { lines: [pumpLine(1)], extra: true }],
          ["/admin/purchase-requisitions", { lines: [{ part_id: "spart_missing", location_id: warehouse.id, quantity: 1 }] }],
          ["/admin/purchase-requisitions", { lines: [{ part_id: pump.id, location_id: "sloc_missing", quantity: 1 }] }],
          ["/admin/purchase-orders", { supplier_id: ulka.id, lines: [{ part_id: pump.id, location_id: warehouse.id, quantity: 1.5 }] }],
        ]
        for (const [url, body] of cases) {
          const error = await rejectionOf(api.post(url, body, purchaser))
          expect([url, error.response.status]).toEqual([url, 400])
        }
        const obsolete = await createBarePart(getContainer(), "SP-OLD", { status: "obsolete" })
        const old = await rejectionOf(
          api.post("/admin/purchase-requisitions", { lines: [{ part_id: obsolete.id, location_id: warehouse.id, quantity: 1 }] }, purchaser)
        )
        expect(old.response.data.message).toContain("Obsolete parts cannot be bought: SP-OLD.")
        const noOffer = await rejectionOf(
          api.post("/admin/purchase-orders", { supplier_id: voltcell.id, lines: [pumpLine(1)] }, purchaser)
        )
        expect(noOffer.response.data.message).toContain("Give a unit price for SP-PUMP")
        expect(await spareParts().listPurchaseRequisitions({})).toHaveLength(0)
        expect(await spareParts().listPurchaseOrders({})).toHaveLength(0)

        const [order] = await approvedOrderFor([pumpLine(5)])
        const notOrdered = await rejectionOf(
          api.post(`/admin/purchase-orders/${order.id}/receipts`, { lines: [{ purchase_order_line_id: order.lines[0].id, quantity_received: 1 }] }, purchaser)
        )
        expect(notOrdered.response.status).toBe(400)
        expect(notOrdered.response.data.message).toContain("is draft and cannot be received against")
        await api.post(`/admin/purchase-orders/${order.id}/order`, {}, purchaser)
        const edit = await rejectionOf(api.post(`/admin/purchase-orders/${order.id}`, { notes: "late edit" }, purchaser))
        expect(edit.response.status).toBe(400)
        const badLines = await rejectionOf(
          api.post(
            `/admin/purchase-orders/${order.id}/receipts`,
            { lines: [{ purchase_order_line_id: "poln_other", quantity_received: 1 }, { purchase_order_line_id: order.lines[0].id, quantity_received: 1, quantity_damaged: 2 }] },
            purchaser
          )
        )
        expect(badLines.response.status).toBe(400)
        expect(badLines.response.data.message).toContain("is not a line of this purchase order")
        expect(badLines.response.data.message).toContain("2 damaged is more than the 1 received")
        expect(await spareParts().listGoodsReceipts({})).toHaveLength(0)
        expect(await hostLevel(getContainer(), pump.inventory_item_id, warehouse.id)).toBeNull()
      })

      it("answers 403 naming the permission to roles without it", async () => {
        const denied = async (method: "get" | "post", url: string, auth: Staff, permission: string, body: unknown = {}) => {
          const error = await rejectionOf(method === "get" ? api.get(url, auth) : api.post(url, body, auth))
          expect([url, error.response.status]).toEqual([url, 403])
          expect(error.response.data.message).toContain(permission)
        }
        await denied("post", "/admin/purchase-requisitions", analyst, "purchasing:write", { lines: [pumpLine(1)] })
        await denied("post", "/admin/purchase-orders", approver, "purchasing:write", { supplier_id: ulka.id, lines: [pumpLine(1)] })
        await denied("post", "/admin/suppliers", approver, "suppliers:write", { code: "NEW", name: "New" })
        await denied("post", "/admin/approval-rules", purchaser, "settings:configure", { name: "x", document_type: "requisition", approver_role: "approver" })
        const outsider = await createStaffUser(getContainer(), api, "outsider@example.com", ["agent"])
        await denied("get", "/admin/purchase-orders", outsider, "purchasing:read")
        await denied("get", "/admin/suppliers", outsider, "suppliers:read")
        await denied("get", "/admin/purchase-requisitions", outsider, "purchasing:read")
      })
    })
  },
})
