import { useMemo } from "react"
import { useParams } from "react-router-dom"

import { RequirePermission } from "../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../components/states"
import { REPAIR_PERMISSIONS, useRepairOrder } from "../../../hooks/api/repair-orders"
import { useAdminUsers } from "../../../hooks/api/users"
import { userDisplayName } from "../../settings/aftersales-roles/components/user-display"
import { AssignmentCard } from "../components/assignment-card"
import { CostsCard } from "../components/costs-card"
import { CustomerCard } from "../components/customer-card"
import { DiagnosisCard } from "../components/diagnosis-card"
import { IntakeCard } from "../components/intake-card"
import { LabourLinesSection } from "../components/labour-lines-section"
import { PartLinesSection } from "../components/part-lines-section"
import { QuoteCard } from "../components/quote-card"
import { RepairHeader } from "../components/repair-header"
import { RepairTimeline } from "../components/repair-timeline"
import { ResultCard } from "../components/result-card"
import { useRepairStages } from "../components/shared"
import { WarrantyCard } from "../components/warranty-card"
import { WorkLogSection } from "../components/work-log-section"

const RepairOrderDetailView = ({ id }: { id: string }) => {
  const { repair_order, isPending, isError, error, refetch } = useRepairOrder(id)
  const { stages } = useRepairStages()
  const { users } = useAdminUsers()
  const userNames = useMemo(
    () => new Map((users ?? []).map((user) => [user.id, userDisplayName(user)])),
    [users]
  )

  if (isPending) {
    return <LoadingState rows={8} />
  }
  if (isError || !repair_order) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const reload = () => {
    refetch()
  }

  return (
    <div className="flex flex-col gap-y-3 xl:grid xl:grid-cols-[1fr_400px] xl:items-start xl:gap-3" data-testid="aftersales-repair-page">
      <div className="flex flex-col gap-y-3">
        <RepairHeader repair={repair_order} stages={stages} onReload={reload} />
        <IntakeCard repair={repair_order} />
        <DiagnosisCard repair={repair_order} onReload={reload} />
        <PartLinesSection repair={repair_order} onReload={reload} />
        <LabourLinesSection repair={repair_order} />
        <WorkLogSection repair={repair_order} userNames={userNames} />
      </div>
      <div className="flex flex-col gap-y-3">
        <WarrantyCard repair={repair_order} />
        <CustomerCard repair={repair_order} />
        <AssignmentCard repair={repair_order} onReload={reload} />
        <CostsCard repair={repair_order} />
        <QuoteCard repair={repair_order} onReload={reload} />
        <ResultCard repair={repair_order} onReload={reload} />
        <RepairTimeline activities={repair_order.activities ?? []} userNames={userNames} />
      </div>
    </div>
  )
}

const RepairOrderPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission={REPAIR_PERMISSIONS.READ}>
      <RepairOrderDetailView id={id!} />
    </RequirePermission>
  )
}

const RepairBreadcrumb = ({ id }: { id: string }) => {
  const { repair_order } = useRepairOrder(id)
  return <>{repair_order?.number ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => <RepairBreadcrumb id={params.id} />,
}

export default RepairOrderPage
