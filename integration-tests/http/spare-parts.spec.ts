import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import SparePartsModuleService from "../../src/modules/spare-parts/service"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles } from "../helpers/admin"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }
    let partsManager: AuthHeaders & { id: string }
    let technician: AuthHeaders & { id: string }
    let agent: AuthHeaders & { id: string }
    let espresso: any
    let warehouse: any

    const spareParts = () => getContainer().resolve(SPARE_PARTS_MODULE) as SparePartsModuleService
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /** A host product with one managed-inventory variant, like a merchant's existing catalogue. */
    const hostProduct = async (title: string, sku: string) => {
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title,
              status: "published",
              options: [{ title: "Variant", values: ["Default"] }],
              variants: [
                {
                  title: "Default",
                  sku,
                  manage_inventory: true,
                  options: { Variant: "Default" },
                  prices: [{ currency_code: "eur", amount: 10 }],
                },
              ],
            },
          ],
        },
      })
      return result[0]
    }

    const partCount = async () => (await spareParts().listSpareParts({}, { select: ["id"] })).length

    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      partsManager = await createStaffUser(container, api, "parts@example.com", ["parts_manager"])
      technician = await createStaffUser(container, api, "technician@example.com", ["technician"])
      agent = await createStaffUser(container, api, "agent@example.com", ["agent"])
      espresso = await hostProduct("Aurora Espresso Machine", "AUR-ESP")
      const { result } = await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: "Main warehouse" }] },
      })
      warehouse = result[0]
    })

    describe("creating parts", () => {
      it("creates a sellable host product variant with an inventory item for a new part", async () => {
        const { data, status } = await api.post(
          "/admin/spare-parts",
          {
            part_number: "PUMP-15",
            name: "Pump 15 bar",
            model: "ULKA EX5",
            category: "pumps",
            unit_cost: 18.5,
            specifications: { pressure: "15 bar", voltage: "230 V" },
            compatible_product_ids: [espresso.id],
            price: 39,
            price_currency_code: "eur",
          },
          partsManager
        )
        expect(status).toBe(201)
        const part = data.spare_part
        expect(part).toMatchObject({
          part_number: "PUMP-15",
          status: "active",
          specifications: { pressure: "15 bar", voltage: "230 V" },
          compatible_product_ids: [espresso.id],
        })
        expect(part.variant_id).toBeTruthy()
        expect(part.product_variant.sku).toBe("PUMP-15")

        const {
          data: [variant],
        } = await query().graph({
          entity: "product_variant",
          fields: [
            "id",
            "sku",
            "manage_inventory",
            "product.status",
            "product.sales_channels.id",
            "prices.amount",
            "prices.currency_code",
            "inventory_items.inventory_item_id",
          ],
          filters: { id: part.variant_id },
        })
        expect(variant.manage_inventory).toBe(true)
        expect(variant.product!.status).toBe("published")
        expect(variant.inventory_items!.map((i: any) => i.inventory_item_id)).toEqual([part.inventory_item_id])
        expect(variant.prices!.map((p: any) => [p.currency_code, Number(p.amount)])).toEqual([["eur", 39]])
        const {
          data: [store],
        } = await query().graph({ entity: "store", fields: ["default_sales_channel_id"] })
        expect(variant.product!.sales_channels!.map((c: any) => c.id)).toEqual([store.default_sales_channel_id])

        // The host admin API sees the same product.
        const { data: product } = await api.get(`/admin/products/${part.product_id}`, admin)
        expect(product.product.variants[0].sku).toBe("PUMP-15")
      })

      it("links an existing variant and its inventory item, and refuses a second part on the same item", async () => {
        const product = await hostProduct("Burr grinder set", "BURR-1")
        const variantId = product.variants[0].id
        const { data } = await api.post(
          "/admin/spare-parts",
          { part_number: "BURR-1", name: "Burr set", variant_id: variantId },
          admin
        )
        const {
          data: [variant],
        } = await query().graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory_item_id"],
          filters: { id: variantId },
        })
        expect(data.spare_part).toMatchObject({
          variant_id: variantId,
          product_id: product.id,
          inventory_item_id: variant.inventory_items![0]!.inventory_item_id,
        })
        const error = await rejectionOf(
          api.post("/admin/spare-parts", { part_number: "BURR-2", name: "Burr set again", variant_id: variantId }, admin)
        )
        expect(error.response.status).toBe(422)
        expect(error.response.data.message).toContain("already belongs to spare part BURR-1")
      })

      it("answers 422 for a duplicate part number and creates no host product", async () => {
        await api.post("/admin/spare-parts", { part_number: "DUP-1", name: "First", price: 5 }, admin)
        const { data: before } = await api.get("/admin/products?limit=1", admin)
        const error = await rejectionOf(
          api.post("/admin/spare-parts", { part_number: "DUP-1", name: "Second", price: 5 }, admin)
        )
        expect(error.response.status).toBe(422)
        expect(error.response.data.message).toBe("Part number DUP-1 is already used by another spare part.")
        const { data: after } = await api.get("/admin/products?limit=1", admin)
        expect(after.count).toBe(before.count)
      })

      it("answers 400 for invalid input and writes nothing", async () => {
        const count = await partCount()
        for (const body of [
          { part_number: "BAD-1", name: "Negative cost", unit_cost: -1, price: 1 },
          { part_number: "BAD-2", name: "Unknown field", price: 1, colour: "red" },
          { part_number: "BAD-3", name: "No price and no link" },
          { part_number: "BAD-4", name: "Missing successor", price: 1, superseded_by_id: "spart_missing" },
          { part_number: "BAD-5", name: "Unknown product", price: 1, compatible_product_ids: ["prod_missing"] },
          { part_number: "BAD 6", name: "Space in number", price: 1 },
        ]) {
          const error = await rejectionOf(api.post("/admin/spare-parts", body, admin))
          expect([body.part_number, error.response.status]).toEqual([body.part_number, 400])
        }
        expect(await partCount()).toBe(count)
        const { data } = await api.get("/admin/products?q=BAD", admin)
        expect(data.count).toBe(0)
      })
    })

    describe("updating, superseding and deleting", () => {
      it("changes status and supersession, refusing self and circular supersession", async () => {
        const { data: a } = await api.post("/admin/spare-parts", { part_number: "SUP-A", name: "Old", price: 1 }, admin)
        const { data: b } = await api.post("/admin/spare-parts", { part_number: "SUP-B", name: "New", price: 1 }, admin)
        const { data } = await api.post(
          `/admin/spare-parts/${a.spare_part.id}`,
          { status: "phase_out", superseded_by_id: b.spare_part.id },
          admin
        )
        expect(data.spare_part).toMatchObject({ status: "phase_out", superseded_by_id: b.spare_part.id })

        const self = await rejectionOf(
          api.post(`/admin/spare-parts/${b.spare_part.id}`, { superseded_by_id: b.spare_part.id }, admin)
        )
        expect(self.response.status).toBe(400)
        expect(self.response.data.message).toBe("A part cannot supersede itself.")
        const circle = await rejectionOf(
          api.post(`/admin/spare-parts/${b.spare_part.id}`, { superseded_by_id: a.spare_part.id }, admin)
        )
        expect(circle.response.status).toBe(400)
        expect(circle.response.data.message).toContain("circle")
        const unchanged = await spareParts().retrieveSparePart(b.spare_part.id)
        expect(unchanged.superseded_by_id).toBeNull()
      })

      it("refuses to delete a part with stock on hand and deletes it without", async () => {
        const { data } = await api.post("/admin/spare-parts", { part_number: "DEL-1", name: "To delete", price: 1 }, admin)
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const [level] = await inventory.createInventoryLevels([
          { inventory_item_id: data.spare_part.inventory_item_id, location_id: warehouse.id, stocked_quantity: 3 },
        ])
        const error = await rejectionOf(api.delete(`/admin/spare-parts/${data.spare_part.id}`, admin))
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toContain("still has 3 units on hand")

        await inventory.updateInventoryLevels([{ id: level.id, inventory_item_id: level.inventory_item_id, location_id: warehouse.id, stocked_quantity: 0 }])
        const { data: deleted } = await api.delete(`/admin/spare-parts/${data.spare_part.id}`, admin)
        expect(deleted).toEqual({ id: data.spare_part.id, object: "spare_part", deleted: true })
        const missing = await rejectionOf(api.get(`/admin/spare-parts/${data.spare_part.id}`, admin))
        expect(missing.response.status).toBe(404)
      })
    })

    describe("supplier offers", () => {
      it("adds offers, keeps one preferred supplier per part, updates and removes", async () => {
        const [acme, bolt] = await spareParts().createSuppliers([
          { code: "ACME", name: "Acme Parts", currency_code: "eur", lead_time_days: 5 },
          { code: "BOLT", name: "Bolt Supply", currency_code: "usd", lead_time_days: 10 },
        ] as any)
        const { data: part } = await api.post("/admin/spare-parts", { part_number: "OFF-1", name: "Offered", price: 3 }, admin)
        const id = part.spare_part.id
        const { data: first, status } = await api.post(
          `/admin/spare-parts/${id}/suppliers`,
          { supplier_id: acme.id, supplier_part_number: "A-77", unit_price: 12.5, min_order_quantity: 10, pack_size: 5, is_preferred: true },
          partsManager
        )
        expect(status).toBe(201)
        expect(first.part_supplier).toMatchObject({
          supplier_part_number: "A-77",
          min_order_quantity: 10,
          pack_size: 5,
          is_preferred: true,
          currency_code: "eur",
          supplier: { code: "ACME" },
        })
        const { data: second } = await api.post(
          `/admin/spare-parts/${id}/suppliers`,
          { supplier_id: bolt.id, unit_price: 11, is_preferred: true },
          partsManager
        )
        expect(second.part_supplier.currency_code).toBe("usd")
        const { data: list } = await api.get(`/admin/spare-parts/${id}/suppliers`, admin)
        expect(
          list.part_suppliers.map((o: any) => [o.supplier.code, o.is_preferred]).sort()
        ).toEqual([["ACME", false], ["BOLT", true]])

        const { data: updated } = await api.post(
          `/admin/spare-parts/${id}/suppliers/${first.part_supplier.id}`,
          { unit_price: 12, lead_time_days: 4 },
          partsManager
        )
        expect(updated.part_supplier).toMatchObject({ lead_time_days: 4, is_preferred: false })
        expect(Number(updated.part_supplier.unit_price)).toBe(12)

        const bad = await rejectionOf(
          api.post(`/admin/spare-parts/${id}/suppliers`, { supplier_id: acme.id, unit_price: 1, pack_size: 0 }, partsManager)
        )
        expect(bad.response.status).toBe(400)

        await api.delete(`/admin/spare-parts/${id}/suppliers/${first.part_supplier.id}`, partsManager)
        const { data: detail } = await api.get(`/admin/spare-parts/${id}`, admin)
        expect(detail.spare_part.suppliers.map((o: any) => o.supplier.code)).toEqual(["BOLT"])

        const { data: bySupplier } = await api.get(`/admin/spare-parts?supplier_id=${bolt.id}`, admin)
        expect(bySupplier.spare_parts.map((p: any) => p.part_number)).toEqual(["OFF-1"])
      })
    })

    describe("reorder policies", () => {
      it("validates the numbers, upserts one policy per location and shows it on the part", async () => {
        const { data: part } = await api.post("/admin/spare-parts", { part_number: "ROP-1", name: "Reordered", price: 3 }, admin)
        const id = part.spare_part.id
        const bad = await rejectionOf(
          api.post(
            `/admin/spare-parts/${id}/reorder-policies`,
            { location_id: warehouse.id, reorder_point: 4, safety_stock: 6, max_quantity: 3 },
            partsManager
          )
        )
        expect(bad.response.status).toBe(400)
        expect(bad.response.data.message).toBe(
          "Invalid reorder policy: safety_stock (6) must not exceed reorder_point (4). reorder_point (4) must not exceed max_quantity (3)."
        )
        const unknownLocation = await rejectionOf(
          api.post(`/admin/spare-parts/${id}/reorder-policies`, { location_id: "sloc_missing", reorder_point: 1 }, partsManager)
        )
        expect(unknownLocation.response.status).toBe(400)
        expect(await spareParts().listReorderPolicies({ part_id: id } as any)).toEqual([])

        const { data: first } = await api.post(
          `/admin/spare-parts/${id}/reorder-policies`,
          { location_id: warehouse.id, reorder_point: 4, safety_stock: 2, max_quantity: 20 },
          partsManager
        )
        expect(first.reorder_policy).toMatchObject({ method: "reorder_point", reorder_point: 4, source: "manual" })
        const { data: second } = await api.post(
          `/admin/spare-parts/${id}/reorder-policies`,
          { location_id: warehouse.id, method: "min_max", min_quantity: 5, max_quantity: 25 },
          partsManager
        )
        expect(second.reorder_policy).toMatchObject({
          id: first.reorder_policy.id,
          method: "min_max",
          reorder_point: 5,
          min_quantity: 5,
          max_quantity: 25,
          safety_stock: 0,
        })
        const { data: detail } = await api.get(`/admin/spare-parts/${id}`, admin)
        expect(detail.spare_part.reorder_policies).toHaveLength(1)

        await api.delete(`/admin/spare-parts/${id}/reorder-policies/${first.reorder_policy.id}`, partsManager)
        const { data: list } = await api.get(`/admin/spare-parts/${id}/reorder-policies`, admin)
        expect(list.reorder_policies).toEqual([])
      })
    })

    describe("lists and permissions", () => {
      it("filters by status, category, text and compatible product", async () => {
        await api.post(
          "/admin/spare-parts",
          { part_number: "PUMP-15", name: "Pump 15 bar", category: "pumps", compatible_product_ids: [espresso.id], price: 39 },
          admin
        )
        await api.post("/admin/spare-parts", { part_number: "GSK-2", name: "Pump gasket", category: "seals", price: 2 }, admin)
        const { data: old } = await api.post("/admin/spare-parts", { part_number: "OLD-9", name: "Old valve", price: 2 }, admin)
        await api.post(`/admin/spare-parts/${old.spare_part.id}`, { status: "obsolete" }, admin)

        const { data } = await api.get("/admin/spare-parts?q=pump&category=pumps", admin)
        expect(data.spare_parts.map((p: any) => p.part_number)).toEqual(["PUMP-15"])
        const { data: text } = await api.get("/admin/spare-parts?q=pump", admin)
        expect(text.spare_parts.map((p: any) => p.part_number)).toEqual(["GSK-2", "PUMP-15"])
        const { data: compatible } = await api.get(`/admin/spare-parts?compatible_product_id=${espresso.id}`, admin)
        expect(compatible.spare_parts.map((p: any) => p.part_number)).toEqual(["PUMP-15"])
        const { data: obsolete } = await api.get("/admin/spare-parts?status=obsolete", admin)
        expect(obsolete.spare_parts.map((p: any) => p.part_number)).toEqual(["OLD-9"])
      })

      it("lets technicians and agents read parts but not change them", async () => {
        await api.post("/admin/spare-parts", { part_number: "READ-1", name: "Readable", price: 1 }, admin)
        const { data } = await api.get("/admin/spare-parts", technician)
        expect(data.spare_parts.map((p: any) => p.part_number)).toEqual(["READ-1"])
        for (const [who, request] of [
          [technician, () => api.post("/admin/spare-parts", { part_number: "NOPE-1", name: "No", price: 1 }, technician)],
          [agent, () => api.post(`/admin/spare-parts/${data.spare_parts[0].id}`, { name: "No" }, agent)],
          [agent, () => api.post(`/admin/spare-parts/${data.spare_parts[0].id}/reorder-policies`, { location_id: warehouse.id, reorder_point: 1 }, agent)],
        ] as const) {
          const error = await rejectionOf(request())
          expect(error.response.status).toBe(403)
          expect(who).toBeTruthy()
        }
        const error = await rejectionOf(api.get("/admin/spare-parts/export", technician))
        expect(error.response.status).toBe(403)
        expect(error.response.data.message).toContain('"spare_parts:export"')
      })
    })
  },
})
