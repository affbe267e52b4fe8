import { ArrowPath } from "@medusajs/icons"
import { Badge, Button, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../../components/permission-gate"
import {
  CUSTOMER_PROFILE_PERMISSIONS,
  useRecomputeStatus,
  useStartRecompute,
} from "../../../../hooks/api/customer-profiles"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime } from "../../../../lib/format"

const STATUS_COLORS = { running: "blue", succeeded: "green", failed: "red" } as const

/** "Recompute all profiles" with the progress of the latest run (polled while it runs). */
export const RecomputePanel = () => {
  const { t, i18n } = useTranslation()
  const { data } = useRecomputeStatus()
  const start = useStartRecompute()
  const run = data?.recompute_run ?? null
  const running = run?.status === "running"
  const percent = run && run.total ? Math.min(100, Math.round((run.processed / run.total) * 100)) : running ? 0 : 100

  const onStart = () =>
    start.mutate(undefined, {
      onError: (error) => toast.error(getErrorMessage(error, t("aftersales.common.unknownError"))),
    })

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="aftersales-recompute-panel">
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t("aftersales.customerProfiles.recompute.description")}
        </Text>
        <PermissionGate permission={CUSTOMER_PROFILE_PERMISSIONS.WRITE}>
          <Button size="small" variant="secondary" onClick={onStart} disabled={running} isLoading={start.isPending}>
            <ArrowPath />
            {t("aftersales.customerProfiles.recompute.start")}
          </Button>
        </PermissionGate>
      </div>
      {run && (
        <div
          className="flex flex-col gap-y-2"
          data-testid="aftersales-recompute-progress"
          data-run-id={run.id}
          data-status={run.status}
        >
          <div
            className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <div
              className="bg-ui-fg-interactive h-full rounded-full transition-[width]"
              style={{ width: `${percent}%` }}
            />
          </div>
          <div className="flex items-center gap-x-2">
            <Badge size="2xsmall" color={STATUS_COLORS[run.status]}>
              {t(`aftersales.customerProfiles.recompute.status.${run.status}`)}
            </Badge>
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("aftersales.customerProfiles.recompute.progress", {
                processed: run.processed,
                total: run.total,
                changed: run.changed,
              })}
              {" · "}
              {formatDateTime(run.finished_at ?? run.started_at, i18n.language)}
            </Text>
          </div>
          {run.error && (
            <Text size="xsmall" className="text-ui-fg-error">
              {run.error}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}
