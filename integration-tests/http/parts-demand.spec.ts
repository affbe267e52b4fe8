import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import forecastSpareParts from "../../src/jobs/forecast-spare-parts"
import { REPAIR_MODULE } from "../../src/modules/repair"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import SparePartsModuleService from "../../src/modules/spare-parts/service"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles, waitFor } from "../helpers/admin"
import {
  createCustomer,
  createSellablePart,
  createSellableStore,
  fulfilOrder,
  placeOrder,
  SellableStore,
} from "../helpers/commerce"
import { hostLevel } from "../helpers/stock"

jest.setTimeout(300 * 1000)

const monthStart = (monthsAgo: number) => {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let manager: AuthHeaders & { id: string }
    let agent: AuthHeaders & { id: string }
    let store: SellableStore
    let valve: Awaited<ReturnType<typeof createSellablePart>>
    let customer: { id: string; email: string }

    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      await createStaffUser(container, api, "admin@example.com", ["admin"])
      manager = await createStaffUser(container, api, "parts@example.com", ["parts_manager"])
      agent = await createStaffUser(container, api, "agent@example.com", ["agent"])
      store = await createSellableStore(container)
      valve = await createSellablePart(container, store, "VLV-300", { stock: 50, price: 25 })
      customer = (await createCustomer(container, "buyer@example.com")) as any
    })

    const spareParts = (): SparePartsModuleService => getContainer().resolve(SPARE_PARTS_MODULE)
    const saleRows = () => spareParts().listStockMovements({ part_id: valve.part.id, type: "sale" })

    describe("parts sales", () => {
      it("records a sale row per fulfilment without touching host stock again, once", async () => {
        const container = getContainer()
        const order = await placeOrder(container, store, customer, [{ variant_id: valve.variantId, quantity: 2 }])
        const fulfillment = await fulfilOrder(container, store, order)
        const [row] = await waitFor(async () => {
          const rows = await saleRows()
          return rows.length ? rows : null
        })
        expect(row).toEqual(
          expect.objectContaining({
            quantity: -2,
            location_id: store.location.id,
            reference_type: "order",
            reference_id: order.id,
            metadata: expect.objectContaining({ fulfillment_id: fulfillment.id, revenue: 50, currency_code: "eur" }),
          })
        )
        // The host's fulfilment took the 2 units; recording the sale did not take them again.
        expect(await hostLevel(container, valve.inventoryItemId, store.location.id)).toEqual({ stocked: 48, reserved: 0 })

        // The same event again, and a backfill over all orders, add nothing.
        await container
          .resolve(Modules.EVENT_BUS)
          .emit({ name: "order.fulfillment_created", data: { order_id: order.id, fulfillment_id: fulfillment.id } })
        const { data: started } = await api.post("/admin/spare-parts/sales-backfill", {}, manager)
        expect(started.sales_backfill_run).toEqual(expect.objectContaining({ status: "running", total: 1 }))
        const finished = await waitFor(async () => {
          const { data } = await api.get("/admin/spare-parts/sales-backfill", manager)
          return data.sales_backfill_run.status === "succeeded" ? data.sales_backfill_run : null
        })
        expect(finished).toEqual(expect.objectContaining({ processed: 1, changed: 0 }))
        expect(await saleRows()).toHaveLength(1)

        const { data: sales } = await api.get(`/admin/spare-parts/${valve.part.id}/sales`, manager)
        expect(sales.totals).toEqual({ quantity: 2, orders: 1, revenue: { eur: 50 } })
        expect(sales.sales[0]).toEqual(
          expect.objectContaining({ order_id: order.id, fulfillment_id: fulfillment.id, quantity: 2, order_display_id: expect.any(Number) })
        )
      })

      it("backfills sales of fulfilments made before the plugin listened", async () => {
        const container = getContainer()
        const order = await placeOrder(container, store, customer, [{ variant_id: valve.variantId, quantity: 3 }])
        await fulfilOrder(container, store, order)
        await waitFor(async () => ((await saleRows()).length ? true : null))
        // Simulate history from before the installation: the ledger has no row for it yet.
        await container
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(`alter table stock_movement disable trigger user; delete from stock_movement where type = 'sale'; alter table stock_movement enable trigger user;`)
        expect(await saleRows()).toHaveLength(0)
        await api.post("/admin/spare-parts/sales-backfill", {}, manager)
        const finished = await waitFor(async () => {
          const { data } = await api.get("/admin/spare-parts/sales-backfill", manager)
          return data.sales_backfill_run.status === "succeeded" ? data.sales_backfill_run : null
        })
        expect(finished.changed).toBe(1)
        expect((await saleRows()).map((row) => row.quantity)).toEqual([-3])
      })

      it("creates a parts quote as a host draft order for the customer", async () => {
        const { data } = await api.post(
          "/admin/spare-parts/quotes",
          {
            customer_id: customer.id,
            region_id: store.region.id,
            sales_channel_id: store.salesChannel.id,
            lines: [{ part_id: valve.part.id, quantity: 2 }, { part_id: valve.part.id, quantity: 1 }],
          },
          manager
        )
        expect(data.draft_order).toEqual(
          expect.objectContaining({
            is_draft_order: true,
            status: "draft",
            customer_id: customer.id,
            email: "buyer@example.com",
            currency_code: "eur",
          })
        )
        expect(data.draft_order.items).toEqual([
          expect.objectContaining({ variant_id: valve.variantId, quantity: 3, unit_price: 25 }),
        ])
        const { data: drafts } = await api.get(`/admin/draft-orders/${data.draft_order.id}`, manager)
        expect(drafts.draft_order.id).toBe(data.draft_order.id)

        const unknownPart = await rejectionOf(
          api.post(
            "/admin/spare-parts/quotes",
            { customer_id: customer.id, region_id: store.region.id, lines: [{ part_id: "spart_missing", quantity: 1 }] },
            manager
          )
        )
        expect(unknownPart.response.status).toBe(404)
        const badBody = await rejectionOf(
          api.post("/admin/spare-parts/quotes", { customer_id: customer.id, region_id: store.region.id, lines: [] }, manager)
        )
        expect(badBody.response.status).toBe(400)
        const forbidden = await rejectionOf(
          api.post(
            "/admin/spare-parts/quotes",
            { customer_id: customer.id, region_id: store.region.id, lines: [{ part_id: valve.part.id, quantity: 1 }] },
            agent
          )
        )
        expect(forbidden.response.status).toBe(403)
      })
    })

    describe("demand history", () => {
      it("aggregates repair consumption and sales per period, zeros for quiet periods, without reversal pairs", async () => {
        const ledger = spareParts()
        const base = {
          part_id: valve.part.id,
          inventory_item_id: valve.inventoryItemId,
          location_id: store.location.id,
          actor_type: "system",
        }
        const [issued] = await ledger.createStockMovements([
          { ...base, type: "issue", quantity: -3, reference_type: "repair_order", reference_id: "rep_1", occurred_at: new Date("2026-01-10T10:00:00Z") },
          { ...base, type: "return_to_stock", quantity: 1, reference_type: "repair_order", reference_id: "rep_1", occurred_at: new Date("2026-01-20T10:00:00Z") },
          { ...base, type: "sale", quantity: -2, reference_type: "order", reference_id: "order_x", occurred_at: new Date("2026-02-03T10:00:00Z"), metadata: { fulfillment_id: "ful_x" } },
          { ...base, type: "issue", quantity: -5, reference_type: "repair_order", reference_id: "rep_2", occurred_at: new Date("2026-03-05T10:00:00Z") },
          { ...base, type: "receipt", quantity: 10, reference_type: "goods_receipt", reference_id: "gr_1", occurred_at: new Date("2026-03-06T10:00:00Z") },
        ] as any)
        const march = (await ledger.listStockMovements({ reference_id: "rep_2" }))[0]
        await ledger.createStockMovements([
          { ...base, type: "issue", quantity: 5, reference_type: "repair_order", reference_id: "rep_2", occurred_at: new Date("2026-03-05T11:00:00Z"), metadata: { reversal_of: march.id } },
        ] as any)
        expect(issued).toBeTruthy()

        const { data } = await api.get(
          `/admin/spare-parts/${valve.part.id}/demand?period=month&from=2026-01-01&to=2026-04-30`,
          manager
        )
        expect(data.demand).toEqual([
          { period_start: "2026-01-01", repair: 2, sales: 0, other: 0, total: 2 },
          { period_start: "2026-02-01", repair: 0, sales: 2, other: 0, total: 2 },
          { period_start: "2026-03-01", repair: 0, sales: 0, other: 0, total: 0 },
          { period_start: "2026-04-01", repair: 0, sales: 0, other: 0, total: 0 },
        ])

        const { data: csv, headers } = await api.get(
          "/admin/spare-parts/demand/export?period=month&from=2026-01-01&to=2026-03-31",
          manager
        )
        expect(headers["content-type"]).toMatch(/text\/csv/)
        expect(csv).toBe("part_number,2026-01-01,2026-02-01,2026-03-01\nVLV-300,2,2,0\n")

        const badPeriod = await rejectionOf(api.get(`/admin/spare-parts/${valve.part.id}/demand?period=year`, manager))
        expect(badPeriod.response.status).toBe(400)
        const missing = await rejectionOf(api.get(`/admin/spare-parts/spart_missing/demand`, manager))
        expect(missing.response.status).toBe(404)
      })
    })

    describe("forecasting", () => {
      it("the nightly job stores forecasts and moves a follow-forecast policy, leaving a manual one alone", async () => {
        const container = getContainer()
        const ledger = spareParts()
        const seal = await createSellablePart(container, store, "SEAL-10", { stock: 4 })
        // 24 months of repair consumption: 2 to 5 seals a month.
        const monthly = [3, 2, 4, 3, 5, 2, 3, 4, 3, 2, 4, 5, 3, 2, 4, 3, 5, 3, 2, 4, 3, 4, 3, 5]
        await ledger.createStockMovements(
          monthly.map((quantity, index) => ({
            part_id: seal.part.id,
            inventory_item_id: seal.inventoryItemId,
            location_id: store.location.id,
            type: "issue",
            quantity: -quantity,
            reference_type: "repair_order",
            reference_id: `rep_${index}`,
            occurred_at: new Date(monthStart(monthly.length - index).getTime() + 5 * 86_400_000),
            actor_type: "system",
          })) as any
        )
        const [following] = await ledger.createReorderPolicies([
          { part_id: seal.part.id, location_id: store.location.id, reorder_point: 1, safety_stock: 0, follow_forecast: true },
        ] as any)
        const [manual] = await ledger.createReorderPolicies([
          { part_id: valve.part.id, location_id: store.location.id, reorder_point: 7, safety_stock: 2, follow_forecast: false },
        ] as any)

        await forecastSpareParts(container)

        const forecasts = await ledger.listPartForecasts({ part_id: seal.part.id })
        expect(forecasts).toHaveLength(2)
        const whole = forecasts.find((row) => row.location_id === null)!
        const atWarehouse = forecasts.find((row) => row.location_id === store.location.id)!
        expect(whole).toEqual(
          expect.objectContaining({
            period: "month",
            horizon: 12,
            demand_class: "smooth",
            service_level: 0.95,
            lead_time_days: 14,
            history_periods: expect.any(Number),
          })
        )
        expect(whole.method).toMatch(/^auto\(/)
        const values = whole.forecast as unknown as number[]
        expect(values).toHaveLength(12)
        for (const value of values) {
          expect(value).toBeGreaterThan(1.5)
          expect(value).toBeLessThan(6)
        }
        expect((whole.lower as unknown as number[])[0]).toBeLessThanOrEqual(values[0])
        expect((whole.upper as unknown as number[])[0]).toBeGreaterThanOrEqual(values[0])
        expect(whole.backtest_rmsse).toEqual(expect.any(Number))
        expect(atWarehouse.reorder_point).toBeGreaterThan(0)

        const policy = await ledger.retrieveReorderPolicy(following.id)
        expect(policy).toEqual(
          expect.objectContaining({ source: "forecast", reorder_point: atWarehouse.reorder_point })
        )
        expect(policy.safety_stock).toBeLessThanOrEqual(policy.reorder_point)
        const untouched = await ledger.retrieveReorderPolicy(manual.id)
        expect(untouched).toEqual(expect.objectContaining({ source: "manual", reorder_point: 7, safety_stock: 2 }))
        const valveForecast = await ledger.listPartForecasts({ part_id: valve.part.id, location_id: store.location.id })
        expect(valveForecast).toHaveLength(1)

        // The part page and the overview read them back; 4 seals in stock against ~7 over 2 weeks is short.
        const { data: partForecasts } = await api.get(`/admin/spare-parts/${seal.part.id}/forecast`, manager)
        expect(partForecasts.part_forecasts[0].location_id).toBeNull()
        const { data: overview } = await api.get("/admin/spare-parts/forecast", manager)
        const sealRow = overview.parts.find((row: any) => row.part_id === seal.part.id)
        expect(sealRow).toEqual(expect.objectContaining({ available: 4, incoming: 0, lead_time_days: 14 }))
        expect(sealRow.demand_over_lead_time).toBeGreaterThan(0)
        expect(overview.forecast_run).toEqual(expect.objectContaining({ status: "succeeded", trigger: "nightly" }))

        // The per-part action recomputes just that part.
        const { data: recomputed } = await api.post(`/admin/spare-parts/${seal.part.id}/forecast`, {}, manager)
        expect(recomputed.part_forecasts).toHaveLength(2)
        expect(await ledger.listPartForecasts({ part_id: seal.part.id })).toHaveLength(2)
        const forbidden = await rejectionOf(api.post(`/admin/spare-parts/${seal.part.id}/forecast`, {}, agent))
        expect(forbidden.response.status).toBe(403)
      })

      it("forward signals lift the forecast for parts planned on open repairs and a grown installed base", async () => {
        const container = getContainer()
        const ledger = spareParts()
        const repair = container.resolve(REPAIR_MODULE)
        const warranty = container.resolve(WARRANTY_MODULE)
        const washer = await createSellablePart(container, store, "WASHER-900", { stock: 40 })
        const pump = await createSellablePart(container, store, "PUMP-77", { stock: 3 })
        await ledger.updateSpareParts({ id: pump.part.id, compatible_product_ids: [washer.part.product_id] } as any)
        const [policy] = await warranty.createWarrantyPolicies([
          {
            name: "Washer 2 years",
            duration_months: 24,
            coverage: "parts_and_labour",
            product_ids: [washer.part.product_id],
            collection_ids: [],
            type_ids: [],
            tag_ids: [],
            variant_ids: [],
            sale_variant_ids: [],
          },
        ] as any)
        const registration = (startsAt: Date, index: number) => ({
          policy_id: policy.id,
          source: "manual",
          status: "active",
          product_id: washer.part.product_id,
          product_title: "Washer",
          serial_number: `WSH-${index}`,
          coverage: "parts_and_labour",
          duration_months: 24,
          purchased_at: startsAt,
          starts_at: startsAt,
          ends_at: new Date(Date.UTC(startsAt.getUTCFullYear() + 2, startsAt.getUTCMonth(), startsAt.getUTCDate())),
        })
        // 10 washers under warranty for the whole year; one in-warranty pump repair a month.
        const washers = await warranty.createWarrantyRegistrations(
          Array.from({ length: 10 }, (_, index) => registration(monthStart(14), index)) as any
        )
        const warrantyRepairs = await repair.createRepairOrders(
          Array.from({ length: 12 }, (_, index) => ({
            number: `RO-FS-${index}`,
            pipeline_key: "repair_order",
            stage: "closed",
            stage_category: "closed",
            warranty_status: "in_warranty",
            warranty_registration_id: washers[index % washers.length].id,
            product_id: washer.part.product_id,
            product_category_ids: [],
            fault_codes: [],
            fault_description: "Pump does not drain",
          })) as any
        )
        await ledger.createStockMovements(
          warrantyRepairs.map((row: any, index: number) => ({
            part_id: pump.part.id,
            inventory_item_id: pump.inventoryItemId,
            location_id: store.location.id,
            type: "issue",
            quantity: -1,
            reference_type: "repair_order",
            reference_id: row.id,
            occurred_at: new Date(monthStart(12 - index).getTime() + 3 * 86_400_000),
            actor_type: "system",
          })) as any
        )

        await forecastSpareParts(container)
        const before = (await ledger.listPartForecasts({ part_id: pump.part.id, location_id: null }))[0]
        const steady = before.signals as any
        expect(steady.installed_base.units_under_warranty).toBe(10)
        // The steady base is already in the history: it adds next to nothing.
        expect(steady.installed_base.added[0]).toBeLessThan(0.2)
        expect(steady.planned_repairs.planned_units).toBe(0)

        // 30 more washers sold this month, and an open repair that plans 6 pumps.
        await warranty.createWarrantyRegistrations(
          Array.from({ length: 30 }, (_, index) => registration(monthStart(0), 100 + index)) as any
        )
        const [open] = await repair.createRepairOrders([
          {
            number: "RO-FS-OPEN",
            pipeline_key: "repair_order",
            stage: "awaiting_parts",
            stage_category: "waiting",
            warranty_status: "in_warranty",
            product_category_ids: [],
            fault_codes: [],
            fault_description: "Pumps of a batch fail",
          },
        ] as any)
        await repair.createRepairPartLines([
          {
            repair_order_id: open.id,
            spare_part_id: pump.part.id,
            part_number: "PUMP-77",
            name: "Pump",
            location_id: store.location.id,
            quantity: 6,
            status: "reserved",
          },
        ] as any)

        const { data } = await api.post(`/admin/spare-parts/${pump.part.id}/forecast`, {}, manager)
        const whole = data.part_forecasts.find((row: any) => row.location_id === null)
        const atWarehouse = data.part_forecasts.find((row: any) => row.location_id === store.location.id)
        expect(whole.signals.planned_repairs).toEqual(expect.objectContaining({ open_lines: 1, planned_units: 6 }))
        expect(whole.forecast[0]).toBeGreaterThanOrEqual(6)
        expect(whole.signals.installed_base.units_under_warranty).toBe(40)
        // 40 units failing like the 10 did: about 3 more pumps a month than the history holds.
        expect(whole.signals.installed_base.added[1]).toBeGreaterThan(2)
        expect(whole.forecast[1]).toBeGreaterThan((before.forecast as unknown as number[])[1] + 2)
        expect(whole.signals.added_demand).toBeGreaterThan(10)
        expect(atWarehouse.signals.planned_repairs.planned_units).toBe(6)
        expect(atWarehouse.reorder_point).toBeGreaterThan(
          (await ledger.listPartForecasts({ part_id: pump.part.id, location_id: store.location.id }, { withDeleted: true }))
            .find((row: any) => row.deleted_at)!.reorder_point
        )
      })
    })
  },
})
