import { Button, Container, Heading, Input, Table, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { ChangeEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"

import { PermissionGate, RequirePermission } from "../../../../components/permission-gate"
import { ErrorState, LoadingState, SectionHeader } from "../../../../components/states"
import {
  CountImportResult,
  Stocktake,
  StocktakeAction,
  useEnterStocktakeCounts,
  useImportStocktakeCounts,
  useStocktake,
  useStocktakeAction,
  useStocktakeVariance,
} from "../../../../hooks/api/stock"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime } from "../../../../lib/format"
import { StocktakeStatusBadge } from "../stocktake-status-badge"

const COUNTABLE = ["open", "counting"]

const StocktakeActions = ({ stocktake }: { stocktake: Stocktake }) => {
  const { t } = useTranslation()
  const action = useStocktakeAction(stocktake.id)
  const prompt = usePrompt()

  const run = async (name: StocktakeAction) => {
    let reason: string | undefined
    if (name === "cancel") {
      const confirmed = await prompt({
        title: t("aftersales.stock.stocktakes.cancelTitle"),
        description: t("aftersales.stock.stocktakes.cancelDescription"),
        confirmText: t("aftersales.stock.stocktakes.actions.cancel"),
        cancelText: t("aftersales.common.close"),
      })
      if (!confirmed) {
        return
      }
      reason = t("aftersales.stock.stocktakes.canceledFromAdmin")
    }
    try {
      await action.mutateAsync({ action: name, reason })
      toast.success(t(`aftersales.stock.stocktakes.done.${name}`, { number: stocktake.number }))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const button = (name: StocktakeAction, permission: string, variant: "primary" | "secondary" | "danger" = "secondary") => (
    <PermissionGate permission={permission}>
      <Button
        size="small"
        variant={variant}
        isLoading={action.isPending && action.variables?.action === name}
        onClick={() => run(name)}
        data-testid={`aftersales-stocktake-${name}`}
      >
        {t(`aftersales.stock.stocktakes.actions.${name}`)}
      </Button>
    </PermissionGate>
  )

  return (
    <div className="flex flex-wrap gap-2">
      {COUNTABLE.includes(stocktake.status) && button("submit", "stocktakes:write", "primary")}
      {stocktake.status === "submitted" && button("approve", "stocktakes:approve", "primary")}
      {stocktake.status === "approved" && button("post", "stocktakes:write", "primary")}
      {["open", "counting", "submitted", "approved"].includes(stocktake.status) &&
        button("cancel", "stocktakes:write", "danger")}
    </div>
  )
}

const CountTable = ({ stocktake }: { stocktake: Stocktake }) => {
  const { t } = useTranslation()
  const save = useEnterStocktakeCounts(stocktake.id)
  const editable = COUNTABLE.includes(stocktake.status)
  const [values, setValues] = useState<Record<string, string>>({})

  useEffect(() => {
    setValues(
      Object.fromEntries(
        (stocktake.lines ?? []).map((line) => [
          line.part_id,
          line.counted_quantity === null ? "" : String(line.counted_quantity),
        ])
      )
    )
  }, [stocktake])

  const changed = (stocktake.lines ?? []).filter((line) => {
    const value = values[line.part_id]
    return value !== undefined && value.trim() !== "" && Number(value) !== line.counted_quantity
  })

  const onSave = async () => {
    const counts = changed.map((line) => ({ part_id: line.part_id, counted_quantity: Number(values[line.part_id]) }))
    if (counts.some((count) => !Number.isInteger(count.counted_quantity) || count.counted_quantity < 0)) {
      toast.error(t("aftersales.stock.stocktakes.invalidCount"))
      return
    }
    try {
      await save.mutateAsync(counts)
      toast.success(t("aftersales.stock.stocktakes.countsSaved", { count: counts.length }))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-stocktake-counts">
      <SectionHeader
        title={t("aftersales.stock.stocktakes.countsTitle")}
        description={
          stocktake.expected_hidden
            ? t("aftersales.stock.stocktakes.blindHint")
            : t("aftersales.stock.stocktakes.countsDescription")
        }
        actions={
          editable ? (
            <PermissionGate permission="stocktakes:write">
              <Button
                size="small"
                disabled={!changed.length}
                isLoading={save.isPending}
                onClick={onSave}
                data-testid="aftersales-stocktake-save-counts"
              >
                {t("aftersales.stock.stocktakes.saveCounts")}
              </Button>
            </PermissionGate>
          ) : undefined
        }
      />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("aftersales.stock.alerts.columns.part")}</Table.HeaderCell>
            {!stocktake.expected_hidden && (
              <Table.HeaderCell className="text-right">{t("aftersales.stock.stocktakes.columns.expected")}</Table.HeaderCell>
            )}
            <Table.HeaderCell className="text-right">{t("aftersales.stock.stocktakes.columns.counted")}</Table.HeaderCell>
            {!stocktake.expected_hidden && (
              <Table.HeaderCell className="text-right">{t("aftersales.stock.stocktakes.columns.variance")}</Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(stocktake.lines ?? []).map((line) => (
            <Table.Row key={line.id} data-testid="aftersales-stocktake-line">
              <Table.Cell>
                <Text size="small" weight="plus">
                  {line.part_number}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {line.part_name}
                </Text>
              </Table.Cell>
              {!stocktake.expected_hidden && <Table.Cell className="text-right">{line.expected_quantity}</Table.Cell>}
              <Table.Cell className="text-right">
                {editable ? (
                  <Input
                    size="small"
                    type="number"
                    min={0}
                    step={1}
                    className="ml-auto w-24 text-right"
                    aria-label={t("aftersales.stock.stocktakes.countFor", { part: line.part_number })}
                    data-testid={`aftersales-stocktake-count-${line.part_number}`}
                    value={values[line.part_id] ?? ""}
                    onChange={(event) => setValues({ ...values, [line.part_id]: event.target.value })}
                  />
                ) : (
                  line.counted_quantity ?? "-"
                )}
              </Table.Cell>
              {!stocktake.expected_hidden && (
                <Table.Cell className="text-right">
                  {line.variance === null ? "-" : line.variance > 0 ? `+${line.variance}` : line.variance}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

const CsvImport = ({ stocktake }: { stocktake: Stocktake }) => {
  const { t } = useTranslation()
  const importCounts = useImportStocktakeCounts(stocktake.id)
  const [csv, setCsv] = useState("")
  const [report, setReport] = useState<CountImportResult | null>(null)

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) {
      setCsv(await file.text())
      setReport(null)
    }
  }

  const run = async (dryRun: boolean) => {
    try {
      const result = await importCounts.mutateAsync({ csv, dry_run: dryRun })
      setReport(result)
      if (!dryRun) {
        toast.success(t("aftersales.stock.stocktakes.csv.imported", { count: result.rows.length }))
        setCsv("")
        setReport(null)
      }
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="aftersales-stocktake-csv">
      <Heading level="h2">{t("aftersales.stock.stocktakes.csv.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("aftersales.stock.stocktakes.csv.description")}
      </Text>
      <input type="file" accept=".csv,text/csv" onChange={onFile} />
      <Textarea
        rows={5}
        value={csv}
        placeholder={"part_number,counted_quantity\nPMP-100,4"}
        onChange={(event) => {
          setCsv(event.target.value)
          setReport(null)
        }}
        data-testid="aftersales-stocktake-csv-text"
      />
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" disabled={!csv.trim()} onClick={() => run(true)}>
          {t("aftersales.stock.stocktakes.csv.check")}
        </Button>
        <Button size="small" disabled={!csv.trim() || !report?.valid} isLoading={importCounts.isPending} onClick={() => run(false)}>
          {t("aftersales.stock.stocktakes.csv.import")}
        </Button>
      </div>
      {report && (
        <div data-testid="aftersales-stocktake-csv-report">
          {report.valid ? (
            <Text size="small" className="text-ui-fg-interactive">
              {t("aftersales.stock.stocktakes.csv.valid", { count: report.rows.length })}
            </Text>
          ) : (
            <ul className="flex flex-col gap-y-1">
              {report.problems.map((problem) => (
                <li key={`${problem.line}-${problem.message}`}>
                  <Text size="small" className="text-ui-fg-error">
                    {t("aftersales.stock.stocktakes.csv.problem", { line: problem.line, message: problem.message })}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Container>
  )
}

const VarianceReport = ({ stocktake }: { stocktake: Stocktake }) => {
  const { t } = useTranslation()
  const { lines, summary, isPending, isError, error } = useStocktakeVariance(stocktake.id, true)
  if (isPending) {
    return <LoadingState rows={2} />
  }
  if (isError) {
    return <ErrorState error={error} />
  }
  return (
    <Container className="divide-y p-0" data-testid="aftersales-stocktake-variance">
      <SectionHeader
        title={t("aftersales.stock.stocktakes.varianceTitle")}
        description={t("aftersales.stock.stocktakes.varianceSummary", {
          count: summary?.with_variance ?? 0,
          over: summary?.units_over ?? 0,
          short: summary?.units_short ?? 0,
          value: summary?.net_value ?? 0,
        })}
      />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("aftersales.stock.alerts.columns.part")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("aftersales.stock.stocktakes.columns.expected")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("aftersales.stock.stocktakes.columns.counted")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("aftersales.stock.stocktakes.columns.variance")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("aftersales.stock.stocktakes.columns.value")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(lines ?? []).map((line) => (
            <Table.Row key={line.id} data-testid="aftersales-stocktake-variance-line">
              <Table.Cell>{line.part_number}</Table.Cell>
              <Table.Cell className="text-right">{line.expected_quantity}</Table.Cell>
              <Table.Cell className="text-right">{line.counted_quantity ?? "-"}</Table.Cell>
              <Table.Cell className={line.variance ? "text-right text-ui-fg-error" : "text-right"}>
                {line.variance === null ? "-" : line.variance > 0 ? `+${line.variance}` : line.variance}
              </Table.Cell>
              <Table.Cell className="text-right">{line.variance_value ?? "-"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

const StocktakeDetail = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation()
  const { stocktake, isPending, isError, error, refetch } = useStocktake(id)
  if (isPending) {
    return <LoadingState rows={6} />
  }
  if (isError || !stocktake) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }
  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-stocktake-page">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-x-3">
            <Heading level="h1">{stocktake.number}</Heading>
            <StocktakeStatusBadge status={stocktake.status} />
          </div>
          <StocktakeActions stocktake={stocktake} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {t("aftersales.stock.stocktakes.headline", {
            location: stocktake.location_name ?? stocktake.location_id,
            lines: stocktake.summary?.lines ?? 0,
            counted: stocktake.summary?.counted ?? 0,
            date: formatDateTime(stocktake.created_at, i18n.language),
          })}
          {stocktake.blind_count ? ` · ${t("aftersales.stock.stocktakes.blindCount")}` : ""}
        </Text>
        {stocktake.notes && <Text size="small">{stocktake.notes}</Text>}
        {stocktake.cancel_reason && (
          <Text size="small" className="text-ui-fg-error">
            {stocktake.cancel_reason}
          </Text>
        )}
      </Container>
      <CountTable stocktake={stocktake} />
      {COUNTABLE.includes(stocktake.status) && (
        <PermissionGate permission="stocktakes:write">
          <CsvImport stocktake={stocktake} />
        </PermissionGate>
      )}
      {!stocktake.expected_hidden && ["submitted", "approved", "posted"].includes(stocktake.status) && (
        <VarianceReport stocktake={stocktake} />
      )}
    </div>
  )
}

const StocktakePage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="stocktakes:read">
      <StocktakeDetail id={id!} />
    </RequirePermission>
  )
}

const StocktakeBreadcrumb = ({ id }: { id: string }) => {
  const { stocktake } = useStocktake(id)
  return <>{stocktake?.number ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => <StocktakeBreadcrumb id={params.id} />,
}

export default StocktakePage
