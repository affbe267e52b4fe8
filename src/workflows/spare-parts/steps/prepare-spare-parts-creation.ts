import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type SparePartMasterData = {
  part_number: string
  name: string
  model?: string | null
  description?: string | null
  specifications?: Record<string, string> | null
  category?: string | null
  unit_cost?: number | null
  currency_code?: string
  status?: "active" | "phase_out" | "obsolete"
  superseded_by_id?: string | null
  compatible_product_ids?: string[]
  compatible_variant_ids?: string[]
  metadata?: Record<string, unknown> | null
}

/**
 * A part to create. With `variant_id` (or `inventory_item_id`) it links existing host records;
 * without, it creates a host product with one variant (SKU `sku` or the part number, managed
 * inventory, `price` in `price_currency_code` or the store's default currency) in the given
 * sales channels or the store's default one.
 */
export type CreateSparePartInput = SparePartMasterData & {
  variant_id?: string
  inventory_item_id?: string
  sku?: string
  price?: number
  price_currency_code?: string
  sales_channel_ids?: string[]
}

export type PreparedSparePart = {
  data: SparePartMasterData & { currency_code: string }
  /** Host records to link; null when a host product is created for the part. */
  link: { product_id: string | null; variant_id: string | null; inventory_item_id: string } | null
  /** SKU of the variant created for the part. */
  sku: string | null
}

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")

export const sparePartProductHandle = (partNumber: string) => `part-${slug(partNumber)}`

function duplicate(message: string) {
  return new MedusaError(MedusaError.Types.DUPLICATE_ERROR, message)
}

function invalid(message: string) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** 400 unless every id exists; shared by creation, update and import. */
export async function assertProductsExist(
  container: MedusaContainer,
  productIds: string[],
  variantIds: string[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (productIds.length) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: [...new Set(productIds)] },
    })
    const found = new Set(data.map((product) => product.id))
    const missing = [...new Set(productIds)].filter((id) => !found.has(id))
    if (missing.length) {
      throw invalid(`Compatible products not found: ${missing.join(", ")}.`)
    }
  }
  if (variantIds.length) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { id: [...new Set(variantIds)] },
    })
    const found = new Set(data.map((variant) => variant.id))
    const missing = [...new Set(variantIds)].filter((id) => !found.has(id))
    if (missing.length) {
      throw invalid(`Compatible variants not found: ${missing.join(", ")}.`)
    }
  }
}

/** The host variant's product and its single inventory item; 400 otherwise. */
export async function resolveVariantLink(container: MedusaContainer, variantId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product_id", "manage_inventory", "inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  if (!variant) {
    throw invalid(`Product variant ${variantId} was not found.`)
  }
  const items = (variant.inventory_items ?? []).filter(Boolean) as { inventory_item_id: string }[]
  if (items.length !== 1) {
    throw invalid(
      `Variant ${variant.sku ?? variantId} has ${items.length} inventory items; a spare part needs a variant with exactly one (turn on "manage inventory" for it).`
    )
  }
  return {
    product_id: variant.product_id as string,
    variant_id: variant.id as string,
    inventory_item_id: items[0].inventory_item_id,
  }
}

async function resolveInventoryItemLink(container: MedusaContainer, inventoryItemId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [item],
  } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.id", "variants.product_id"],
    filters: { id: inventoryItemId },
  })
  if (!item) {
    throw invalid(`Inventory item ${inventoryItemId} was not found.`)
  }
  const variants = ((item as any).variants ?? []).filter(Boolean)
  return {
    product_id: variants.length === 1 ? (variants[0].product_id as string) : null,
    variant_id: variants.length === 1 ? (variants[0].id as string) : null,
    inventory_item_id: item.id as string,
  }
}

