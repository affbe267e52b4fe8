import { Module } from "@medusajs/framework/utils"
import AftersalesAuditModuleService from "./service"

export const AFTERSALES_AUDIT_MODULE = "aftersalesAudit"

export default Module(AFTERSALES_AUDIT_MODULE, {
  service: AftersalesAuditModuleService,
})
