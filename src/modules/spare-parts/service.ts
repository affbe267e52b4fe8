import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ForecastSettings, resolveForecastSettings } from "../../lib/spare-parts/forecast-settings"
import { formatScrapNumber } from "../../lib/spare-parts/scrap"
import { formatDocumentNumber, ProcurementDocumentKind } from "../../lib/spare-parts/procurement"
import { formatStocktakeNumber } from "../../lib/spare-parts/stock"
import PartSupplier from "./models/part-supplier"
import ReorderPolicy from "./models/reorder-policy"
import SparePart from "./models/spare-part"
import StockMovement from "./models/stock-movement"
import StockAlert from "./models/stock-alert"
import Stocktake from "./models/stocktake"
import StocktakeLine from "./models/stocktake-line"
import Supplier from "./models/supplier"
import PartForecast from "./models/part-forecast"
import PartsRun from "./models/parts-run"
import ScrapRequest from "./models/scrap-request"
import ApprovalRule from "./models/approval-rule"
import GoodsReceipt from "./models/goods-receipt"
import GoodsReceiptLine from "./models/goods-receipt-line"
import PurchaseOrder from "./models/purchase-order"
import PurchaseOrderLine from "./models/purchase-order-line"
import PurchaseRequisition from "./models/purchase-requisition"
import PurchaseRequisitionLine from "./models/purchase-requisition-line"

export type SparePartsModuleOptions = {
  /** Demand forecasting: { serviceLevel (0.95), period ("month" | "week"), horizon, historyPeriods }. */
  forecast?: Partial<ForecastSettings>
}

