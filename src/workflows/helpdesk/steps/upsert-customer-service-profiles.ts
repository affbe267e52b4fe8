import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { changedClassificationFields } from "../../../lib/helpdesk/customer-classification"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  CustomerServiceProfileRecord,
} from "../../../modules/helpdesk/service"
import { CustomerClassificationResult } from "./compute-customer-classifications"

const PROFILE_FIELDS = [
  "lifecycle_stage",
  "value_tier",
  "order_count",
  "total_spent",
  "currency_code",
  "first_order_at",
  "last_order_at",
  "computed_at",
] as const

export type ProfileSnapshot = { id: string; customer_id: string } & Record<
  (typeof PROFILE_FIELDS)[number],
  unknown
>

export type ProfileChange = {
  before: ProfileSnapshot | null
  after: ProfileSnapshot
  changed_fields: string[]
}

function snapshotOf(profile: CustomerServiceProfileRecord): ProfileSnapshot {
  const snapshot = { id: profile.id, customer_id: profile.customer_id } as ProfileSnapshot
  for (const field of PROFILE_FIELDS) {
    snapshot[field] = field === "total_spent" ? Number(profile.total_spent) : profile[field]
  }
  return snapshot
}

/**
 * Writes the profiles whose classification changed (creating missing ones) and leaves the
 * others untouched, so a second run with the same orders writes nothing. `computed_at` is the
 * time the current figures were computed.
 */
export const upsertCustomerServiceProfilesStep = createStep(
  "upsert-customer-service-profiles",
  async (classifications: CustomerClassificationResult[], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (!classifications.length) {
      return new StepResponse([] as ProfileChange[], [] as ProfileChange[])
    }
    const existing = await helpdesk.listCustomerServiceProfiles(
      { customer_id: classifications.map((item) => item.customer_id) },
      { take: classifications.length }
    )
    const byCustomer = new Map(existing.map((profile) => [profile.customer_id, profile]))
    const computedAt = new Date()
    const toCreate: (CustomerClassificationResult & { computed_at: Date })[] = []
    const toUpdate: { id: string; changed_fields: string[]; before: ProfileSnapshot; data: any }[] = []

    for (const classification of classifications) {
      const stored = byCustomer.get(classification.customer_id)
      const changed = changedClassificationFields(stored ?? null, classification)
      if (!changed.length) {
        continue
      }
      if (stored) {
        toUpdate.push({
          id: stored.id,
          changed_fields: changed,
          before: snapshotOf(stored),
          data: { ...classification, id: stored.id, computed_at: computedAt },
        })
      } else {
        toCreate.push({ ...classification, computed_at: computedAt })
      }
    }

    const changes: ProfileChange[] = []
    if (toCreate.length) {
      const created: CustomerServiceProfileRecord[] = await helpdesk.createCustomerServiceProfiles(
        toCreate as any[]
      )
      for (const profile of created) {
        changes.push({ before: null, after: snapshotOf(profile), changed_fields: [] })
      }
    }
    if (toUpdate.length) {
      const updated: CustomerServiceProfileRecord[] = await helpdesk.updateCustomerServiceProfiles(
        toUpdate.map((item) => item.data)
      )
      const byId = new Map(updated.map((profile) => [profile.id, profile]))
      for (const item of toUpdate) {
        changes.push({
          before: item.before,
          after: snapshotOf(byId.get(item.id)!),
          changed_fields: item.changed_fields,
        })
      }
    }
    for (const change of changes) {
      if (!change.before) {
        change.changed_fields = PROFILE_FIELDS.filter((field) => field !== "computed_at")
      }
    }
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const created = changes.filter((change) => !change.before).map((change) => change.after.id)
    const restored = changes.filter((change) => change.before).map((change) => change.before!)
    if (created.length) {
      await helpdesk.deleteCustomerServiceProfiles(created)
    }
    if (restored.length) {
      await helpdesk.updateCustomerServiceProfiles(restored as any)
    }
  }
)
