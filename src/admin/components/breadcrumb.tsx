import { useTranslation } from "react-i18next"

/** Breadcrumb label for a route `handle`: a component so it follows the admin language. */
export const TranslatedBreadcrumb = ({ i18nKey }: { i18nKey: string }) => {
  const { t } = useTranslation()
  return <>{t(i18nKey)}</>
}
