import { Module } from "@medusajs/framework/utils"
import SparePartsModuleService from "./service"

export const SPARE_PARTS_MODULE = "spareParts"

export default Module(SPARE_PARTS_MODULE, {
  service: SparePartsModuleService,
})
