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

    describe("CSV import and export", () => {
      const importCsv = (csv: string, extra: Record<string, unknown> = {}, who = partsManager) =>
        api.post("/admin/spare-parts/import", { csv, ...extra }, who)

      it("reports every bad row of a dry run (and of a real run) and writes nothing", async () => {
        await hostProduct("Burr grinder set", "BURR-LINK")
        const csv = [
          "part_number,name,unit_cost,status,sku,price,specifications,compatible_products,superseded_by",
          "CSV-1,Good part,1.5,active,,9,voltage=12 V,aurora-espresso-machine,",
          "CSV-2,No price,1,,,,,,",
          "CSV-3,,abc,retired,,1,,,",
          "CSV-4,Unknown handle,1,,,1,,no-such-product,",
          "CSV-5,Unknown successor,1,,,1,,,GONE-1",
          "CSV-1,Twice,1,,,1,,,",
        ].join("\n")
        const { data, status } = await importCsv(csv, { dry_run: true })
        expect(status).toBe(200)
        expect(data.import).toMatchObject({ dry_run: true, valid: false, written: false, rows: 6 })
        expect(data.import.errors).toEqual([
          { line: 3, message: "price is needed to create the product variant of new part CSV-2 (no variant has SKU CSV-2)." },
          { line: 4, message: "name is empty." },
          { line: 4, message: 'unit_cost must be a number of 0 or more with a "." for decimals (got "abc").' },
          { line: 4, message: 'status must be one of active, phase_out, obsolete (got "retired").' },
          { line: 5, message: "Unknown compatible product handles: no-such-product." },
          { line: 6, message: "Superseding part GONE-1 is neither in the file nor a known part." },
          { line: 7, message: "Part number CSV-1 appears twice (also on line 2)." },
        ])

        const error = await rejectionOf(importCsv(csv))
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toBe("7 problem(s) in the file; nothing was imported.")
        expect(error.response.data.import.errors).toHaveLength(7)
        expect(await partCount()).toBe(0)
        const { data: products } = await api.get("/admin/products?q=CSV", admin)
        expect(products.count).toBe(0)
      })

      it("creates and updates parts by part number, links existing SKUs, and the export imports back unchanged", async () => {
        const burr = await hostProduct("Burr grinder set", "BURR-LINK")
        await api.post("/admin/spare-parts", { part_number: "EXIST-1", name: "Existing", category: "old", price: 4 }, admin)
        const csv = [
          "part_number,name,model,category,unit_cost,status,sku,price,specifications,compatible_products,superseded_by",
          `EXIST-1,Existing renamed,M1,seals,2.25,phase_out,,,"size=12 mm;material=NBR",${espresso.handle},NEW-1`,
          "NEW-1,New part,,seals,3,active,,19.9,,,",
          "LINKED-1,Burr set,,burrs,7,active,BURR-LINK,,,,",
        ].join("\n")
        const { data: dry } = await importCsv(csv, { dry_run: true })
        expect(dry.import).toMatchObject({ valid: true, written: false, create: 2, update: 1, errors: [] })
        expect(await partCount()).toBe(1)

        const { data } = await importCsv(csv)
        expect(data.import).toMatchObject({ valid: true, written: true, create: 2, update: 1 })
        const { data: list } = await api.get("/admin/spare-parts?fields=part_number,name,status,category,specifications,superseded_by_id,variant_id,compatible_product_ids", admin)
        const byNumber = Object.fromEntries(list.spare_parts.map((p: any) => [p.part_number, p]))
        expect(byNumber["EXIST-1"]).toMatchObject({
          name: "Existing renamed",
          status: "phase_out",
          category: "seals",
          specifications: { size: "12 mm", material: "NBR" },
          superseded_by_id: byNumber["NEW-1"].id,
          compatible_product_ids: [espresso.id],
        })
        expect(byNumber["LINKED-1"].variant_id).toBe(burr.variants[0].id)
        const {
          data: [created],
        } = await query().graph({ entity: "product_variant", fields: ["sku", "manage_inventory"], filters: { id: byNumber["NEW-1"].variant_id } })
        expect(created).toMatchObject({ sku: "NEW-1", manage_inventory: true })

        const exported = await api.get("/admin/spare-parts/export", partsManager)
        expect(exported.headers["content-type"]).toContain("text/csv")
        expect(exported.data.split("\r\n")[0]).toBe(
          "part_number,name,model,category,description,unit_cost,currency_code,status,superseded_by,sku,price,specifications,compatible_products"
        )
        expect(exported.data).toContain(`EXIST-1,Existing renamed,M1,seals,,2.25,eur,phase_out,NEW-1,EXIST-1,,size=12 mm;material=NBR,${espresso.handle}`)
        const { data: again } = await importCsv(exported.data)
        expect(again.import).toMatchObject({ valid: true, create: 0, update: 3 })
        const { data: after } = await api.get("/admin/spare-parts?fields=part_number,name,status,category,specifications,superseded_by_id,variant_id,compatible_product_ids", admin)
        expect(after.spare_parts).toEqual(list.spare_parts)
      })

      it("imports supplier offers against known parts and suppliers, and exports them", async () => {
        await spareParts().createSuppliers([
          { code: "ACME", name: "Acme Parts" },
          { code: "BOLT", name: "Bolt Supply", currency_code: "usd" },
        ] as any)
        await api.post("/admin/spare-parts", { part_number: "OFFER-1", name: "Offered", price: 4 }, admin)
        const bad = [
          "part_number,supplier_code,supplier_part_number,unit_price,min_order_quantity,pack_size,is_preferred",
          "OFFER-1,ACME,A-1,10,5,5,true",
          "NOPE-1,NOPE,,1,1,1,",
          "OFFER-1,BOLT,,,1,1,",
        ].join("\n")
        const { data: dry } = await importCsv(bad, { type: "offers", dry_run: true })
        expect(dry.import.errors).toEqual([
          { line: 3, message: "Part NOPE-1 is not known." },
          { line: 3, message: "Supplier NOPE is not known." },
          { line: 4, message: "unit_price is needed for a new offer." },
        ])
        const good = bad.split("\n").filter((_, i) => i !== 2).join("\n").replace("OFFER-1,BOLT,,,1,1,", "OFFER-1,BOLT,B-9,9.5,1,10,")
        const { data } = await importCsv(good, { type: "offers" })
        expect(data.import).toMatchObject({ written: true, create: 2, update: 0 })
        const exported = await api.get("/admin/spare-parts/export?type=offers", partsManager)
        expect(exported.data).toBe(
          [
            "part_number,supplier_code,supplier_part_number,unit_price,currency_code,lead_time_days,min_order_quantity,pack_size,is_preferred",
            "OFFER-1,ACME,A-1,10,eur,,5,5,true",
            "OFFER-1,BOLT,B-9,9.5,usd,,1,10,false",
            "",
          ].join("\r\n")
        )
      })

      it("imports and exports suppliers by code", async () => {
        await spareParts().createSuppliers([{ code: "ACME", name: "Acme" }] as any)
        const csv = [
          "code,name,contact_name,email,currency_code,payment_terms,lead_time_days",
          "ACME,Acme Parts GmbH,Jana Roth,orders@acme.example,EUR,30 days net,4",
          "NEWCO,Newco,,sales@newco.example,usd,,12",
          "BAD,Bad,,not-mail,,,-1",
        ].join("\n")
        const { data: dry } = await api.post("/admin/suppliers/import", { csv, dry_run: true }, partsManager)
        expect(dry.import.errors.map((e: any) => e.line)).toEqual([4, 4])
        const { data } = await api.post("/admin/suppliers/import", { csv: csv.split("\n").slice(0, 3).join("\n") }, partsManager)
        expect(data.import).toMatchObject({ written: true, create: 1, update: 1 })
        const exported = await api.get("/admin/suppliers/export", admin)
        expect(exported.data.split("\r\n").slice(0, 3)).toEqual([
          "code,name,contact_name,email,phone,currency_code,payment_terms,lead_time_days,is_active,notes",
          "ACME,Acme Parts GmbH,Jana Roth,orders@acme.example,,eur,30 days net,4,true,",
          "NEWCO,Newco,,sales@newco.example,,usd,,12,true,",
        ])
        const denied = await rejectionOf(api.post("/admin/suppliers/import", { csv }, technician))
        expect(denied.response.status).toBe(403)
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
