import { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import WarrantyPolicy from "./models/warranty-policy"
import WarrantyRegistration from "./models/warranty-registration"
import WarrantySetting from "./models/warranty-setting"

export type WarrantyPolicyRecord = InferTypeOf<typeof WarrantyPolicy>
export type WarrantyRegistrationRecord = InferTypeOf<typeof WarrantyRegistration>
export type WarrantySettingRecord = InferTypeOf<typeof WarrantySetting>

/** Id of the single warranty_setting row. */
export const WARRANTY_SETTINGS_ID = "wset_default"

class WarrantyModuleService extends MedusaService({
  WarrantyPolicy,
  WarrantyRegistration,
  WarrantySetting,
}) {}

export default WarrantyModuleService
