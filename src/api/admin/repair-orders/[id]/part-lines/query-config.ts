import { REPAIR_PART_LINE_FIELDS } from "../costs/helpers"

export const retrieveRepairPartLineQueryConfig = {
  defaults: [...REPAIR_PART_LINE_FIELDS, "repair_order_id"],
  isList: false,
}
