import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext } from "../../audit/types"
import { computeCustomerClassificationsStep } from "../steps/compute-customer-classifications"
import { ensureTierCustomerGroupsStep } from "../steps/ensure-tier-customer-groups"
import { mirrorCustomerTierGroupsStep } from "../steps/mirror-customer-tier-groups"
import { upsertCustomerServiceProfilesStep } from "../steps/upsert-customer-service-profiles"

export type RecomputeCustomerServiceProfilesInput = {
  customer_ids: string[]
  audit: AuditContext
}

/**
 * Classifies customers from their orders in the host (lifecycle stage and value tier), writes
 * the profiles that changed, mirrors tiers into host customer groups when that is switched on,
 * and emits `customer_service_profile.updated` for each changed profile. Idempotent: with the
 * same orders, tiers and settings a second run writes and emits nothing.
 */
export const recomputeCustomerServiceProfilesWorkflow = createWorkflow(
  "recompute-customer-service-profiles",
  (input: RecomputeCustomerServiceProfilesInput) => {
    const computeInput = transform({ input }, ({ input }) => ({ customer_ids: input.customer_ids }))
    const computed = computeCustomerClassificationsStep(computeInput)
    const classifications = transform({ computed }, ({ computed }) => computed.classifications)
    const changes = upsertCustomerServiceProfilesStep(classifications)

    const groupsInput = transform({ computed }, ({ computed }) => ({
      enabled: computed.mirror_customer_groups,
      tiers: computed.tiers,
    }))
    const groupByTier = ensureTierCustomerGroupsStep(groupsInput)
    const mirrorInput = transform({ computed, groupByTier }, ({ computed, groupByTier }) => ({
      enabled: computed.mirror_customer_groups,
      group_by_tier: groupByTier,
      assignments: computed.classifications.map((item) => ({
        customer_id: item.customer_id,
        value_tier: item.value_tier,
      })),
    }))
    mirrorCustomerTierGroupsStep(mirrorInput)

    const auditEntries = transform({ input, changes }, ({ input, changes }) =>
      changes.map((change) => ({
        context: input.audit,
        action: change.before ? "customer_service_profile.updated" : "customer_service_profile.created",
        entity_type: "customer_service_profile",
        entity_id: change.after.id,
        before: change.before as Record<string, unknown> | null,
        after: change.after as Record<string, unknown>,
      }))
    )
    recordAuditEntriesStep(auditEntries)

    const events = transform({ changes }, ({ changes }) => ({
      eventName: "customer_service_profile.updated",
      data: changes.map((change) => ({
        id: change.after.id,
        customer_id: change.after.customer_id,
        lifecycle_stage: change.after.lifecycle_stage,
        previous_lifecycle_stage: change.before?.lifecycle_stage ?? null,
        value_tier: change.after.value_tier,
        previous_value_tier: change.before?.value_tier ?? null,
        changed_fields: change.changed_fields,
      })),
    }))
    emitEventStep(events).config({ name: "emit-customer-service-profile-updated" })

    const result = transform({ computed, changes }, ({ computed, changes }) => ({
      processed: computed.classifications.length,
      changed: changes.length,
    }))
    return new WorkflowResponse(result)
  }
)
