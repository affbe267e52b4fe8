import { useParams } from "react-router-dom"

import { RequirePermission } from "../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../components/states"
import { useSparePart } from "../../../hooks/api/spare-parts"
import { PartCompatibilitySection } from "./components/part-compatibility-section"
import { PartDemandSection } from "./components/part-demand-section"
import { PartMasterSection } from "./components/part-master-section"
import { PartReorderPoliciesSection } from "./components/part-reorder-policies-section"
import { PartSalesSection } from "./components/part-sales-section"
import { PartSpecificationsSection } from "./components/part-specifications-section"
import { PartSuppliersSection } from "./components/part-suppliers-section"
import { AlertsSection } from "./components/alerts-section"
import { MovementsSection } from "./components/movements-section"
import { StockSection } from "./components/stock-section"
import { PartPurchasingSection } from "../../procurement/components/part-purchasing-section"

/**
 * The part page: one section component per concern. Other features mount their sections
 * (stock per location, movements, alerts, demand, sales, ...) with one line in the column
 * marked for them; each section receives the loaded part.
 */
const SparePartDetail = ({ id }: { id: string }) => {
  const { spare_part: part, isPending, isError, error, refetch } = useSparePart(id)

  if (isPending) {
    return <LoadingState rows={6} />
  }
  if (isError || !part) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <div className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4" data-testid="aftersales-spare-part-page">
      <div className="flex w-full flex-col gap-y-3">
        <PartMasterSection part={part} />
        {/* Main column: stock, movements, alerts, demand and sales sections go here. */}
        <StockSection part={part} />
        <MovementsSection part={part} />
        <PartDemandSection part={part} />
        <PartSalesSection part={part} />
        <PartSuppliersSection part={part} />
        <PartReorderPoliciesSection part={part} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
        <PartSpecificationsSection part={part} />
        <PartCompatibilitySection part={part} />
        <AlertsSection part={part} />
        <PartPurchasingSection part={part} />
        {/* Side column: further small sections go here. */}
      </div>
    </div>
  )
}

const SparePartPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="spare_parts:read">
      <SparePartDetail id={id!} />
    </RequirePermission>
  )
}

const PartBreadcrumb = ({ id }: { id: string }) => {
  const { spare_part } = useSparePart(id)
  return <>{spare_part?.part_number ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => <PartBreadcrumb id={params.id} />,
}

export default SparePartPage
