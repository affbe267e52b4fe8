import { Module } from "@medusajs/framework/utils"
import AftersalesAccessModuleService from "./service"

export const AFTERSALES_ACCESS_MODULE = "aftersalesAccess"

export default Module(AFTERSALES_ACCESS_MODULE, {
  service: AftersalesAccessModuleService,
})
