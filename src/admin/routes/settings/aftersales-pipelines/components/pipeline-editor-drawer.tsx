import { Plus, Trash } from "@medusajs/icons"
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Drawer,
  Heading,
  IconButton,
  Input,
  Label,
  Select,
  Switch,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"

import { LoadingState } from "../../../../components/states"
import {
  PipelineStageDefinition,
  PipelineTransitionDefinition,
  TicketPipelineDetail,
  usePipelineDetail,
  useSaveTicketPipeline,
} from "../../../../hooks/api/service-desk-settings"
import { getErrorMessage } from "../../../../lib/errors"
import { StageCategory, TICKET_TYPES, TicketType } from "../../../../lib/types"

export const STAGE_CATEGORIES: StageCategory[] = [
  "new",
  "open",
  "waiting",
  "resolved",
  "closed",
  "canceled",
]
/** `from: "*"` in a transition: every unfinished stage. */
const ANY_STAGE = "*"
/** Select value for "let the server pick the nearest stage of the same kind". */
const AUTOMATIC = "__automatic__"

type EditableStage = PipelineStageDefinition & { isNew: boolean }

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The pipeline to edit; omitted to create one. */
  pipelineId?: string
  /** Definition a new pipeline starts from (a copy of the default pipeline). */
  template?: TicketPipelineDetail
}

