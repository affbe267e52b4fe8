import { Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addMonths } from "../../src/lib/warranty/dates"
import { AFTERSALES_AUDIT_MODULE } from "../../src/modules/aftersales-audit"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import { SYSTEM_AUDIT_CONTEXT } from "../../src/workflows/audit/types"
import { syncOrderWarrantiesWorkflow } from "../../src/workflows/warranty/workflows/order-registrations"
import { processWarrantyExpiryWorkflow } from "../../src/workflows/warranty/workflows/settings-and-expiry"
import { backfillWarrantyRegistrations } from "../../src/scripts/backfill-warranty-registrations"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles, waitFor } from "../helpers/admin"
import {
  createSellablePart,
  createSellableStore,
  fulfilOrder,
  placeOrder,
  returnAsDamaged,
  SellableStore,
} from "../helpers/commerce"
import { createPublishableKey, createStoreCustomer, StoreCustomer } from "../helpers/storefront"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }
    let supervisor: AuthHeaders & { id: string }
    let partsManager: AuthHeaders & { id: string }
    let store: SellableStore
    let drill: Awaited<ReturnType<typeof createSellablePart>>
    let mixer: Awaited<ReturnType<typeof createSellablePart>>
    let extension: Awaited<ReturnType<typeof createSellablePart>>
    let anna: StoreCustomer
    let pierre: StoreCustomer
    let policies: Record<string, any>

    const warranty = () => getContainer().resolve<WarrantyModuleService>(WARRANTY_MODULE)
    const registrationsOf = (order_id: string) =>
      warranty().listWarrantyRegistrations({ order_id }, { take: null, order: { unit_index: "ASC" } })
    const auditActions = async (entity_id: string, action: string) =>
      (await getContainer().resolve<any>(AFTERSALES_AUDIT_MODULE).listAftersalesAuditLogEntries({ entity_id, action }))
        .length

    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      supervisor = await createStaffUser(container, api, "supervisor@example.com", ["supervisor"])
      partsManager = await createStaffUser(container, api, "parts@example.com", ["parts_manager"])
      store = await createSellableStore(container)
      drill = await createSellablePart(container, store, "DRILL-1", { stock: 50, price: 120 })
      mixer = await createSellablePart(container, store, "MIXER-1", { stock: 50, price: 300 })
      extension = await createSellablePart(container, store, "EXT-2Y", { stock: 50, price: 49 })
      const key = await createPublishableKey(container)
      anna = await createStoreCustomer(container, api, "anna@example.com", key)
      pierre = await createStoreCustomer(container, api, "pierre@example.com", key)

      const create = async (body: Record<string, unknown>) =>
        (await api.post("/admin/warranty-policies", body, admin)).data.warranty_policy
      policies = {
        fallback: await create({ name: "2 years on delivery", duration_months: 24, is_default: true, start_basis: "delivery_date" }),
        drill: await create({
          name: "Drill 12 months from shipping",
          duration_months: 12,
          coverage: "parts",
          start_basis: "fulfillment_date",
          product_ids: [drill.part.product_id],
        }),
        extended: await create({
          name: "+2 years",
          kind: "extended",
          duration_months: 24,
          sale_variant_ids: [extension.variantId],
        }),
      }
    })

    it("manages policies: one default, extended policies need a sale variant, writes need warranties:configure", async () => {
      const { data: second } = await api.post(
        "/admin/warranty-policies",
        { name: "New default", duration_months: 36, is_default: true },
        admin
      )
      const { data: old } = await api.get(`/admin/warranty-policies/${policies.fallback.id}`, admin)
      expect(old.warranty_policy.is_default).toBe(false)
      expect(second.warranty_policy.is_default).toBe(true)
      // switching back restores the original default
      await api.post(`/admin/warranty-policies/${policies.fallback.id}`, { is_default: true }, admin)
      const { data: list } = await api.get("/admin/warranty-policies?is_default=true", admin)
      expect(list.warranty_policies.map((p: any) => p.id)).toEqual([policies.fallback.id])
      await api.delete(`/admin/warranty-policies/${second.warranty_policy.id}`, admin)
      const { data: searched } = await api.get("/admin/warranty-policies?q=drill", supervisor)
      expect(searched.warranty_policies.map((p: any) => p.id)).toEqual([policies.drill.id])

      const noSale = await rejectionOf(
        api.post("/admin/warranty-policies", { name: "Ext", kind: "extended", duration_months: 12 }, admin)
      )
      expect(noSale.response.status).toBe(400)
      expect(noSale.response.data.message).toContain("sale variant")
      const forbidden = await rejectionOf(
        api.post("/admin/warranty-policies", { name: "X", duration_months: 12 }, supervisor)
      )
      expect(forbidden.response.status).toBe(403)
      const unreadable = await rejectionOf(api.get("/admin/warranty-policies", partsManager))
      expect(unreadable.response.status).toBe(403)
      expect(await auditActions(policies.drill.id, "warranty_policy.created")).toBe(1)
    })

    it("registers one unit per quantity from a real order and starts them at fulfilment and delivery", async () => {
      const container = getContainer()
      const order = await placeOrder(container, store, anna, [
        { variant_id: drill.variantId, quantity: 3 },
        { variant_id: mixer.variantId, quantity: 1 },
      ])
      const drillLine = order.items.find((item) => item.variant_id === drill.variantId)!
      const mixerLine = order.items.find((item) => item.variant_id === mixer.variantId)!
      const placed = await waitFor(async () => {
        const rows = await registrationsOf(order.id)
        return rows.length === 4 ? rows : null
      })
      const drillUnits = placed.filter((row) => row.line_item_id === drillLine.id)
      expect(drillUnits.map((row) => row.unit_index)).toEqual([1, 2, 3])
      expect(placed.every((row) => row.status === "pending" && row.customer_id === anna.id)).toBe(true)
      expect(drillUnits[0]).toEqual(
        expect.objectContaining({ customer_email: "anna@example.com", customer_name: "anna Tester", order_display_id: expect.any(Number) })
      )
      expect(drillUnits[0]).toEqual(
        expect.objectContaining({ kind: "standard", coverage: "parts", duration_months: 12, starts_at: null })
      )

      await fulfilOrder(container, store, order)
      const fulfilled = await waitFor(async () => {
        const rows = await registrationsOf(order.id)
        return rows.filter((row) => row.status === "active").length === 3 ? rows : null
      })
      const {
        data: [withFulfilments],
      } = await container.resolve("query").graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.created_at"],
        filters: { id: order.id },
      })
      const fulfilments = (withFulfilments as any).fulfillments as any[]
      expect(fulfilments).toHaveLength(1)
      const fulfilledAt = new Date(fulfilments[0].created_at)
      for (const row of fulfilled.filter((r) => r.line_item_id === drillLine.id)) {
        expect(new Date(row.starts_at!).toISOString()).toBe(fulfilledAt.toISOString())
        expect(new Date(row.ends_at!).toISOString()).toBe(addMonths(fulfilledAt, 12).toISOString())
      }
      expect(fulfilled.find((r) => r.line_item_id === mixerLine.id)!.status).toBe("pending")

      await markOrderFulfillmentAsDeliveredWorkflow(container).run({
        input: { orderId: order.id, fulfillmentId: fulfilments[0].id },
      })
      const delivered = await waitFor(async () => {
        const rows = await registrationsOf(order.id)
        const mixerRow = rows.find((r) => r.line_item_id === mixerLine.id)!
        return mixerRow.status === "active" ? mixerRow : null
      })
      const {
        data: [afterDelivery],
      } = await container.resolve("query").graph({
        entity: "order",
        fields: ["fulfillments.delivered_at"],
        filters: { id: order.id },
      })
      const deliveredAt = new Date((afterDelivery as any).fulfillments[0].delivered_at)
      expect(new Date(delivered.starts_at!).toISOString()).toBe(deliveredAt.toISOString())
      expect(new Date(delivered.ends_at!).toISOString()).toBe(addMonths(deliveredAt, 24).toISOString())

      // redelivered events and the backfill write nothing twice
      await syncOrderWarrantiesWorkflow(container).run({ input: { order_id: order.id, audit: SYSTEM_AUDIT_CONTEXT } })
      await backfillWarrantyRegistrations(container)
      expect(await registrationsOf(order.id)).toHaveLength(4)
      expect(await auditActions(drillUnits[0].id, "warranty.registered")).toBe(1)

      const { data } = await api.get(
        `/admin/warranties/entitlement?line_item_id=${drillLine.id}&unit_index=2`,
        supervisor
      )
      expect(data.entitlement).toEqual(
        expect.objectContaining({ status: "in_warranty", covered: true, coverage: "parts", covers_labour: false, reason: "covered" })
      )
      expect(data.registrations.map((r: any) => r.id)).toEqual([drillUnits[1].id])

      const { data: listed } = await api.get(`/admin/warranties?order_id=${order.id}&status=active`, supervisor)
      expect(listed.count).toBe(4)
      const { data: orderWidget } = await api.get(`/admin/warranties?q=${drill.part.part_number}`, supervisor)
      expect(orderWidget.warranties.length).toBeGreaterThanOrEqual(3)
    })

    it("extends the standard unit with a sold extended warranty and reports in / extended / expired", async () => {
      const container = getContainer()
      const order = await placeOrder(container, store, anna, [
        { variant_id: drill.variantId, quantity: 1 },
        { variant_id: extension.variantId, quantity: 1 },
      ])
      await waitFor(async () => ((await registrationsOf(order.id)).length === 2 ? true : null))
      await fulfilOrder(container, store, order)
      const rows = await waitFor(async () => {
        const all = await registrationsOf(order.id)
        return all.every((row) => row.status === "active") ? all : null
      })
      const standard = rows.find((row) => row.kind === "standard")!
      const extended = rows.find((row) => row.kind === "extended")!
      expect(extended.extends_registration_id).toBe(standard.id)
      expect(new Date(extended.starts_at!).toISOString()).toBe(new Date(standard.ends_at!).toISOString())
      expect(new Date(extended.ends_at!).toISOString()).toBe(addMonths(new Date(standard.ends_at!), 24).toISOString())

      const at = (date: Date) =>
        api.get(`/admin/warranties/entitlement?registration_id=${standard.id}&at=${date.toISOString()}`, admin)
      const start = new Date(standard.starts_at!)
      expect((await at(addMonths(start, 6))).data.entitlement.status).toBe("in_warranty")
      const ext = (await at(addMonths(start, 20))).data.entitlement
      expect(ext).toEqual(
        expect.objectContaining({ status: "extended", covered: true, covering_registration_id: extended.id, registration_id: standard.id })
      )
      expect((await at(addMonths(start, 37))).data.entitlement).toEqual(
        expect.objectContaining({ status: "out_of_warranty", covered: false, reason: "expired" })
      )
      const { data } = await api.get(`/admin/warranties/entitlement?registration_id=${standard.id}`, admin)
      expect(data.registrations.map((r: any) => r.id)).toEqual([standard.id, extended.id])
    })

    it("voids every unit when the order is canceled and the returned units newest first", async () => {
      const container = getContainer()
      const canceled = await placeOrder(container, store, anna, [{ variant_id: drill.variantId, quantity: 2 }])
      await waitFor(async () => ((await registrationsOf(canceled.id)).length === 2 ? true : null))
      await cancelOrderWorkflow(container).run({ input: { order_id: canceled.id } })
      const voided = await waitFor(async () => {
        const rows = await registrationsOf(canceled.id)
        return rows.every((row) => row.status === "voided") ? rows : null
      })
      expect(voided.map((row) => row.void_reason)).toEqual(["order_canceled", "order_canceled"])

      const returned = await placeOrder(container, store, anna, [{ variant_id: drill.variantId, quantity: 3 }])
      await waitFor(async () => ((await registrationsOf(returned.id)).length === 3 ? true : null))
      await fulfilOrder(container, store, returned)
      await waitFor(async () =>
        (await registrationsOf(returned.id)).every((row) => row.status === "active") ? true : null
      )
      await returnAsDamaged(container, store, returned.id, { id: returned.items[0].id, quantity: 2 })
      const after = await waitFor(async () => {
        const rows = await registrationsOf(returned.id)
        return rows.filter((row) => row.status === "voided").length === 2 ? rows : null
      })
      expect(after.map((row) => [row.unit_index, row.status, row.void_reason])).toEqual([
        [1, "active", null],
        [2, "voided", "returned"],
        [3, "voided", "returned"],
      ])
      const { data } = await api.get(`/admin/warranties/entitlement?line_item_id=${returned.items[0].id}&unit_index=3`, admin)
      expect(data.entitlement).toEqual(expect.objectContaining({ status: "out_of_warranty", reason: "voided" }))
    })

    it("registers units sold elsewhere, imports serials all-or-nothing and voids by staff", async () => {
      const { data: manual } = await api.post(
        "/admin/warranties",
        {
          customer_email: "walk-in@example.com",
          customer_name: "Walk In",
          product_title: "Mixer bought at a fair",
          serial_number: "MX-FAIR-1",
          purchased_at: new Date(Date.now() - 30 * 86400000).toISOString(),
        },
        supervisor
      )
      expect(manual.warranty).toEqual(
        expect.objectContaining({ source: "manual", status: "active", policy: expect.objectContaining({ id: policies.fallback.id }) })
      )
      const duplicate = await rejectionOf(
        api.post("/admin/warranties", { customer_email: "x@example.com", product_title: "X", serial_number: "MX-FAIR-1", purchased_at: "2026-01-01" }, supervisor)
      )
      expect(duplicate.response.status).toBe(400)
      expect(duplicate.response.data.message).toContain("already registered")

      const container = getContainer()
      const order = await placeOrder(container, store, pierre, [{ variant_id: drill.variantId, quantity: 2 }])
      const units = await waitFor(async () => {
        const rows = await registrationsOf(order.id)
        return rows.length === 2 ? rows : null
      })
      const displayId = units[0].order_display_id
      const before = (await warranty().listWarrantyRegistrations({}, { take: null })).length

      const bad = await rejectionOf(
        api.post(
          "/admin/warranties/import",
          {
            csv: `serial_number,order_display_id,sku,unit_index\nDR-1,${displayId},DRILL-1,1\nDR-2,${displayId},DRILL-1,7\n,${displayId},DRILL-1,2\n`,
          },
          supervisor
        )
      )
      expect(bad.response.status).toBe(400)
      expect(bad.response.data.import.errors).toEqual([
        { line: 3, message: `Order #${displayId} has no warranty registration for SKU DRILL-1 unit 7.` },
        { line: 4, message: "serial_number is empty." },
      ])
      expect((await warranty().listWarrantyRegistrations({ serial_number: "DR-1" })).length).toBe(0)

      const csv = [
        "serial_number,order_display_id,sku,unit_index,customer_email,product_title,purchased_at",
        `DR-1,${displayId},DRILL-1,1,,,`,
        `DR-2,${displayId},DRILL-1,2,,,`,
        `EXT-UNIT-9,,,,shop@example.com,Drill from a dealer,2025-12-01`,
      ].join("\n")
      const { data: dry } = await api.post("/admin/warranties/import", { csv, dry_run: true }, supervisor)
      expect(dry.import).toEqual(expect.objectContaining({ valid: true, written: false, assign: 2, create: 1 }))
      expect((await warranty().listWarrantyRegistrations({}, { take: null })).length).toBe(before)

      const { data: written } = await api.post("/admin/warranties/import", { csv }, supervisor)
      expect(written.import).toEqual(expect.objectContaining({ valid: true, written: true }))
      const assigned = await registrationsOf(order.id)
      expect(assigned.map((row) => row.serial_number)).toEqual(["DR-1", "DR-2"])
      const [dealerUnit] = await warranty().listWarrantyRegistrations({ serial_number: "EXT-UNIT-9" })
      expect(dealerUnit).toEqual(expect.objectContaining({ source: "import", customer_email: "shop@example.com" }))

      const { data: bySerial } = await api.get("/admin/warranties/entitlement?serial_number=DR-2", supervisor)
      expect(bySerial.entitlement.registration_id).toBe(assigned[1].id)

      const { data: renamed } = await api.post(`/admin/warranties/${assigned[1].id}`, { serial_number: "DR-2B" }, supervisor)
      expect(renamed.warranty.serial_number).toBe("DR-2B")

      const { data: voided } = await api.post(`/admin/warranties/${manual.warranty.id}/void`, { reason: "sold as demo unit" }, supervisor)
      expect(voided.warranty).toEqual(expect.objectContaining({ status: "voided", void_reason: "manual: sold as demo unit" }))
      const twice = await rejectionOf(api.post(`/admin/warranties/${manual.warranty.id}/void`, { reason: "again" }, supervisor))
      expect(twice.response.status).toBe(400)

      const { data: exported } = await api.get(`/admin/warranties/export?order_id=${order.id}`, supervisor)
      expect(exported.split("\r\n")[0]).toContain("serial_number")
      expect(exported).toContain("DR-1")
    })

    it("shows customers only their own warranties, and needs warranties:read in the admin", async () => {
      const container = getContainer()
      const order = await placeOrder(container, store, anna, [{ variant_id: mixer.variantId, quantity: 1 }])
      const [unit] = await waitFor(async () => {
        const rows = await registrationsOf(order.id)
        return rows.length === 1 ? rows : null
      })
      const { data: own } = await api.get("/store/warranties", { headers: anna.headers })
      expect(own.warranties.map((w: any) => w.id)).toContain(unit.id)
      expect(own.warranties.every((w: any) => w.entitlement && w.customer_id === undefined)).toBe(true)
      const { data: one } = await api.get(`/store/warranties/${unit.id}`, { headers: anna.headers })
      expect(one.warranty.entitlement).toEqual(expect.objectContaining({ status: "in_warranty", reason: "pending" }))

      const { data: theirs } = await api.get("/store/warranties", { headers: pierre.headers })
      expect(theirs.warranties.map((w: any) => w.id)).not.toContain(unit.id)
      const other = await rejectionOf(api.get(`/store/warranties/${unit.id}`, { headers: pierre.headers }))
      expect(other.response.status).toBe(404)

      const denied = await rejectionOf(api.get("/admin/warranties", partsManager))
      expect(denied.response.status).toBe(403)
      const deniedLookup = await rejectionOf(api.get("/admin/warranties/entitlement?serial_number=DR-1", partsManager))
      expect(deniedLookup.response.status).toBe(403)
      const deniedSettings = await rejectionOf(api.post("/admin/warranties/settings", { expiry_reminder_days: 10 }, supervisor))
      expect(deniedSettings.response.status).toBe(403)
    })

    it("raises warranty.expiring once and warranty.expired once, even with two runs at the same time", async () => {
      const container = getContainer()
      const { data: settings } = await api.post("/admin/warranties/settings", { expiry_reminder_days: 30 }, admin)
      expect(settings.warranty_settings).toEqual({ expiry_reminder_days: 30, notify_customers: true })
      const now = new Date()
      const { data: expiring } = await api.post(
        "/admin/warranties",
        { customer_id: anna.id, product_title: "Old mixer", serial_number: "EXP-SOON", purchased_at: addMonths(new Date(now.getTime() + 10 * 86400000), -24).toISOString() },
        admin
      )
      const { data: ending } = await api.post(
        "/admin/warranties",
        { customer_id: anna.id, product_title: "Older mixer", serial_number: "EXP-GONE", purchased_at: addMonths(new Date(now.getTime() + 3 * 86400000), -24).toISOString() },
        admin
      )
      // let the second one run out: move "now" 5 days ahead
      const later = new Date(now.getTime() + 5 * 86400000)
      await Promise.all([
        processWarrantyExpiryWorkflow(container).run({ input: { now: later } }),
        processWarrantyExpiryWorkflow(container).run({ input: { now: later } }),
      ])
      await processWarrantyExpiryWorkflow(container).run({ input: { now: later } })

      expect(await auditActions(expiring.warranty.id, "warranty.expiring")).toBe(1)
      expect(await auditActions(ending.warranty.id, "warranty.expired")).toBe(1)
      expect(await auditActions(ending.warranty.id, "warranty.expiring")).toBe(0)
      const [gone] = await warranty().listWarrantyRegistrations({ id: ending.warranty.id })
      expect(gone.status).toBe("expired")
      const [reminded] = await warranty().listWarrantyRegistrations({ id: expiring.warranty.id })
      expect(reminded.expiring_notified_at).not.toBeNull()
      const notifications = await container
        .resolve<any>(Modules.NOTIFICATION)
        .listNotifications({ resource_id: expiring.warranty.id })
      expect(notifications).toHaveLength(1)
      expect(notifications[0]).toEqual(expect.objectContaining({ to: "anna@example.com", template: "aftersales-warranty-expiring" }))
    })
  },
})
