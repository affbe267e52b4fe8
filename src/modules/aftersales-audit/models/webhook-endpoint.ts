import { model } from "@medusajs/framework/utils"
import WebhookDelivery from "./webhook-delivery"

const WebhookEndpoint = model
  .define("aftersales_webhook_endpoint", {
    id: model.id({ prefix: "aswh" }).primaryKey(),
    url: model.text().searchable(),
    description: model.text().nullable(),
    /** Needed in clear to sign deliveries; the API shows it only at creation and rotation. */
    secret: model.text(),
    events: model.array(),
    is_active: model.boolean().default(true),
    created_by: model.text().nullable(),
    deliveries: model.hasMany(() => WebhookDelivery, { mappedBy: "endpoint" }),
  })
  .cascades({ delete: ["deliveries"] })

export default WebhookEndpoint