class SparePartsModuleService extends MedusaService({
  SparePart,
  Supplier,
  PartSupplier,
  StockMovement,
  StockAlert,
  Stocktake,
  StocktakeLine,
  ReorderPolicy,
  PurchaseRequisition,
  PurchaseRequisitionLine,
  ApprovalRule,
  PurchaseOrder,
  PurchaseOrderLine,
  GoodsReceipt,
  GoodsReceiptLine,
  ScrapRequest,
  PartForecast,
  PartsRun,
}) {
  protected readonly forecastSettings_: ForecastSettings

  constructor(container: Record<string, unknown>, options: SparePartsModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.forecastSettings_ = resolveForecastSettings(options?.forecast)
  }

  /** Forecasting settings from the module options (service level, period, horizon). */
  getForecastSettings(): ForecastSettings {
    return this.forecastSettings_
  }

  /** Reserves `count` scrap request numbers (SR-000123) from the database sequence. */
  @InjectManager()
  async nextScrapRequestNumbers(
    count = 1,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const values = await this.nextSequenceValues_("scrap_request_number_seq", count, sharedContext)
    return values.map(formatScrapNumber)
  }

  /** Reserves `count` stocktake numbers (STK-000123) from the database sequence. */
  @InjectManager()
  async nextStocktakeNumbers(
    count = 1,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const values = await this.nextSequenceValues_("stocktake_number_seq", count, sharedContext)
    return values.map(formatStocktakeNumber)
  }

  /** Takes `count` values (as text) from a database sequence, in the caller's transaction if any. */
  protected async nextSequenceValues_(
    sequence: string,
    count: number,
    sharedContext: Context
  ): Promise<string[]> {
    const manager = sharedContext.manager as EntityManager
    const rows: { value: string }[] = await manager.execute(
      `select nextval('${sequence}')::text as value from generate_series(1, ?)`,
      [count]
    )
    return rows.map((row) => row.value)
  }

  /**
   * Opens the given alerts unless one of the same part, location and type is still open or
   * acknowledged (the unique partial index decides, so concurrent evaluations raise it once).
   * Returns only the alerts this call opened.
   */
  @InjectManager()
  async raiseStockAlerts(
    alerts: {
      id: string
      part_id: string
      location_id: string
      type: string
      available: number
      reorder_point: number
      suggested_quantity: number
    }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string }[]> {
    if (!alerts.length) {
      return []
    }
    const manager = sharedContext.manager as EntityManager
    return await manager.execute(
      `insert into stock_alert
          (id, part_id, location_id, type, status, available, reorder_point, suggested_quantity, raised_at)
        values ${alerts.map(() => "(?, ?, ?, ?, 'open', ?, ?, ?, now())").join(", ")}
        on conflict (part_id, location_id, type)
          where status in ('open', 'acknowledged') and deleted_at is null
        do nothing
        returning id`,
      alerts.flatMap((alert) => [
        alert.id,
        alert.part_id,
        alert.location_id,
        alert.type,
        alert.available,
        alert.reorder_point,
        alert.suggested_quantity,
      ])
    )
  }

  /**
   * Moves alerts from one of `fromStatuses` to `status` in one statement; an alert that is no
   * longer in one of them is left alone. Returns the ids that changed.
   */
  @InjectManager()
  async setStockAlertStatus(
    ids: string[],
    fromStatuses: string[],
    changes: {
      status: "open" | "acknowledged" | "resolved"
      actor_id?: string | null
      resolution_note?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!ids.length) {
      return []
    }
    const manager = sharedContext.manager as EntityManager
    // resolving stamps who and why; taking a resolution back clears it; else it is an acknowledgement
    const reopening = changes.status !== "resolved" && fromStatuses.includes("resolved")
    const columns =
      changes.status === "resolved"
        ? "resolved_by = ?, resolved_at = now(), resolution_note = ?"
        : reopening
          ? "resolved_by = null, resolved_at = null, resolution_note = null"
          : "acknowledged_by = ?, acknowledged_at = now()"
    const values: unknown[] =
      changes.status === "resolved"
        ? [changes.actor_id ?? null, changes.resolution_note ?? null]
        : reopening
          ? []
          : [changes.actor_id ?? null]
    const rows: { id: string }[] = await manager.execute(
      `update stock_alert set status = ?, ${columns}, updated_at = now()
        where id in (${ids.map(() => "?").join(", ")}) and deleted_at is null
          and status in (${fromStatuses.map(() => "?").join(", ")})
        returning id`,
      [changes.status, ...values, ...ids, ...fromStatuses]
    )
    return rows.map((row) => row.id)
  }

  /**
   * Sets columns of a stocktake only while its status is one of `fromStatuses`, in one
   * statement: of two concurrent decisions exactly one wins, the other gets a 409.
   */
  @InjectManager()
  async updateStocktakeIfStatus(
    id: string,
    fromStatuses: string[],
    changes: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, unknown>> {
    return this.updateIfStatus_(
      {
        table: "stocktake",
        guardedColumns: STOCKTAKE_GUARDED_COLUMNS,
        notFoundLabel: "Stocktake",
        conflictSubject: "The stocktake",
      },
      id,
      fromStatuses,
      changes,
      sharedContext
    )
  }

  /** Reserves `count` numbers (PR-000123, PO-000123, GR-000123) from the kind's sequence. */
  @InjectManager()
  async nextDocumentNumbers(
    kind: ProcurementDocumentKind,
    count = 1,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const values = await this.nextSequenceValues_(
      DOCUMENT_NUMBER_SEQUENCES[kind],
      count,
      sharedContext
    )
    return values.map((value) => formatDocumentNumber(kind, value))
  }

  /**
   * Sets columns of a requisition or purchase order only while its status is one of
   * `fromStatuses`, in one statement: of two concurrent decisions exactly one wins and the
   * other gets a 409. Returns the previous values of the status and the changed columns.
   */
  @InjectManager()
  async updateDocumentIfStatus(
    table: ProcurementDocumentTable,
    id: string,
    fromStatuses: string[],
    changes: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, unknown>> {
    return this.updateIfStatus_(
      {
        table,
        guardedColumns: GUARDED_DOCUMENT_COLUMNS[table],
        notFoundLabel: table,
        conflictSubject: "It",
      },
      id,
      fromStatuses,
      changes,
      sharedContext
    )
  }

  /**
   * Sets the guarded columns of a row of `table` only while its status is one of
   * `fromStatuses`, in one statement (409 otherwise); answers the previous values of the status
   * and the changed columns. Refuses columns outside `guardedColumns`.
   */
  protected async updateIfStatus_(
    target: { table: string; guardedColumns: string[]; notFoundLabel: string; conflictSubject: string },
    id: string,
    fromStatuses: string[],
    changes: Record<string, unknown>,
    sharedContext: Context
  ): Promise<Record<string, unknown>> {
    const { table } = target
    const manager = sharedContext.manager as EntityManager
    const columns = Object.keys(changes).filter((column) => changes[column] !== undefined)
    for (const column of columns) {
      if (!target.guardedColumns.includes(column)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_ARGUMENT,
          `Column "${column}" of ${table} cannot be updated this way.`
        )
      }
    }
    const [previous] = await manager.execute(
      `select ${["status", ...columns].map((column) => `"${column}"`).join(", ")}
         from ${table} where id = ? and deleted_at is null`,
      [id]
    )
    if (!previous) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${target.notFoundLabel} with id: ${id} was not found`)
    }
    const rows = await manager.execute(
      `update ${table}
          set ${[...columns.map((column) => `"${column}" = ?`), "updated_at = now()"].join(", ")}
        where id = ? and deleted_at is null and status in (${fromStatuses.map(() => "?").join(", ")})
        returning id`,
      [
        ...columns.map((column) => {
          const value = changes[column]
          return value instanceof Date ? value.toISOString() : value
        }),
        id,
        ...fromStatuses,
      ]
    )
    if (!rows.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${target.conflictSubject} was changed meanwhile and is now "${previous.status}". Reload it and try again.`
      )
    }
    return previous
  }

  /**
   * Adds delivered and damaged units to purchase-order lines, all or none, refusing any line
   * whose accepted total (received - damaged) would pass its `max_accepted`; the check and the
   * increment are one statement, so concurrent receipts cannot over-deliver together.
   */
  @InjectTransactionManager()
  async addReceivedQuantities(
    lines: { id: string; received: number; damaged: number; max_accepted: number }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as EntityManager
    for (const line of lines) {
      const rows = await manager.execute(
        `update purchase_order_line
            set received_quantity = received_quantity + ?,
                damaged_quantity = damaged_quantity + ?,
                updated_at = now()
          where id = ? and deleted_at is null
            and received_quantity + ? - damaged_quantity - ? <= ?
          returning id`,
        [line.received, line.damaged, line.id, line.received, line.damaged, line.max_accepted]
      )
      if (!rows.length) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Another receipt for this purchase order was recorded meanwhile and this one would now exceed the allowed quantity. Reload the purchase order and try again."
        )
      }
    }
  }

  /**
   * Open purchase-order quantities not yet accepted into stock, per part and location
   * (purchase orders that are ordered or partially received).
   */
  @InjectManager()
  async listIncomingQuantities(
    filter: { part_ids?: string[]; location_ids?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ part_id: string; location_id: string; incoming: number }[]> {
    const manager = sharedContext.manager as EntityManager
    const conditions = [
      "po.status in ('ordered', 'partially_received')",
      "po.deleted_at is null",
      "line.deleted_at is null",
    ]
    const values: unknown[] = []
    for (const [column, ids] of [
      ["part_id", filter.part_ids],
      ["location_id", filter.location_ids],
    ] as const) {
      if (!ids) {
        continue
      }
      if (!ids.length) {
        return []
      }
      conditions.push(`line.${column} in (${ids.map(() => "?").join(", ")})`)
      values.push(...ids)
    }
    const rows: { part_id: string; location_id: string; incoming: string }[] =
      await manager.execute(
        `select line.part_id, line.location_id,
                sum(greatest(line.quantity - (line.received_quantity - line.damaged_quantity), 0))::text as incoming
           from purchase_order_line line
           join purchase_order po on po.id = line.purchase_order_id
          where ${conditions.join(" and ")}
          group by line.part_id, line.location_id`,
        values
      )
    return rows.map((row) => ({ ...row, incoming: Number(row.incoming) }))
  }
}

