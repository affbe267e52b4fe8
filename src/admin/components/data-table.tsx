import {
  DataTable as Primitive,
  DataTableColumnDef,
  DataTableCommand,
  DataTableEmptyStateProps,
  DataTablePaginationState,
  DataTableRowSelectionState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type DataTableProps<TData> = {
  data?: TData[]
  columns: DataTableColumnDef<TData, any>[]
  getRowId: (row: TData) => string
  /** Total number of rows on the server (for pagination). */
  rowCount?: number
  isLoading?: boolean
  /** Server-side pagination; omit to render every row without a pager. */
  pagination?: {
    state: DataTablePaginationState
    onPaginationChange: (state: DataTablePaginationState) => void
  }
  heading?: string
  subHeading?: string
  /** Buttons shown at the right of the heading. */
  actions?: ReactNode
  /** Extra content under the heading (filters and the like). */
  toolbar?: ReactNode
  onRowClick?: (row: TData) => void
  emptyState?: DataTableEmptyStateProps
  testId?: string
  /** Selectable rows (add a `columnHelper.select()` column) with commands for the selection. */
  rowSelection?: {
    state: DataTableRowSelectionState
    onRowSelectionChange: (state: DataTableRowSelectionState) => void
  }
  commands?: DataTableCommand[]
  /** Label of the command bar, e.g. "3 selected". */
  selectedLabel?: (count: number) => string
}

function toOriginal<TData>(row: unknown): TData {
  return row && typeof row === "object" && "original" in row
    ? (row as { original: TData }).original
    : (row as TData)
}

/**
 * A thin wrapper around the `@medusajs/ui` DataTable block in the style of the official
 * plugins: heading + actions toolbar, the table with empty states, and server-side pagination.
 */
export const DataTable = <TData,>({
  data = [],
  columns,
  getRowId,
  rowCount,
  isLoading = false,
  pagination,
  heading,
  subHeading,
  actions,
  toolbar,
  onRowClick,
  emptyState,
  testId,
  rowSelection,
  commands,
  selectedLabel,
}: DataTableProps<TData>) => {
  const { t } = useTranslation()

  const instance = useDataTable({
    data,
    columns,
    getRowId,
    rowCount: rowCount ?? data.length,
    isLoading,
    pagination,
    rowSelection,
    commands,
    // The block hands over the table row (typed as TData, but it is the row model with
    // `original`), as the official plugins' `rowHref(row)` usage shows.
    onRowClick: onRowClick
      ? (_event, row) => onRowClick(toOriginal<TData>(row))
      : undefined,
  })

  const showToolbar = heading || subHeading || actions || toolbar

  return (
    <div data-testid={testId}>
      <Primitive instance={instance}>
        {showToolbar && (
          <Primitive.Toolbar className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex w-full items-center justify-between gap-x-4">
              <div className="flex flex-col gap-y-1">
                {heading && <Heading level="h2">{heading}</Heading>}
                {subHeading && (
                  <Text size="small" className="text-ui-fg-subtle">
                    {subHeading}
                  </Text>
                )}
              </div>
              {actions && (
                <div className="flex items-center gap-x-2">{actions}</div>
              )}
            </div>
            {toolbar}
          </Primitive.Toolbar>
        )}
        <Primitive.Table emptyState={emptyState} />
        {commands?.length ? <Primitive.CommandBar selectedLabel={selectedLabel} /> : null}
        {pagination && (
          <Primitive.Pagination
            translations={{
              of: t("general.of"),
              results: t("general.results"),
              pages: t("general.pages"),
              prev: t("general.prev"),
              next: t("general.next"),
            }}
          />
        )}
      </Primitive>
    </div>
  )
}
