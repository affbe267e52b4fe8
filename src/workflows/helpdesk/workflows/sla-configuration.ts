import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  createBusinessCalendarStep,
  CreateBusinessCalendarInput,
  deleteBusinessCalendarStep,
  updateBusinessCalendarStep,
  UpdateBusinessCalendarInput,
} from "../steps/business-calendars"
import {
  createSlaPolicyStep,
  deleteSlaPolicyStep,
  SlaPolicyFields,
  updateSlaPolicyStep,
  UpdateSlaPolicyInput,
} from "../steps/sla-policies"

type AuditedRecord = Record<string, unknown>

export const createBusinessCalendarWorkflow = createWorkflow(
  "create-business-calendar",
  (input: { business_calendar: CreateBusinessCalendarInput; audit: AuditContext }) => {
    const calendar = createBusinessCalendarStep(input.business_calendar)
    recordAuditEntryStep(
      transform({ input, calendar }, ({ input, calendar }) => ({
        context: input.audit,
        action: "business_calendar.created",
        entity_type: "business_calendar",
        entity_id: calendar.id,
        after: calendar as unknown as AuditedRecord,
      }))
    )
    return new WorkflowResponse(calendar)
  }
)

export const updateBusinessCalendarWorkflow = createWorkflow(
  "update-business-calendar",
  (input: { business_calendar: UpdateBusinessCalendarInput; audit: AuditContext }) => {
    const updated = updateBusinessCalendarStep(input.business_calendar)
    recordAuditEntryStep(
      transform({ input, updated }, ({ input, updated }) => ({
        context: input.audit,
        action: "business_calendar.updated",
        entity_type: "business_calendar",
        entity_id: updated.after.id,
        before: updated.before as unknown as AuditedRecord,
        after: updated.after as unknown as AuditedRecord,
      }))
    )
    return new WorkflowResponse(updated.after)
  }
)

export const deleteBusinessCalendarWorkflow = createWorkflow(
  "delete-business-calendar",
  (input: { id: string; audit: AuditContext }) => {
    const calendar = deleteBusinessCalendarStep(input.id)
    recordAuditEntryStep(
      transform({ input, calendar }, ({ input, calendar }) => ({
        context: input.audit,
        action: "business_calendar.deleted",
        entity_type: "business_calendar",
        entity_id: calendar.id,
        before: calendar as unknown as AuditedRecord,
      }))
    )
    return new WorkflowResponse(calendar)
  }
)

export const createSlaPolicyWorkflow = createWorkflow(
  "create-sla-policy",
  (input: { sla_policy: SlaPolicyFields; audit: AuditContext }) => {
    const policy = createSlaPolicyStep(input.sla_policy)
    recordAuditEntryStep(
      transform({ input, policy }, ({ input, policy }) => ({
        context: input.audit,
        action: "sla_policy.created",
        entity_type: "sla_policy",
        entity_id: policy.id,
        after: policy as unknown as AuditedRecord,
      }))
    )
    return new WorkflowResponse(policy)
  }
)

export const updateSlaPolicyWorkflow = createWorkflow(
  "update-sla-policy",
  (input: { sla_policy: UpdateSlaPolicyInput; audit: AuditContext }) => {
    const updated = updateSlaPolicyStep(input.sla_policy)
    recordAuditEntryStep(
      transform({ input, updated }, ({ input, updated }) => ({
        context: input.audit,
        action: "sla_policy.updated",
        entity_type: "sla_policy",
        entity_id: updated.after.id,
        before: updated.before as unknown as AuditedRecord,
        after: updated.after as unknown as AuditedRecord,
      }))
    )
    return new WorkflowResponse(updated.after)
  }
)

export const deleteSlaPolicyWorkflow = createWorkflow(
  "delete-sla-policy",
  (input: { id: string; audit: AuditContext }) => {
    const policy = deleteSlaPolicyStep(input.id)
    recordAuditEntryStep(
      transform({ input, policy }, ({ input, policy }) => ({
        context: input.audit,
        action: "sla_policy.deleted",
        entity_type: "sla_policy",
        entity_id: policy.id,
        before: policy as unknown as AuditedRecord,
      }))
    )
    return new WorkflowResponse(policy)
  }
)