/** Columns updateStocktakeIfStatus may set: the status and its bookkeeping. */
const STOCKTAKE_GUARDED_COLUMNS = [
  "status", "submitted_by", "submitted_at", "approved_by", "approved_at", "posted_by",
  "posted_at", "canceled_by", "canceled_at", "cancel_reason",
]

type ProcurementDocumentTable = "purchase_requisition" | "purchase_order"

/** Sequences behind procurement document numbers; created by the procurement migration. */
const DOCUMENT_NUMBER_SEQUENCES: Record<ProcurementDocumentKind, string> = {
  requisition: "purchase_requisition_number_seq",
  purchase_order: "purchase_order_number_seq",
  goods_receipt: "goods_receipt_number_seq",
}

/** Columns updateDocumentIfStatus may set: the status and its bookkeeping. */
const GUARDED_DOCUMENT_COLUMNS: Record<ProcurementDocumentTable, string[]> = {
  purchase_requisition: [
    "status", "approval_rule_id", "required_approver_role", "submitted_at", "approved_by",
    "approved_at", "rejected_by", "rejected_at", "rejection_reason", "canceled_by",
    "canceled_at", "cancel_reason", "converted_at",
  ],
  purchase_order: [
    "status", "approval_rule_id", "required_approver_role", "approved_by", "approved_at",
    "expected_at", "ordered_at", "ordered_by", "received_at", "closed_at", "closed_by", "close_reason",
    "canceled_at", "canceled_by", "cancel_reason",
  ],
}

export default SparePartsModuleService
