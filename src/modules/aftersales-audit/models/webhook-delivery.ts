import { model } from "@medusajs/framework/utils"
import WebhookEndpoint from "./webhook-endpoint"

const WebhookDelivery = model
  .define("aftersales_webhook_delivery", {
    id: model.id({ prefix: "aswhdel" }).primaryKey(),
    event_name: model.text(),
    payload: model.json(),
    status: model.enum(["pending", "succeeded", "failed"]).default("pending"),
    attempts: model.number().default(0),
    response_status: model.number().nullable(),
    response_body: model.text().nullable(),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    redelivery_of: model.text().nullable(),
    endpoint: model.belongsTo(() => WebhookEndpoint, {
      mappedBy: "deliveries",
    }),
  })
  .indexes([
    { on: ["status", "next_attempt_at"] },
    { on: ["endpoint_id", "created_at"] },
  ])

export default WebhookDelivery
