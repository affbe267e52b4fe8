import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"
import { SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import { createSparePartsWorkflow } from "../../workflows/spare-parts/workflows/create-spare-parts"
import { importSparePartsWorkflow } from "../../workflows/spare-parts/workflows/import-spare-parts"
import { saveReorderPoliciesWorkflow } from "../../workflows/spare-parts/workflows/reorder-policies"
import { updateSparePartWorkflow } from "../../workflows/spare-parts/workflows/update-spare-part"

type DemoPart = {
  sku: string
  name: string
  model: string
  category: string
  unit_cost: number
  specifications: Record<string, string>
  compatible: string[]
}

/** The demo's spare-part products (seed-demo.ts), now part master records linked to their variants. */
const LINKED_PARTS: DemoPart[] = [
  {
    sku: "SP-AUR-PUMP",
    name: "Espresso machine water pump",
    model: "ULKA EP5",
    category: "pumps",
    unit_cost: 18.5,
    specifications: { pressure: "15 bar", voltage: "230 V", power: "48 W", flow_rate: "600 ml/min" },
    compatible: ["aurora-espresso-machine"],
  },
  {
    sku: "SP-AUR-BURR",
    name: "Grinder burr set (steel)",
    model: "CB-38",
    category: "grinder parts",
    unit_cost: 11.2,
    specifications: { material: "hardened steel", diameter: "38 mm", type: "conical" },
    compatible: ["aurora-espresso-machine"],
  },
  {
    sku: "SP-NIM-BATT",
    name: "Robot vacuum battery 14.4 V 5200 mAh",
    model: "NB-5200",
    category: "batteries",
    unit_cost: 27.9,
    specifications: { voltage: "14.4 V", capacity: "5200 mAh", chemistry: "Li-ion", cycles: "800" },
    compatible: ["nimbus-robot-vacuum"],
  },
  {
    sku: "SP-NIM-BRUSH",
    name: "Robot vacuum side brush (2-pack)",
    model: "SB-2",
    category: "brushes",
    unit_cost: 3.1,
    specifications: { bristles: "nylon", arms: "5", pack: "2 pieces" },
    compatible: ["nimbus-robot-vacuum"],
  },
  {
    sku: "SP-VLT-BRAKE",
    name: "E-scooter disc brake pads (pair)",
    model: "BP-120",
    category: "brakes",
    unit_cost: 4.6,
    specifications: { material: "semi-metallic", disc: "120 mm" },
    compatible: ["volt-city-e-scooter"],
  },
]

/** A new part created with its own host product: the ceramic successor of the steel burrs. */
const NEW_PART: Omit<DemoPart, "sku"> & { part_number: string; description: string; price: number; opening_stock: number } = {
  part_number: "SP-AUR-BURR-C",
  name: "Grinder burr set (ceramic)",
  description: "Ceramic conical burrs; replace the steel set SP-AUR-BURR, which is being phased out.",
  model: "CB-38C",
  category: "grinder parts",
  unit_cost: 14.8,
  price: 34,
  specifications: { material: "ceramic", diameter: "38 mm", type: "conical" },
  compatible: ["aurora-espresso-machine"],
  opening_stock: 6,
}

const SUPPLIERS_CSV = `code,name,contact_name,email,phone,currency_code,payment_terms,lead_time_days
ULKA,Ulka Componenti S.r.l.,Giulia Ferri,orders@ulka.example,+39 02 5550 1200,eur,30 days net,7
VOLTCELL,Voltcell Energy GmbH,Jan Hoffmann,vertrieb@voltcell.example,+49 711 555 300,eur,"14 days 2% discount, 30 days net",10
PARTSHUB,PartsHub Europe B.V.,Sanne de Boer,purchasing@partshub.example,+31 20 555 7788,eur,45 days net,5
`

const OFFERS_CSV = `part_number,supplier_code,supplier_part_number,unit_price,lead_time_days,min_order_quantity,pack_size,is_preferred
SP-AUR-PUMP,ULKA,EP5-230V,16.90,7,5,5,true
SP-AUR-PUMP,PARTSHUB,PH-77120,18.90,4,1,1,false
SP-AUR-BURR,PARTSHUB,PH-33810,9.80,5,2,1,true
SP-AUR-BURR-C,PARTSHUB,PH-33815,13.50,6,2,1,true
SP-NIM-BATT,VOLTCELL,VC-1452,24.50,10,10,10,true
SP-NIM-BATT,PARTSHUB,PH-90452,27.00,5,1,1,false
SP-NIM-BRUSH,PARTSHUB,PH-50002,2.40,5,20,10,true
SP-VLT-BRAKE,PARTSHUB,PH-12020,3.90,5,10,2,true
`

/** At the Hamburg warehouse; the brake pads (3 in stock) sit below their reorder point of 8. */
const POLICIES = [
  { part_number: "SP-AUR-PUMP", method: "reorder_point" as const, reorder_point: 8, safety_stock: 3, max_quantity: 30 },
  { part_number: "SP-AUR-BURR-C", method: "reorder_point" as const, reorder_point: 4, safety_stock: 2, max_quantity: 12 },
  { part_number: "SP-NIM-BATT", method: "min_max" as const, min_quantity: 6, safety_stock: 2, max_quantity: 24 },
  { part_number: "SP-NIM-BRUSH", method: "order_up_to" as const, reorder_point: 15, safety_stock: 10, max_quantity: 80 },
  { part_number: "SP-VLT-BRAKE", method: "reorder_point" as const, reorder_point: 8, safety_stock: 4, max_quantity: 30 },
]

async function runImport(container: MedusaContainer, type: "suppliers" | "offers", csv: string) {
  const { result } = await importSparePartsWorkflow(container).run({
    input: { type, csv, audit: SYSTEM_AUDIT_CONTEXT },
  })
  if (!result.written) {
    throw new Error(`Demo ${type} import failed: ${JSON.stringify(result.errors)}`)
  }
}

/**
 * Spare-parts master data for the demo: the five spare-part products become parts (linked to
 * their variants and inventory items) with categories, specifications and compatible
 * appliances; a ceramic burr set is created with its own product and supersedes the steel one
 * (now phase-out); three suppliers and their offers come in through the CSV import; reorder
 * policies at the Hamburg warehouse leave the brake pads below their reorder point. Later
 * seeds (stock, procurement, sales) run after it. Does nothing when parts exist already.
 */
export async function seedSpareParts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  if ((await spareParts.listSpareParts({}, { take: 1 })).length) {
    return
  }
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  const hamburg = locations.find((location) => location.name.includes("Hamburg")) ?? locations[0]
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
  const productId = (handle: string) => products.find((product) => product.handle === handle)?.id
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: LINKED_PARTS.map((part) => part.sku) },
  })
  const linked = LINKED_PARTS.filter((part) => variants.some((variant) => variant.sku === part.sku))

  const { result: created } = await createSparePartsWorkflow(container).run({
    input: {
      spare_parts: [
        ...linked.map(({ sku, compatible, ...part }) => ({
          ...part,
          part_number: sku,
          variant_id: variants.find((variant) => variant.sku === sku)!.id,
          compatible_product_ids: compatible.map(productId).filter((id): id is string => !!id),
        })),
        {
          part_number: NEW_PART.part_number,
          name: NEW_PART.name,
          description: NEW_PART.description,
          model: NEW_PART.model,
          category: NEW_PART.category,
          unit_cost: NEW_PART.unit_cost,
          specifications: NEW_PART.specifications,
          price: NEW_PART.price,
          compatible_product_ids: NEW_PART.compatible.map(productId).filter((id): id is string => !!id),
        },
      ],
      audit: SYSTEM_AUDIT_CONTEXT,
    },
  })
  const byNumber = new Map(created.map((part) => [part.part_number, part]))
  const ceramic = byNumber.get(NEW_PART.part_number)!
  if (hamburg) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: [
          { inventory_item_id: ceramic.inventory_item_id, location_id: hamburg.id, stocked_quantity: NEW_PART.opening_stock },
        ],
      },
    })
  }
  const steel = byNumber.get("SP-AUR-BURR")
  if (steel) {
    await updateSparePartWorkflow(container).run({
      input: {
        spare_part: { id: steel.id, status: "phase_out", superseded_by_id: ceramic.id },
        audit: SYSTEM_AUDIT_CONTEXT,
      },
    })
  }

  await runImport(container, "suppliers", SUPPLIERS_CSV)
  const knownNumbers = new Set(byNumber.keys())
  await runImport(
    container,
    "offers",
    OFFERS_CSV.split("\n")
      .filter((line, index) => index === 0 || (line && knownNumbers.has(line.split(",")[0])))
      .join("\n")
  )

  if (hamburg) {
    await saveReorderPoliciesWorkflow(container).run({
      input: {
        policies: POLICIES.filter((policy) => byNumber.has(policy.part_number)).map(({ part_number, ...policy }) => ({
          ...policy,
          part_id: byNumber.get(part_number)!.id,
          location_id: hamburg.id,
        })),
        audit: SYSTEM_AUDIT_CONTEXT,
      },
    })
  }
  logger.info(`Spare parts seeded: ${created.length} parts, 3 suppliers, reorder policies at ${hamburg?.name ?? "no location"}.`)
}
