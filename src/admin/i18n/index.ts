import en from "./json/en.json" with { type: "json" }
import zhCN from "./json/zh-CN.json" with { type: "json" }

/**
 * Admin translations, merged into the dashboard's default `translation` namespace (all keys
 * live under `aftersales.*` to avoid collisions). Keys are the dashboard's language codes:
 * Simplified Chinese is `zhCN` there (see @medusajs/dashboard src/i18n/languages.ts).
 */
export default {
  en: {
    translation: en,
  },
  zhCN: {
    translation: zhCN,
  },
}
