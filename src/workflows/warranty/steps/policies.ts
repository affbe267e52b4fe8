import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"
import type { WarrantyCoverage, WarrantyPolicyKind, WarrantyStartBasis } from "../../../lib/warranty/constants"

export type WarrantyPolicyInput = {
  name: string
  description?: string | null
  kind?: WarrantyPolicyKind
  duration_months: number
  coverage?: WarrantyCoverage
  conditions?: string | null
  start_basis?: WarrantyStartBasis
  product_ids?: string[]
  collection_ids?: string[]
  type_ids?: string[]
  tag_ids?: string[]
  variant_ids?: string[]
  sale_variant_ids?: string[]
  is_default?: boolean
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export type UpdateWarrantyPolicyInput = Partial<WarrantyPolicyInput> & { id: string }

const POLICY_FIELDS = [
  "name",
  "description",
  "kind",
  "duration_months",
  "coverage",
  "conditions",
  "start_basis",
  "product_ids",
  "collection_ids",
  "type_ids",
  "tag_ids",
  "variant_ids",
  "sale_variant_ids",
  "is_default",
  "is_active",
  "metadata",
] as const

const ARRAY_FIELDS = ["product_ids", "collection_ids", "type_ids", "tag_ids", "variant_ids", "sale_variant_ids"] as const

function service(container: any): WarrantyModuleService {
  return container.resolve(WARRANTY_MODULE)
}

/** Rules every policy obeys after a create or update. */
function assertPolicyShape(policy: Record<string, any>) {
  if (policy.kind === "extended") {
    if (!policy.sale_variant_ids?.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An extended warranty policy needs at least one sale variant (the variant customers buy to extend)."
      )
    }
    if (policy.is_default) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only a standard policy can be the default.")
    }
  } else if (policy.sale_variant_ids?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only an extended policy is sold as sale variants.")
  }
}

/** Another extended policy already sold as one of these variants makes the purchase ambiguous. */
async function assertSaleVariantsFree(warranty: WarrantyModuleService, policy: Record<string, any>) {
  if (policy.kind !== "extended" || !policy.sale_variant_ids?.length) {
    return
  }
  const others = await warranty.listWarrantyPolicies({ kind: "extended" }, { take: null })
  for (const other of others) {
    if (other.id === policy.id) {
      continue
    }
    const clash = ((other.sale_variant_ids as string[]) ?? []).find((id) => policy.sale_variant_ids.includes(id))
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Variant ${clash} is already sold as the extended warranty "${other.name}".`
      )
    }
  }
}

/** Unsets `is_default` on every other policy; answers the ids it changed (for the compensation). */
async function unsetOtherDefaults(warranty: WarrantyModuleService, keepId: string): Promise<string[]> {
  const defaults = await warranty.listWarrantyPolicies({ is_default: true }, { select: ["id"], take: null })
  const others = defaults.filter((policy) => policy.id !== keepId).map((policy) => policy.id)
  if (others.length) {
    await warranty.updateWarrantyPolicies(others.map((id) => ({ id, is_default: false })))
  }
  return others
}

function normalise<T extends Partial<WarrantyPolicyInput>>(input: T): T {
  const out: Record<string, unknown> = { ...input }
  for (const field of ARRAY_FIELDS) {
    if (Array.isArray(out[field])) {
      out[field] = [...new Set(out[field] as string[])]
    }
  }
  return out as T
}

export const createWarrantyPolicyStep = createStep(
  "create-warranty-policy",
  async (input: WarrantyPolicyInput, { container }) => {
    const warranty = service(container)
    const data = normalise({
      product_ids: [],
      collection_ids: [],
      type_ids: [],
      tag_ids: [],
      variant_ids: [],
      sale_variant_ids: [],
      ...input,
    })
    assertPolicyShape({ kind: "standard", ...data })
    await assertSaleVariantsFree(warranty, { kind: "standard", ...data })
    const policy = await warranty.createWarrantyPolicies(data as any)
    const unset = data.is_default ? await unsetOtherDefaults(warranty, policy.id) : []
    return new StepResponse(policy, { id: policy.id, unset })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const warranty = service(container)
    if (undo.unset.length) {
      await warranty.updateWarrantyPolicies(undo.unset.map((id) => ({ id, is_default: true })))
    }
    await warranty.deleteWarrantyPolicies(undo.id)
  }
)

/** Updates a policy; making it the default unsets the old default. The compensation restores both. */
export const updateWarrantyPolicyStep = createStep(
  "update-warranty-policy",
  async (input: UpdateWarrantyPolicyInput, { container }) => {
    const warranty = service(container)
    const before = await warranty.retrieveWarrantyPolicy(input.id)
    const data = normalise(input)
    const merged = { ...before, ...data }
    assertPolicyShape(merged)
    await assertSaleVariantsFree(warranty, merged)
    const after = await warranty.updateWarrantyPolicies(data as any)
    const unset = data.is_default ? await unsetOtherDefaults(warranty, input.id) : []
    const previous: Record<string, unknown> = { id: before.id }
    for (const field of POLICY_FIELDS) {
      if ((data as any)[field] !== undefined) {
        previous[field] = (before as any)[field]
      }
    }
    return new StepResponse({ before, after }, { previous, unset })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const warranty = service(container)
    await warranty.updateWarrantyPolicies(undo.previous as any)
    if (undo.unset.length) {
      await warranty.updateWarrantyPolicies(undo.unset.map((id) => ({ id, is_default: true })))
    }
  }
)

/** Soft-deletes a policy; registrations keep their snapshot (coverage, duration, dates). */
export const deleteWarrantyPolicyStep = createStep(
  "delete-warranty-policy",
  async (input: { id: string }, { container }) => {
    const warranty = service(container)
    const policy = await warranty.retrieveWarrantyPolicy(input.id)
    await warranty.softDeleteWarrantyPolicies(input.id)
    return new StepResponse(policy, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await service(container).restoreWarrantyPolicies(id)
  }
)
