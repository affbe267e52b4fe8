import { REPAIR_LABOUR_LINE_FIELDS } from "../costs/helpers"

export const retrieveRepairLabourLineQueryConfig = {
  defaults: [...REPAIR_LABOUR_LINE_FIELDS, "repair_order_id"],
  isList: false,
}