export const PipelineEditorDrawer = ({
  open,
  onOpenChange,
  pipelineId,
  template,
}: Props) => {
  const { t } = useTranslation()
  const detail = usePipelineDetail(open ? pipelineId : undefined)
  const pipeline = pipelineId ? detail.ticket_pipeline : undefined
  const save = useSaveTicketPipeline()

  const [key, setKey] = useState("")
  const [name, setName] = useState("")
  const [ticketTypes, setTicketTypes] = useState<TicketType[]>([])
  const [isDefault, setIsDefault] = useState(false)
  const [stages, setStages] = useState<EditableStage[]>([])
  const [transitions, setTransitions] = useState<PipelineTransitionDefinition[]>([])
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const errorRef = useRef<HTMLDivElement>(null)

  // The form is long: bring the API's explanation into view when a save is refused.
  useEffect(() => {
    if (serverError) {
      errorRef.current?.scrollIntoView({ block: "nearest" })
    }
  }, [serverError])

  const source = pipelineId ? pipeline : template
  useEffect(() => {
    if (!open || (pipelineId && !pipeline)) {
      return
    }
    setKey(pipeline?.key ?? "")
    setName(pipeline?.name ?? "")
    setTicketTypes(pipeline?.ticket_types ?? [])
    setIsDefault(pipeline?.is_default ?? false)
    setStages(
      (source?.definition.stages ?? []).map((stage) => ({
        ...stage,
        isNew: !pipeline,
      }))
    )
    setTransitions(source?.definition.transitions ?? [])
    setMapping({})
    setServerError(null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, pipelineId, pipeline?.updated_at, template?.id])

  const ticketCounts = pipeline?.ticket_counts ?? {}
  const stageKeys = stages.map((stage) => stage.key).filter(Boolean)

  /** Stages of the saved definition that are gone from the edit and still hold tickets. */
  const strandedStages = useMemo(
    () =>
      (pipeline?.definition.stages ?? []).filter(
        (stage) => (ticketCounts[stage.key] ?? 0) > 0 && !stageKeys.includes(stage.key)
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pipeline, ticketCounts, stageKeys.join("|")]
  )

  const updateStage = (index: number, change: Partial<EditableStage>) =>
    setStages((prev) =>
      prev.map((stage, i) => {
        if (change.is_initial && i !== index) {
          return { ...stage, is_initial: false }
        }
        return i === index ? { ...stage, ...change } : stage
      })
    )

  const removeStage = (index: number) => {
    const removed = stages[index]
    setStages((prev) => prev.filter((_, i) => i !== index))
    setTransitions((prev) =>
      prev.filter((tr) => tr.from !== removed.key && tr.to !== removed.key)
    )
  }

  const updateTransition = (index: number, change: Partial<PipelineTransitionDefinition>) =>
    setTransitions((prev) => prev.map((tr, i) => (i === index ? { ...tr, ...change } : tr)))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setServerError(null)
    const definition = {
      stages: stages.map(({ isNew: _isNew, ...stage }) => ({
        key: stage.key.trim(),
        name: stage.name.trim(),
        category: stage.category,
        sla: stage.sla,
        ...(stage.is_initial ? { is_initial: true } : {}),
      })),
      transitions: transitions.map((tr) => ({
        from: tr.from,
        to: tr.to,
        ...(tr.name?.trim() ? { name: tr.name.trim() } : {}),
      })),
    }
    const stageMapping = Object.fromEntries(
      Object.entries(mapping).filter(
        ([from, to]) => to !== AUTOMATIC && strandedStages.some((s) => s.key === from)
      )
    )
    try {
      await save.mutateAsync(
        pipeline
          ? {
              id: pipeline.id,
              name,
              ticket_types: ticketTypes,
              definition,
              ...(isDefault && !pipeline.is_default ? { is_default: true } : {}),
              ...(Object.keys(stageMapping).length ? { stage_mapping: stageMapping } : {}),
            }
          : { key, name, ticket_types: ticketTypes, definition, is_default: isDefault }
      )
      toast.success(
        pipeline
          ? t("aftersales.pipelines.toasts.updated")
          : t("aftersales.pipelines.toasts.created")
      )
      onOpenChange(false)
    } catch (error) {
      // The API explains what is wrong (invalid definition, stranded tickets, ...).
      const message = getErrorMessage(error, t("aftersales.common.unknownError"))
      setServerError(message)
      toast.error(message)
    }
  }

  const stageOptions = stages.filter((stage) => stage.key.trim())

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content
        className="max-w-[980px]"
        data-testid="aftersales-pipeline-drawer"
        aria-describedby={undefined}
      >
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {pipelineId
                ? t("aftersales.pipelines.form.editTitle")
                : t("aftersales.pipelines.form.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
            {pipelineId && !pipeline ? (
              <LoadingState rows={6} />
            ) : (
              <>
                {serverError && (
                  <div ref={errorRef}>
                    <Alert variant="error" dismissible data-testid="aftersales-pipeline-error">
                      {serverError}
                    </Alert>
                  </div>
                )}
                <div className="grid grid-cols-2 gap-4">
                  <div className="flex flex-col gap-y-2">
                    <Label size="small" weight="plus" htmlFor="aftersales-pipeline-key">
                      {t("aftersales.pipelines.fields.key")}
                    </Label>
                    <Input
                      id="aftersales-pipeline-key"
                      name="key"
                      size="small"
                      required
                      disabled={!!pipelineId}
                      pattern="[a-z][a-z0-9_]{1,49}"
                      value={key}
                      onChange={(e) => setKey(e.target.value)}
                    />
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t("aftersales.pipelines.form.keyHint")}
                    </Text>
                  </div>
                  <div className="flex flex-col gap-y-2">
                    <Label size="small" weight="plus" htmlFor="aftersales-pipeline-name">
                      {t("aftersales.pipelines.fields.name")}
                    </Label>
                    <Input
                      id="aftersales-pipeline-name"
                      name="name"
                      size="small"
                      required
                      value={name}
                      onChange={(e) => setName(e.target.value)}
                    />
                  </div>
                </div>

                <div className="flex flex-col gap-y-2">
                  <Label size="small" weight="plus">
                    {t("aftersales.pipelines.fields.ticketTypes")}
                  </Label>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("aftersales.pipelines.form.ticketTypesHint")}
                  </Text>
                  <div className="flex flex-wrap gap-x-4 gap-y-2">
                    {TICKET_TYPES.map((type) => (
                      <label key={type} className="flex items-center gap-x-2">
                        <Checkbox
                          name={`type-${type}`}
                          checked={ticketTypes.includes(type)}
                          onCheckedChange={(checked) =>
                            setTicketTypes((prev) =>
                              checked === true
                                ? [...prev, type]
                                : prev.filter((value) => value !== type)
                            )
                          }
                        />
                        <Text size="small">{t(`aftersales.serviceDesk.types.${type}`)}</Text>
                      </label>
                    ))}
                  </div>
                </div>

                <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start justify-between gap-x-4 rounded-lg p-3">
                  <div className="flex flex-col">
                    <Label size="small" weight="plus" htmlFor="aftersales-pipeline-default">
                      {t("aftersales.pipelines.fields.isDefault")}
                    </Label>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {pipeline?.is_default
                        ? t("aftersales.pipelines.form.isDefaultLocked")
                        : t("aftersales.pipelines.form.isDefaultHint")}
                    </Text>
                  </div>
                  <Switch
                    id="aftersales-pipeline-default"
                    checked={isDefault}
                    disabled={!!pipeline?.is_default}
                    onCheckedChange={setIsDefault}
                  />
                </div>

                <section className="flex flex-col gap-y-2" data-testid="aftersales-pipeline-stages">
                  <div className="flex items-center justify-between">
                    <Heading level="h3">{t("aftersales.pipelines.stages.title")}</Heading>
                    <Button
                      type="button"
                      size="small"
                      variant="secondary"
                      data-testid="aftersales-pipeline-add-stage"
                      onClick={() =>
                        setStages((prev) => [
                          ...prev,
                          { key: "", name: "", category: "open", sla: "running", isNew: true },
                        ])
                      }
                    >
                      <Plus />
                      {t("aftersales.pipelines.stages.add")}
                    </Button>
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("aftersales.pipelines.stages.hint")}
                  </Text>
                  <div className="grid grid-cols-[1.1fr_1.3fr_1fr_1fr_auto_auto_auto] items-center gap-2">
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.stages.key")}</Text>
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.stages.name")}</Text>
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.stages.category")}</Text>
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.stages.sla")}</Text>
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.stages.initial")}</Text>
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.stages.tickets")}</Text>
                    <span />
                    {stages.map((stage, index) => (
                      <StageRow
                        key={index}
                        stage={stage}
                        index={index}
                        tickets={ticketCounts[stage.key] ?? 0}
                        onChange={(change) => updateStage(index, change)}
                        onRemove={() => removeStage(index)}
                      />
                    ))}
                  </div>
                </section>

                {strandedStages.length > 0 && (
                  <section
                    className="border-ui-border-base flex flex-col gap-y-2 rounded-md border p-3"
                    data-testid="aftersales-pipeline-stage-mapping"
                  >
                    <Heading level="h3">{t("aftersales.pipelines.mapping.title")}</Heading>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t("aftersales.pipelines.mapping.hint")}
                    </Text>
                    {strandedStages.map((stage) => (
                      <div key={stage.key} className="grid grid-cols-2 items-center gap-2">
                        <Text size="small">
                          {t("aftersales.pipelines.mapping.from", {
                            stage: stage.name,
                            count: ticketCounts[stage.key],
                          })}
                        </Text>
                        <Select
                          size="small"
                          value={mapping[stage.key] ?? AUTOMATIC}
                          onValueChange={(value) =>
                            setMapping((prev) => ({ ...prev, [stage.key]: value }))
                          }
                        >
                          <Select.Trigger data-testid={`aftersales-pipeline-mapping-${stage.key}`}>
                            <Select.Value />
                          </Select.Trigger>
                          <Select.Content>
                            <Select.Item value={AUTOMATIC}>
                              {t("aftersales.pipelines.mapping.automatic")}
                            </Select.Item>
                            {stageOptions.map((target) => (
                              <Select.Item key={target.key} value={target.key}>
                                {target.name || target.key}
                              </Select.Item>
                            ))}
                          </Select.Content>
                        </Select>
                      </div>
                    ))}
                  </section>
                )}

                <section className="flex flex-col gap-y-2" data-testid="aftersales-pipeline-transitions">
                  <div className="flex items-center justify-between">
                    <Heading level="h3">{t("aftersales.pipelines.transitions.title")}</Heading>
                    <Button
                      type="button"
                      size="small"
                      variant="secondary"
                      disabled={stageOptions.length < 2}
                      onClick={() =>
                        setTransitions((prev) => [
                          ...prev,
                          { from: stageOptions[0].key, to: stageOptions[1].key },
                        ])
                      }
                    >
                      <Plus />
                      {t("aftersales.pipelines.transitions.add")}
                    </Button>
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("aftersales.pipelines.transitions.hint")}
                  </Text>
                  <div className="grid grid-cols-[1fr_1fr_1.2fr_auto] items-center gap-2">
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.transitions.from")}</Text>
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.transitions.to")}</Text>
                    <Text size="xsmall" weight="plus">{t("aftersales.pipelines.transitions.name")}</Text>
                    <span />
                    {transitions.map((transition, index) => (
                      <TransitionRow
                        key={index}
                        transition={transition}
                        stages={stageOptions}
                        onChange={(change) => updateTransition(index, change)}
                        onRemove={() =>
                          setTransitions((prev) => prev.filter((_, i) => i !== index))
                        }
                      />
                    ))}
                  </div>
                </section>
              </>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={save.isPending}
              disabled={!!pipelineId && !pipeline}
              data-testid="aftersales-pipeline-save"
            >
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

