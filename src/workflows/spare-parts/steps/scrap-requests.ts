import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertDifferentActors, SeparationOfDutiesError } from "../../../lib/access/separation-of-duties"
import { nextScrapStatus, ScrapAction, ScrapStatusName, writtenOffValue } from "../../../lib/spare-parts/scrap"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type ScrapPhoto = { url: string; name?: string | null }

export type CreateScrapRequestInput = {
  part_id: string
  location_id: string
  quantity: number
  reason: "damaged" | "defective_return" | "obsolete" | "expired"
  photos?: ScrapPhoto[] | null
  notes?: string | null
  requested_by: string | null
  in_stock?: boolean
  source_type?: string
  source_id?: string | null
  metadata?: Record<string, unknown> | null
}

export type ScrapRequestRecord = Awaited<ReturnType<SparePartsModuleService["retrieveScrapRequest"]>>

/** 404 for an unknown part or stock location, 400 for a quantity that is not a whole number above 0. */
export const validateScrapRequestStep = createStep(
  "validate-scrap-request",
  async (input: CreateScrapRequestInput[], { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const stockLocations = container.resolve(Modules.STOCK_LOCATION)
    for (const request of input) {
      if (!Number.isInteger(request.quantity) || request.quantity < 1) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The quantity to scrap must be a whole number of 1 or more (got ${request.quantity}).`
        )
      }
    }
    const partIds = [...new Set(input.map((request) => request.part_id))]
    const parts = await spareParts.listSpareParts({ id: partIds }, { select: ["id"], take: null })
    const missingPart = partIds.find((id) => !parts.some((part) => part.id === id))
    if (missingPart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Spare part with id: ${missingPart} was not found`)
    }
    const locationIds = [...new Set(input.map((request) => request.location_id))]
    const locations = await stockLocations.listStockLocations({ id: locationIds }, { select: ["id"] })
    const missingLocation = locationIds.find((id) => !locations.some((location) => location.id === id))
    if (missingLocation) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Stock location with id: ${missingLocation} was not found`
      )
    }
    return new StepResponse(input)
  }
)

/** Numbers the requests from the SR sequence and stores them as `requested`. */
export const createScrapRequestsStep = createStep(
  "create-scrap-requests",
  async (input: CreateScrapRequestInput[], { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    if (!input.length) {
      return new StepResponse([] as ScrapRequestRecord[], [] as string[])
    }
    const numbers = await spareParts.nextScrapRequestNumbers(input.length)
    const created = (await spareParts.createScrapRequests(
      input.map((request, index) => ({
        ...request,
        number: numbers[index],
        photos: request.photos?.length ? (request.photos as unknown as Record<string, unknown>) : null,
        status: "requested" as const,
      })) as any
    )) as unknown as ScrapRequestRecord[]
    return new StepResponse(created, created.map((request) => request.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
      await spareParts.deleteScrapRequests(ids)
    }
  }
)

export type ChangeScrapRequestInput = {
  id: string
  action: ScrapAction
  actor_id: string | null
  rejection_reason?: string | null
  disposal_method?: "recycle" | "destroy" | "return_to_supplier"
  notes?: string | null
}

const RESTORED_FIELDS = [
  "status",
  "approved_by",
  "approved_at",
  "rejected_by",
  "rejected_at",
  "rejection_reason",
  "disposal_method",
  "disposed_by",
  "disposed_at",
  "canceled_by",
  "canceled_at",
  "unit_cost",
  "written_off_value",
  "currency_code",
  "notes",
] as const

/**
 * Moves a scrap request to the status its action leads to, under a lock on the request so
 * two concurrent decisions cannot both pass the status check. Approving and rejecting need
 * someone other than the requester. Disposal records the part's unit cost and the value
 * written off.
 */
export const changeScrapRequestStep = createStep(
  "change-scrap-request",
  async (input: ChangeScrapRequestInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute(`scrap_request:${input.id}`, async () => {
      const before = await spareParts.retrieveScrapRequest(input.id)
      const next = nextScrapStatus(before.status as ScrapStatusName, input.action, before.number)
      if ("problem" in next) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.problem)
      }
      if (input.action === "approve" || input.action === "reject") {
        try {
          assertDifferentActors(before.requested_by, input.actor_id ?? "", input.action)
        } catch (error) {
          if (error instanceof SeparationOfDutiesError) {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
          }
          throw error
        }
      }
      const now = new Date()
      const changes: Record<string, unknown> = { id: before.id, status: next.status }
      if (input.action === "approve") {
        Object.assign(changes, { approved_by: input.actor_id, approved_at: now })
      } else if (input.action === "reject") {
        Object.assign(changes, {
          rejected_by: input.actor_id,
          rejected_at: now,
          rejection_reason: input.rejection_reason ?? null,
        })
      } else if (input.action === "cancel") {
        Object.assign(changes, { canceled_by: input.actor_id, canceled_at: now })
      } else {
        const part = await spareParts.retrieveSparePart(before.part_id, {
          select: ["id", "unit_cost", "currency_code"],
        })
        const unitCost = part.unit_cost === null || part.unit_cost === undefined ? null : Number(part.unit_cost)
        Object.assign(changes, {
          disposal_method: input.disposal_method,
          disposed_by: input.actor_id,
          disposed_at: now,
          unit_cost: unitCost,
          written_off_value: writtenOffValue(before.quantity, unitCost),
          currency_code: part.currency_code,
        })
      }
      if (input.notes !== undefined && input.notes !== null) {
        changes.notes = before.notes ? `${before.notes}\n${input.notes}` : input.notes
      }
      const after = await spareParts.updateScrapRequests(changes as any)
      const previous = Object.fromEntries(
        RESTORED_FIELDS.map((field) => [field, (before as Record<string, unknown>)[field] ?? null])
      )
      return new StepResponse(
        { before: before as ScrapRequestRecord, after: after as unknown as ScrapRequestRecord },
        { id: before.id, ...previous }
      )
    })
  },
  async (previous, { container }) => {
    if (previous) {
      const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
      await spareParts.updateScrapRequests(previous as any)
    }
  }
)
