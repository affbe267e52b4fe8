import { ArrowRightMini, EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton, Text, toast } from "@medusajs/ui"
import { DragEvent, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import {
  RepairOrder,
  RepairPipeline,
  RepairPipelineStage,
  useTransitionRepairOrder,
} from "../../../hooks/api/repair-orders"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { getErrorMessage } from "../../../lib/errors"
import { REPAIR_PERMISSIONS } from "../../../hooks/api/repair-orders"
import {
  RepairPriorityBadge,
  repairCustomerLabel,
  useAgeLabel,
  useRepairStageLabel,
  WarrantyBadge,
} from "./shared"

const DRAG_TYPE = "application/x-aftersales-repair"

type Props = {
  repairs: RepairOrder[]
  stages: RepairPipelineStage[]
  pipelines: RepairPipeline[]
  technicianNames: Map<string, string>
  /** Closed, rejected and canceled columns are hidden unless asked for. */
  showClosed: boolean
}

/** Transitions the repair's pipeline allows from its stage, as `{ to, name }`. */
function allowedFrom(pipelines: RepairPipeline[], repair: RepairOrder) {
  const pipeline = pipelines.find((candidate) => candidate.key === repair.pipeline_key)
  const seen = new Set<string>()
  return (pipeline?.definition?.transitions ?? []).filter((transition) => {
    const matches =
      (transition.from === repair.stage || transition.from === "*") &&
      transition.to !== repair.stage &&
      !seen.has(transition.to)
    if (matches) {
      seen.add(transition.to)
    }
    return matches
  })
}

const RepairCard = ({
  repair,
  technicianNames,
  pipelines,
  canWrite,
  onMove,
}: {
  repair: RepairOrder
  technicianNames: Map<string, string>
  pipelines: RepairPipeline[]
  canWrite: boolean
  onMove: (repair: RepairOrder, to: string) => void
}) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const age = useAgeLabel()
  const stageLabel = useRepairStageLabel()
  const transitions = canWrite ? allowedFrom(pipelines, repair) : []

  return (
    <div
      role="button"
      tabIndex={0}
      draggable={canWrite}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.setData(DRAG_TYPE, repair.id)
        event.dataTransfer.effectAllowed = "move"
      }}
      onClick={() => navigate(`/repair-orders/${repair.id}`)}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          navigate(`/repair-orders/${repair.id}`)
        }
      }}
      className="bg-ui-bg-base shadow-elevation-card-rest hover:shadow-elevation-card-hover flex cursor-pointer flex-col gap-y-1.5 rounded-lg p-3 transition-shadow"
      data-testid="aftersales-repair-card"
      data-number={repair.number}
      data-id={repair.id}
      data-stage={repair.stage}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus" className="font-mono">
          {repair.number}
        </Text>
        <div className="flex items-center gap-x-1">
          <Text size="xsmall" className="text-ui-fg-muted" title={repair.created_at}>
            {age(repair.created_at)}
          </Text>
          {transitions.length > 0 && (
            <DropdownMenu>
              <DropdownMenu.Trigger asChild onClick={(event) => event.stopPropagation()}>
                <IconButton size="2xsmall" variant="transparent" data-testid="aftersales-repair-card-menu">
                  <EllipsisHorizontal />
                </IconButton>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content onClick={(event) => event.stopPropagation()}>
                <DropdownMenu.Label>{t("aftersales.repairs.board.moveTo")}</DropdownMenu.Label>
                {transitions.map((transition) => (
                  <DropdownMenu.Item
                    key={transition.to}
                    onClick={() => onMove(repair, transition.to)}
                    data-testid="aftersales-repair-card-move"
                    data-to={transition.to}
                  >
                    <ArrowRightMini className="text-ui-fg-subtle mr-2" />
                    {stageLabel(transition.to)}
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Content>
            </DropdownMenu>
          )}
        </div>
      </div>
      <Text size="small" className="truncate" title={repair.product_title ?? undefined}>
        {repair.product_title || t("aftersales.repairs.unknownProduct")}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle truncate">
        {repairCustomerLabel(repair)}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle truncate">
        {repair.technician_id
          ? technicianNames.get(repair.technician_id) ?? repair.technician_id
          : t("aftersales.repairs.unassigned")}
      </Text>
      <div className="flex flex-wrap items-center gap-1">
        <WarrantyBadge status={repair.warranty_status} />
        <RepairPriorityBadge priority={repair.priority} />
      </div>
    </div>
  )
}

/**
 * Kanban of repairs by pipeline stage. Dropping a card on a column (or picking a stage in the
 * card menu) asks the server for that transition; a refusal (400 not allowed, 409 stale) is
 * shown with the server's message and the card stays where it was.
 */
export const RepairBoard = ({ repairs, stages, pipelines, technicianNames, showClosed }: Props) => {
  const { t } = useTranslation()
  const stageLabel = useRepairStageLabel()
  const { can } = useAftersalesPermissions()
  const canWrite = can(REPAIR_PERMISSIONS.WRITE)
  const transition = useTransitionRepairOrder()
  const [over, setOver] = useState<string | null>(null)

  const columns = useMemo(
    () =>
      stages.filter(
        (stage) => showClosed || !["closed", "canceled"].includes(stage.category)
      ),
    [stages, showClosed]
  )
  const byStage = useMemo(() => {
    const map = new Map<string, RepairOrder[]>()
    for (const repair of repairs) {
      map.set(repair.stage, [...(map.get(repair.stage) ?? []), repair])
    }
    return map
  }, [repairs])

  const move = async (repair: RepairOrder, to: string) => {
    if (repair.stage === to) {
      return
    }
    try {
      await transition.mutateAsync({ id: repair.id, to_stage: to, version: repair.version })
      toast.success(
        t("aftersales.repairs.toasts.moved", { number: repair.number, stage: stageLabel(to) })
      )
    } catch (error) {
      toast.error(
        t("aftersales.repairs.toasts.moveRefused", {
          number: repair.number,
          message: getErrorMessage(error, t("aftersales.common.unknownError")),
        })
      )
    }
  }

  const onDrop = (stage: string) => (event: DragEvent) => {
    event.preventDefault()
    setOver(null)
    const id = event.dataTransfer.getData(DRAG_TYPE)
    const repair = repairs.find((candidate) => candidate.id === id)
    if (repair) {
      move(repair, stage)
    }
  }

  return (
    <div className="flex gap-x-3 overflow-x-auto px-6 py-4" data-testid="aftersales-repair-board">
      {columns.map((stage) => {
        const cards = byStage.get(stage.key) ?? []
        return (
          <div
            key={stage.key}
            className={`bg-ui-bg-subtle flex w-[260px] shrink-0 flex-col gap-y-2 rounded-lg p-2 ${
              over === stage.key ? "ring-ui-border-interactive ring-2" : ""
            }`}
            onDragOver={(event) => {
              if (canWrite) {
                event.preventDefault()
                setOver(stage.key)
              }
            }}
            onDragLeave={() => setOver((current) => (current === stage.key ? null : current))}
            onDrop={onDrop(stage.key)}
            data-testid="aftersales-repair-column"
            data-stage={stage.key}
          >
            <div className="flex items-center justify-between px-1">
              <Text size="small" weight="plus">
                {stageLabel(stage.key, stage.name)}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted" data-testid="aftersales-repair-column-count">
                {cards.length}
              </Text>
            </div>
            <div className="flex min-h-[80px] flex-col gap-y-2">
              {cards.map((repair) => (
                <RepairCard
                  key={repair.id}
                  repair={repair}
                  technicianNames={technicianNames}
                  pipelines={pipelines}
                  canWrite={canWrite}
                  onMove={move}
                />
              ))}
            </div>
          </div>
        )
      })}
    </div>
  )
}
