import { model } from "@medusajs/framework/utils"

/** Append-only: the migration installs a trigger that rejects UPDATE and DELETE. */
const AuditLogEntry = model
  .define("aftersales_audit_log_entry", {
    id: model.id({ prefix: "asaudit" }).primaryKey(),
    actor_type: model.enum(["user", "customer", "api-key", "system"]),
    actor_id: model.text().nullable(),
    action: model.text().searchable(),
    entity_type: model.text(),
    entity_id: model.text().searchable().nullable(),
    changes: model.json().nullable(),
    request_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["entity_type", "entity_id"] },
    { on: ["actor_id"] },
    { on: ["action"] },
    { on: ["created_at"] },
  ])

export default AuditLogEntry
