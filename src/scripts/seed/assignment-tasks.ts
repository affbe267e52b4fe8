import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk"
import HelpdeskModuleService from "../../modules/helpdesk/service"
import { AuditContext } from "../../workflows/audit/types"
import { createAssignmentRuleWorkflow } from "../../workflows/helpdesk/workflows/assignment-rules"
import { createServiceTicketWorkflow } from "../../workflows/helpdesk/workflows/create-service-ticket"
import {
  completeTicketTaskWorkflow,
  createTicketTaskWorkflow,
} from "../../workflows/helpdesk/workflows/ticket-tasks"

const HOUR = 60 * 60 * 1000

/**
 * Assignment rules and tasks for the demo: technical support rotates between the agent and
 * the supervisor, everything else goes to whoever has fewer open tickets; two tickets opened
 * afterwards show the rules at work. Follow-ups (one overdue) sit on open tickets, and the
 * resolved and closed demo tickets carry the revisits their resolution scheduled, one of them
 * already called back.
 */
export async function seedAssignmentRulesAndTasks(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const userService = container.resolve(Modules.USER)
  const users = await userService.listUsers({
    email: ["agent@example.com", "supervisor@example.com"],
  })
  const agent = users.find((user) => user.email === "agent@example.com")!.id
  const supervisor = users.find((user) => user.email === "supervisor@example.com")!.id
  const asUser = (id: string): AuditContext => ({ actor_type: "user", actor_id: id })

  await createAssignmentRuleWorkflow(container).run({
    input: {
      assignment_rule: {
        name: "Technical support rotation",
        ticket_types: ["technical_support"],
        strategy: "round_robin",
        team: "Technical support",
        member_user_ids: [agent, supervisor],
      },
      audit: asUser(supervisor),
    },
  })
  await createAssignmentRuleWorkflow(container).run({
    input: {
      assignment_rule: {
        name: "Everything else: least loaded",
        strategy: "least_loaded",
        team: "Service desk",
        member_user_ids: [agent, supervisor],
      },
      audit: asUser(supervisor),
    },
  })

  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: "jan.devries@example.com" }, { take: 1 })
  for (const ticket of [
    {
      subject: "Robot vacuum does not find its dock",
      description: "Since the last firmware update the vacuum drives around the dock and stops with an error light.",
      type: "technical_support",
      channel: "phone",
    },
    {
      subject: "Do you ship descaler tablets to the Netherlands?",
      description: "I could not find the descaler in the shop for delivery to Utrecht.",
      type: "inquiry",
      channel: "email",
    },
  ]) {
    await createServiceTicketWorkflow(container).run({
      input: {
        ticket: { ...ticket, customer_id: customer?.id ?? null },
        audit: asUser(agent),
      },
    })
  }

  const ticketBySubject = async (subject: string) => {
    const [ticket] = await helpdesk.listServiceTickets({ subject }, { take: 1 })
    return ticket
  }
  const followUps = [
    {
      subject: "Espresso machine pump is very loud",
      title: "Check that the replacement pump left the warehouse",
      due_at: new Date(Date.now() + 20 * HOUR),
      assignee_id: supervisor,
    },
    {
      subject: "Robot vacuum battery drains after 20 minutes",
      title: "Remind the customer to send the battery log",
      due_at: new Date(Date.now() - 5 * HOUR),
      assignee_id: agent,
    },
    {
      subject: "Scooter brakes squeak on the rear wheel",
      title: "Call back after the brake pads were adjusted",
      due_at: new Date(Date.now() + 3 * 24 * HOUR),
      assignee_id: agent,
    },
  ]
  let created = 0
  for (const followUp of followUps) {
    const ticket = await ticketBySubject(followUp.subject)
    if (!ticket) {
      continue
    }
    await createTicketTaskWorkflow(container).run({
      input: {
        task: {
          ticket_id: ticket.id,
          title: followUp.title,
          due_at: followUp.due_at,
          assignee_id: followUp.assignee_id,
        },
        audit: asUser(followUp.assignee_id),
      },
    })
    created++
  }

  // the closed ticket's revisit was done: the customer is happy with the corrected invoice
  const closed = await ticketBySubject("Wrong billing address on the invoice")
  const [revisit] = closed
    ? await helpdesk.listTicketTasks({ ticket_id: closed.id, kind: "revisit", status: "open" })
    : []
  if (revisit) {
    await completeTicketTaskWorkflow(container).run({
      input: {
        id: revisit.id,
        outcome: "satisfied",
        notes: "Customer confirmed the corrected invoice arrived.",
        audit: asUser(supervisor),
      },
    })
  }
  const revisits = await helpdesk.listTicketTasks({ kind: "revisit" })
  logger.info(
    `Assignment rules and tasks seeded: 2 rules, 2 auto-assigned tickets, ${created} follow-ups, ${revisits.length} revisits.`
  )
}
