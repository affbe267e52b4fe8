import { requisitionDecisionHandler } from "../../helpers"

export const POST = requisitionDecisionHandler("cancel")
