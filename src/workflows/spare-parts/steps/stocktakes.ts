import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertDifferentActors,
  SeparationOfDutiesError,
} from "../../../lib/access/separation-of-duties"
import {
  STOCKTAKE_TRANSITIONS,
  StocktakeAction,
  stocktakeAdjustments,
} from "../../../lib/spare-parts/stock"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import type { StockMovementInput } from "./apply-stock-movements"

export type OpenStocktakeInput = {
  location_id: string
  blind_count?: boolean
  filter_category?: string | null
  filter_part_ids?: string[] | null
  notes?: string | null
  opened_by: string | null
}

/**
 * Creates a stocktake numbered from the STK sequence with one line per part in scope, each
 * with the host on-hand quantity at the location as the expected snapshot. In scope: the
 * listed parts, else the parts (of the category) that have stock or a reorder policy there.
 */
export const openStocktakeStep = createStep(
  "open-stocktake",
  async (input: OpenStocktakeInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const [location] = await container
      .resolve(Modules.STOCK_LOCATION)
      .listStockLocations({ id: input.location_id }, { select: ["id"] })
    if (!location) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Stock location with id: ${input.location_id} was not found`
      )
    }
    const partFilter: Record<string, unknown> = {}
    if (input.filter_part_ids?.length) {
      partFilter.id = [...new Set(input.filter_part_ids)]
    }
    if (input.filter_category) {
      partFilter.category = input.filter_category
    }
    const parts = await spareParts.listSpareParts(partFilter, {
      select: ["id", "part_number", "inventory_item_id"],
      take: null,
    })
    if (input.filter_part_ids?.length) {
      const unknown = (partFilter.id as string[]).filter((id) => !parts.some((part) => part.id === id))
      if (unknown.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Spare part with id: ${unknown.join(", ")} was not found`
        )
      }
    }
    const levels = parts.length
      ? await container.resolve(Modules.INVENTORY).listInventoryLevels(
          {
            inventory_item_id: parts.map((part) => part.inventory_item_id),
            location_id: input.location_id,
          },
          { take: null }
        )
      : []
    const stockedByItem = new Map(
      levels.map((level) => [level.inventory_item_id, Number(level.stocked_quantity ?? 0)])
    )
    const policies = parts.length
      ? await spareParts.listReorderPolicies(
          { part_id: parts.map((part) => part.id), location_id: input.location_id } as any,
          { select: ["part_id"] as any, take: null }
        )
      : []
    const withPolicy = new Set(policies.map((policy: any) => policy.part_id))
    const inScope = input.filter_part_ids?.length
      ? parts
      : parts.filter((part) => stockedByItem.has(part.inventory_item_id) || withPolicy.has(part.id))
    if (!inScope.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "No spare parts to count: none in this selection has stock or a reorder policy at the location."
      )
    }
    const [number] = await spareParts.nextStocktakeNumbers(1)
    const stocktake = await spareParts.createStocktakes({
      number,
      location_id: input.location_id,
      status: "open",
      blind_count: input.blind_count ?? false,
      filter_category: input.filter_category ?? null,
      filter_part_ids: input.filter_part_ids?.length ? input.filter_part_ids : null,
      notes: input.notes ?? null,
      opened_by: input.opened_by,
      lines: inScope
        .sort((a, b) => a.part_number.localeCompare(b.part_number))
        .map((part) => ({
          part_id: part.id,
          inventory_item_id: part.inventory_item_id,
          expected_quantity: stockedByItem.get(part.inventory_item_id) ?? 0,
        })),
    } as any)
    return new StepResponse(stocktake, stocktake.id)
  },
  async (id, { container }) => {
    if (id) {
      const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
      await spareParts.deleteStocktakes(id)
    }
  }
)

export type StocktakeRecord = Awaited<ReturnType<SparePartsModuleService["retrieveStocktake"]>>

async function loadStocktake(spareParts: SparePartsModuleService, id: string) {
  return await spareParts.retrieveStocktake(id, { relations: ["lines"] })
}

const ACTION_PAST = {
  count: "counted",
  submit: "submitted",
  approve: "approved",
  post: "posted",
  cancel: "canceled",
} as const

