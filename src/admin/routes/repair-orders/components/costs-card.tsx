import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { SectionHeader } from "../../../components/states"
import { RepairOrderDetail, useRepairCosts } from "../../../hooks/api/repair-orders"
import { getErrorMessage } from "../../../lib/errors"
import { useFormatMoney } from "./shared"

/** Parts and labour at cost and at price; what the warranty covers and what the customer pays. */
export const CostsCard = ({ repair }: { repair: RepairOrderDetail }) => {
  const { t } = useTranslation()
  const formatMoney = useFormatMoney()
  // Part and labour lines change the costs: refetch whenever the repair's version moves on.
  const { costs, isPending, isError, error } = useRepairCosts(repair.id)

  const money = (value: number | undefined) => formatMoney(value ?? 0, costs?.currency_code ?? repair.currency_code)

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-costs">
      <SectionHeader title={t("aftersales.repairs.costs.title")} />
      {isPending ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.common.loading")}
        </Text>
      ) : isError || !costs ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.repairs.costs.unavailable", {
            message: getErrorMessage(error, t("aftersales.common.unknownError")),
          })}
        </Text>
      ) : (
        <div className="flex flex-col px-6 py-4">
          <div className="text-ui-fg-subtle grid grid-cols-3 gap-y-2">
            <span />
            <Text size="xsmall" weight="plus" className="text-right">
              {t("aftersales.repairs.costs.cost")}
            </Text>
            <Text size="xsmall" weight="plus" className="text-right">
              {t("aftersales.repairs.costs.price")}
            </Text>
            <Text size="small">{t("aftersales.repairs.costs.parts")}</Text>
            <Text size="small" className="text-right" data-testid="aftersales-repair-costs-parts-cost">
              {money(costs.parts_cost)}
            </Text>
            <Text size="small" className="text-right">{money(costs.parts_price)}</Text>
            <Text size="small">{t("aftersales.repairs.costs.labour")}</Text>
            <Text size="small" className="text-right">{money(costs.labour_cost)}</Text>
            <Text size="small" className="text-right">{money(costs.labour_price)}</Text>
            <Text size="small" weight="plus">{t("aftersales.repairs.costs.total")}</Text>
            <Text size="small" weight="plus" className="text-right" data-testid="aftersales-repair-costs-total-cost">
              {money(costs.total_cost)}
            </Text>
            <Text size="small" weight="plus" className="text-right" data-testid="aftersales-repair-costs-total-price">
              {money(costs.total_price)}
            </Text>
          </div>
          <div className="border-ui-border-base mt-3 grid grid-cols-2 gap-y-2 border-t pt-3">
            <Text size="small">{t("aftersales.repairs.costs.covered")}</Text>
            <Text size="small" className="text-right" data-testid="aftersales-repair-costs-covered">
              {money(costs.covered_amount)}
            </Text>
            <Text size="small" weight="plus">{t("aftersales.repairs.costs.customer")}</Text>
            <Text size="small" weight="plus" className="text-right" data-testid="aftersales-repair-costs-customer">
              {money(costs.customer_amount)}
            </Text>
          </div>
        </div>
      )}
    </Container>
  )
}
