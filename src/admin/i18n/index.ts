import en from "./json/en.json" with { type: "json" }
import zhCN from "./json/zh-CN.json" with { type: "json" }
import customerProfilesEn from "./json/customer-profiles.en.json" with { type: "json" }
import customerProfilesZhCN from "./json/customer-profiles.zh-CN.json" with { type: "json" }
import serviceDeskSettingsEn from "./json/service-desk-settings.en.json" with { type: "json" }
import serviceDeskSettingsZhCN from "./json/service-desk-settings.zh-CN.json" with { type: "json" }
import slaEn from "./json/sla.en.json" with { type: "json" }
import slaZhCN from "./json/sla.zh-CN.json" with { type: "json" }
import sparePartsEn from "./json/spare-parts.en.json" with { type: "json" }
import sparePartsZhCN from "./json/spare-parts.zh-CN.json" with { type: "json" }
import procurementEn from "./json/procurement.en.json" with { type: "json" }
import procurementZhCN from "./json/procurement.zh-CN.json" with { type: "json" }
import stockEn from "./json/stock.en.json" with { type: "json" }
import stockZhCN from "./json/stock.zh-CN.json" with { type: "json" }
import partsDemandEn from "./json/parts-demand.en.json" with { type: "json" }
import partsDemandZhCN from "./json/parts-demand.zh-CN.json" with { type: "json" }
import repairOrdersEn from "./json/repair-orders.en.json" with { type: "json" }
import repairOrdersZhCN from "./json/repair-orders.zh-CN.json" with { type: "json" }
import techniciansEn from "./json/technicians.en.json" with { type: "json" }
import techniciansZhCN from "./json/technicians.zh-CN.json" with { type: "json" }
import warrantyEn from "./json/warranty.en.json" with { type: "json" }
import warrantyZhCN from "./json/warranty.zh-CN.json" with { type: "json" }

type Messages = { [key: string]: string | Messages }

/** Deep-merges feature files into one tree; a key defined twice is a mistake caught here. */
function mergeMessages(...parts: Messages[]): Messages {
  const merged: Messages = {}
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = merged[key]
      if (existing === undefined) {
        merged[key] = value
      } else if (typeof existing === "object" && typeof value === "object") {
        merged[key] = mergeMessages(existing, value)
      } else {
        throw new Error(`aftersales i18n: the key "${key}" is defined twice`)
      }
    }
  }
  return merged
}

/**
 * Admin translations, merged into the dashboard's default `translation` namespace (all keys
 * live under `aftersales.*` to avoid collisions). Each feature keeps its strings in its own
 * pair of files. Keys are the dashboard's language codes: Simplified Chinese is `zhCN` there
 * (see @medusajs/dashboard src/i18n/languages.ts).
 */
export default {
  en: {
    translation: mergeMessages(en, customerProfilesEn, serviceDeskSettingsEn, slaEn, procurementEn, sparePartsEn, partsDemandEn, stockEn, repairOrdersEn, techniciansEn, warrantyEn),
  },
  zhCN: {
    translation: mergeMessages(zhCN, customerProfilesZhCN, serviceDeskSettingsZhCN, slaZhCN, procurementZhCN, sparePartsZhCN, partsDemandZhCN, stockZhCN, repairOrdersZhCN, techniciansZhCN, warrantyZhCN),
  },
}