function assertStatus(stocktake: { number: string; status: string }, action: StocktakeAction) {
  const allowed = STOCKTAKE_TRANSITIONS[action] as readonly string[]
  if (!allowed.includes(stocktake.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Stocktake ${stocktake.number} is ${stocktake.status}: it can be ${ACTION_PAST[action]} only while ${allowed.join(" or ")}.`
    )
  }
}

export type StocktakeCountInput = {
  id: string
  counts: { part_id: string; counted_quantity: number }[]
  counted_by: string | null
}

/** Stores counted quantities (and their variance) and moves the stocktake to counting. */
export const enterStocktakeCountsStep = createStep(
  "enter-stocktake-counts",
  async (input: StocktakeCountInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const stocktake = await loadStocktake(spareParts, input.id)
    assertStatus(stocktake, "count")
    const lineByPart = new Map(stocktake.lines.map((line) => [line.part_id, line]))
    const unknown = input.counts.filter((count) => !lineByPart.has(count.part_id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Not part of stocktake ${stocktake.number}: ${unknown.map((count) => count.part_id).join(", ")}.`
      )
    }
    const bad = input.counts.filter(
      (count) => !Number.isInteger(count.counted_quantity) || count.counted_quantity < 0
    )
    if (bad.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A counted quantity must be a whole number, 0 or more."
      )
    }
    const previous = input.counts.map((count) => {
      const line = lineByPart.get(count.part_id)!
      return {
        id: line.id,
        counted_quantity: line.counted_quantity,
        variance: line.variance,
        counted_by: line.counted_by,
        counted_at: line.counted_at,
      }
    })
    const now = new Date()
    await spareParts.updateStocktakeLines(
      input.counts.map((count) => {
        const line = lineByPart.get(count.part_id)!
        return {
          id: line.id,
          counted_quantity: count.counted_quantity,
          variance: count.counted_quantity - line.expected_quantity,
          counted_by: input.counted_by,
          counted_at: now,
        }
      })
    )
    if (stocktake.status === "open") {
      await spareParts.updateStocktakeIfStatus(stocktake.id, ["open"], { status: "counting" })
    }
    return new StepResponse(
      { id: stocktake.id, number: stocktake.number, counted: input.counts.length },
      { id: stocktake.id, previous_status: stocktake.status, lines: previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.updateStocktakeLines(undo.lines as any)
    if (undo.previous_status === "open") {
      await spareParts.updateStocktakeIfStatus(undo.id, ["counting"], { status: "open" })
    }
  }
)

export type StocktakeDecisionInput = {
  id: string
  action: "submit" | "approve" | "post" | "cancel"
  actor_id: string | null
  reason?: string | null
}

const TARGET_STATUS = {
  submit: "submitted",
  approve: "approved",
  post: "posted",
  cancel: "canceled",
} as const

/**
 * Moves a stocktake on (submit, approve, post, cancel) in one guarded statement, so of two
 * concurrent decisions one wins. Submitting needs every line counted; the approver must be
 * neither the person who opened it nor anyone who counted.
 */
export const decideStocktakeStep = createStep(
  "decide-stocktake",
  async (input: StocktakeDecisionInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const stocktake = await loadStocktake(spareParts, input.id)
    assertStatus(stocktake, input.action)
    if (input.action === "submit") {
      const uncounted = stocktake.lines.filter((line) => line.counted_quantity === null)
      if (uncounted.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Stocktake ${stocktake.number} still has ${uncounted.length} uncounted line(s): count every part (0 when none were found) before submitting.`
        )
      }
    }
    if (input.action === "approve") {
      const involved = [
        stocktake.opened_by,
        ...stocktake.lines.map((line) => line.counted_by),
      ]
      try {
        for (const actor of new Set(involved)) {
          assertDifferentActors(actor, input.actor_id ?? "", "approve")
        }
      } catch (error) {
        if (error instanceof SeparationOfDutiesError) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Separation of duties: you opened or counted stocktake ${stocktake.number}, so someone else must approve it.`
          )
        }
        throw error
      }
    }
    const now = new Date()
    const changes: Record<string, unknown> = { status: TARGET_STATUS[input.action] }
    if (input.action === "submit") {
      Object.assign(changes, { submitted_by: input.actor_id, submitted_at: now })
    } else if (input.action === "approve") {
      Object.assign(changes, { approved_by: input.actor_id, approved_at: now })
    } else if (input.action === "post") {
      Object.assign(changes, { posted_by: input.actor_id, posted_at: now })
    } else {
      Object.assign(changes, {
        canceled_by: input.actor_id,
        canceled_at: now,
        cancel_reason: input.reason ?? null,
      })
    }
    const previous = await spareParts.updateStocktakeIfStatus(
      stocktake.id,
      [...STOCKTAKE_TRANSITIONS[input.action]],
      changes
    )
    return new StepResponse(
      {
        id: stocktake.id,
        number: stocktake.number,
        location_id: stocktake.location_id,
        previous_status: stocktake.status,
        status: TARGET_STATUS[input.action],
        lines: stocktake.lines.map((line) => ({
          part_id: line.part_id,
          expected_quantity: line.expected_quantity,
          counted_quantity: line.counted_quantity,
        })),
      },
      { id: stocktake.id, status: TARGET_STATUS[input.action], previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.updateStocktakeIfStatus(undo.id, [undo.status], undo.previous)
  }
)

/** The adjustment movements that post a stocktake's variances (reference: the stocktake). */
export function stocktakePostingMovements(stocktake: {
  id: string
  number: string
  location_id: string
  lines: { part_id: string; expected_quantity: number; counted_quantity: number | null }[]
}): StockMovementInput[] {
  return stocktakeAdjustments(stocktake.lines).map((line) => ({
    part_id: line.part_id,
    location_id: stocktake.location_id,
    type: "adjustment",
    quantity: line.variance,
    reason: `Stocktake ${stocktake.number}`,
    reference_type: "stocktake",
    reference_id: stocktake.id,
  }))
}
