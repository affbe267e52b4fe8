import type { MedusaContainer } from "@medusajs/framework/types"
import { checkServiceTicketSlasWorkflow } from "../workflows/helpdesk/workflows/check-service-ticket-slas"

/** Raises SLA warnings and breaches that fell due; safe with several instances. */
export default async function serviceTicketSlaClock(container: MedusaContainer) {
  await checkServiceTicketSlasWorkflow(container).run({ input: {} })
}

export const config = {
  name: "aftersales-service-ticket-sla-clock",
  schedule: "* * * * *",
}