/** The store's default currency and sales channel, for parts created with a host product. */
export async function storeDefaults(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["default_sales_channel_id", "supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const currencies = (store?.supported_currencies ?? []) as { currency_code: string; is_default: boolean }[]
  return {
    currency_code: (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ?? "eur",
    sales_channel_id: (store?.default_sales_channel_id as string | null) ?? null,
  }
}

/** Builds the createProductsWorkflow input for parts that get their own host product. */
export async function hostProductsFor(container: MedusaContainer, parts: CreateSparePartInput[]) {
  if (!parts.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const defaults = await storeDefaults(container)
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id", "type"],
  })
  const profile = profiles.find((p) => p.type === "default") ?? profiles[0]
  const { data: categories } = await query.graph({
    entity: "product_category",
    fields: ["id"],
    filters: { handle: "spare-parts" },
  })
  return parts.map((part) => {
    const salesChannels = part.sales_channel_ids?.length
      ? part.sales_channel_ids
      : defaults.sales_channel_id
        ? [defaults.sales_channel_id]
        : []
    return {
      title: part.name,
      handle: sparePartProductHandle(part.part_number),
      description: part.description ?? undefined,
      status: ProductStatus.PUBLISHED,
      ...(profile && { shipping_profile_id: profile.id as string }),
      ...(categories.length && { category_ids: [categories[0].id as string] }),
      sales_channels: salesChannels.map((id) => ({ id })),
      metadata: { spare_part_number: part.part_number },
      options: [{ title: "Part", values: [part.part_number] }],
      variants: [
        {
          title: part.name,
          sku: part.sku ?? part.part_number,
          manage_inventory: true,
          options: { Part: part.part_number },
          prices: [
            {
              currency_code: (part.price_currency_code ?? defaults.currency_code).toLowerCase(),
              amount: part.price as number,
            },
          ],
        },
      ],
    }
  })
}

/**
 * Validates parts to create and resolves what they link to: part numbers unique (422),
 * inventory items not used by another part (422), superseding parts and compatible products
 * exist (400), a price for every part that gets a host product (400).
 */
export async function prepareSparePartsCreation(
  container: MedusaContainer,
  parts: CreateSparePartInput[]
): Promise<PreparedSparePart[]> {
  if (!parts.length) {
    return []
  }
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const numbers = parts.map((part) => part.part_number)
  const repeated = numbers.filter((number, index) => numbers.indexOf(number) !== index)
  if (repeated.length) {
    throw duplicate(`Part number ${repeated[0]} appears more than once.`)
  }
  const existing = await spareParts.listSpareParts({ part_number: numbers }, { select: ["part_number"] })
  if (existing.length) {
    throw duplicate(`Part number ${existing[0].part_number} is already used by another spare part.`)
  }

  const supersededIds = parts.map((p) => p.superseded_by_id).filter((id): id is string => !!id)
  if (supersededIds.length) {
    const found = await spareParts.listSpareParts({ id: supersededIds }, { select: ["id"] })
    const missing = supersededIds.filter((id) => !found.some((part) => part.id === id))
    if (missing.length) {
      throw invalid(`Superseding part ${missing[0]} was not found.`)
    }
  }
  await assertProductsExist(
    container,
    parts.flatMap((p) => p.compatible_product_ids ?? []),
    parts.flatMap((p) => p.compatible_variant_ids ?? [])
  )

  const defaults = await storeDefaults(container)
  const prepared: PreparedSparePart[] = []
  for (const part of parts) {
    const {
      variant_id,
      inventory_item_id,
      sku,
      price,
      price_currency_code,
      sales_channel_ids,
      ...masterData
    } = part
    let link: PreparedSparePart["link"] = null
    if (variant_id) {
      link = await resolveVariantLink(container, variant_id)
      if (inventory_item_id && inventory_item_id !== link.inventory_item_id) {
        throw invalid(`Inventory item ${inventory_item_id} does not belong to variant ${variant_id}.`)
      }
    } else if (inventory_item_id) {
      link = await resolveInventoryItemLink(container, inventory_item_id)
    } else {
      if (price === undefined || price === null) {
        throw invalid(
          `Part ${part.part_number}: give a price to create its product variant, or link an existing variant (variant_id).`
        )
      }
      const variantSku = sku ?? part.part_number
      const { data: clashes } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku: variantSku },
      })
      if (clashes.length) {
        throw duplicate(
          `A product variant with SKU ${variantSku} already exists: link it (variant_id ${clashes[0].id}) instead of creating a new one.`
        )
      }
      const { data: handles } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { handle: sparePartProductHandle(part.part_number) },
      })
      if (handles.length) {
        throw duplicate(
          `A product with the handle ${sparePartProductHandle(part.part_number)} already exists: link its variant instead.`
        )
      }
    }
    prepared.push({
      data: {
        ...masterData,
        currency_code: (masterData.currency_code ?? defaults.currency_code).toLowerCase(),
      },
      link,
      sku: link ? null : sku ?? part.part_number,
    })
  }

  const linkedItems = prepared.flatMap((p) => (p.link ? [p.link.inventory_item_id] : []))
  const repeatedItems = linkedItems.filter((id, index) => linkedItems.indexOf(id) !== index)
  if (repeatedItems.length) {
    throw duplicate(`Inventory item ${repeatedItems[0]} is linked more than once.`)
  }
  if (linkedItems.length) {
    const used = await spareParts.listSpareParts(
      { inventory_item_id: linkedItems },
      { select: ["part_number", "inventory_item_id"] }
    )
    if (used.length) {
      throw duplicate(
        `Inventory item ${used[0].inventory_item_id} already belongs to spare part ${used[0].part_number}.`
      )
    }
  }
  return prepared
}

export const prepareSparePartsCreationStep = createStep(
  "prepare-spare-parts-creation",
  async (parts: CreateSparePartInput[], { container }) => {
    const prepared = await prepareSparePartsCreation(container, parts)
    const products = await hostProductsFor(
      container,
      parts.filter((_, index) => !prepared[index].link)
    )
    return new StepResponse({ prepared, products })
  }
)
