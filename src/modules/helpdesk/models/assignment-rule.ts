import { model } from "@medusajs/framework/utils"
import { ASSIGNMENT_STRATEGIES } from "../../../lib/helpdesk/assignment-rules"

/**
 * Routes new, unassigned tickets to a group of agents (see src/lib/helpdesk/assignment-rules).
 * Conditions are any-of lists (empty: any). `member_user_ids` is the team or skill group:
 * a rule on product categories routes those products' tickets to the agents skilled in them.
 * `last_assigned_user_id` is the round-robin cursor, moved with a row lock.
 */
const AssignmentRule = model
  .define("assignment_rule", {
    id: model.id({ prefix: "stasr" }).primaryKey(),
    name: model.text().searchable(),
    rank: model.number().default(0),
    is_active: model.boolean().default(true),
    ticket_types: model.array(),
    channels: model.array(),
    priorities: model.array(),
    product_category_ids: model.array(),
    tags: model.array(),
    strategy: model.enum([...ASSIGNMENT_STRATEGIES]),
    team: model.text().nullable(),
    member_user_ids: model.array(),
    last_assigned_user_id: model.text().nullable(),
  })
  .indexes([{ on: ["rank"] }])

export default AssignmentRule