const StageRow = ({
  stage,
  index,
  tickets,
  onChange,
  onRemove,
}: {
  stage: EditableStage
  index: number
  tickets: number
  onChange: (change: Partial<EditableStage>) => void
  onRemove: () => void
}) => {
  const { t } = useTranslation()
  return (
    <>
      <Input
        size="small"
        name={`stage-${index}-key`}
        aria-label={t("aftersales.pipelines.stages.key")}
        required
        pattern="[A-Za-z0-9_\-]{1,50}"
        // an existing stage's key is what its tickets point at: rename means remove and add
        disabled={!stage.isNew}
        value={stage.key}
        onChange={(e) => onChange({ key: e.target.value })}
      />
      <Input
        size="small"
        name={`stage-${index}-name`}
        aria-label={t("aftersales.pipelines.stages.name")}
        required
        value={stage.name}
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <Select
        size="small"
        value={stage.category}
        onValueChange={(value) => onChange({ category: value as StageCategory })}
      >
        <Select.Trigger aria-label={t("aftersales.pipelines.stages.category")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {STAGE_CATEGORIES.map((category) => (
            <Select.Item key={category} value={category}>
              {t(`aftersales.pipelines.categories.${category}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Select
        size="small"
        value={stage.sla}
        onValueChange={(value) => onChange({ sla: value as "running" | "paused" })}
      >
        <Select.Trigger aria-label={t("aftersales.pipelines.stages.sla")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value="running">{t("aftersales.pipelines.sla.running")}</Select.Item>
          <Select.Item value="paused">{t("aftersales.pipelines.sla.paused")}</Select.Item>
        </Select.Content>
      </Select>
      <div className="flex justify-center">
        <Checkbox
          aria-label={t("aftersales.pipelines.stages.initial")}
          checked={!!stage.is_initial}
          onCheckedChange={(checked) => onChange({ is_initial: checked === true })}
        />
      </div>
      <div className="flex justify-center">
        <Badge size="2xsmall" color={tickets ? "blue" : "grey"}>
          {tickets}
        </Badge>
      </div>
      <IconButton
        type="button"
        size="small"
        variant="transparent"
        aria-label={t("aftersales.pipelines.stages.remove")}
        onClick={onRemove}
      >
        <Trash />
      </IconButton>
    </>
  )
}

const TransitionRow = ({
  transition,
  stages,
  onChange,
  onRemove,
}: {
  transition: PipelineTransitionDefinition
  stages: PipelineStageDefinition[]
  onChange: (change: Partial<PipelineTransitionDefinition>) => void
  onRemove: () => void
}) => {
  const { t } = useTranslation()
  return (
    <>
      <Select size="small" value={transition.from} onValueChange={(from) => onChange({ from })}>
        <Select.Trigger aria-label={t("aftersales.pipelines.transitions.from")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ANY_STAGE}>{t("aftersales.pipelines.transitions.any")}</Select.Item>
          {stages.map((stage) => (
            <Select.Item key={stage.key} value={stage.key}>
              {stage.name || stage.key}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Select size="small" value={transition.to} onValueChange={(to) => onChange({ to })}>
        <Select.Trigger aria-label={t("aftersales.pipelines.transitions.to")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {stages.map((stage) => (
            <Select.Item key={stage.key} value={stage.key}>
              {stage.name || stage.key}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Input
        size="small"
        aria-label={t("aftersales.pipelines.transitions.name")}
        value={transition.name ?? ""}
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <IconButton
        type="button"
        size="small"
        variant="transparent"
        aria-label={t("aftersales.pipelines.transitions.remove")}
        onClick={onRemove}
      >
        <Trash />
      </IconButton>
    </>
  )
}
