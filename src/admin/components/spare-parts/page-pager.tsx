import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** "Page n of m" with previous/next buttons under a stock table; renders nothing for a single page. */
export const PagePager = ({
  page,
  pages,
  onPageChange,
}: {
  page: number
  pages: number
  onPageChange: (page: number) => void
}) => {
  const { t } = useTranslation()
  if (pages <= 1) {
    return null
  }
  return (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {t("aftersales.stock.movements.page", { page: page + 1, pages })}
      </Text>
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" disabled={page === 0} onClick={() => onPageChange(page - 1)}>
          {t("aftersales.stock.movements.previous")}
        </Button>
        <Button size="small" variant="secondary" disabled={page + 1 >= pages} onClick={() => onPageChange(page + 1)}>
          {t("aftersales.stock.movements.next")}
        </Button>
      </div>
    </div>
  )
}
