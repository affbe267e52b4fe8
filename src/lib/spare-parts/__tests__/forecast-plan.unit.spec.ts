import { demandOverPeriods, estimateShortage, leadTimeInPeriods, policyFromForecast } from "../forecast-plan"
import { resolveForecastSettings } from "../forecast-settings"

describe("forecast plan", () => {
  it("converts lead time days into forecast periods", () => {
    expect(leadTimeInPeriods(14, "week")).toBe(2)
    expect(leadTimeInPeriods(30.4375, "month")).toBe(1)
  })

  it("counts a fractional last period pro rata", () => {
    expect(demandOverPeriods([4, 2, 8], 1.5)).toBe(5)
    expect(demandOverPeriods([4, 2], 5)).toBe(6)
  })

  it("expects a shortage when demand over the lead time exceeds available plus incoming", () => {
    expect(estimateShortage({ available: 2, incoming: 1, forecast: [2, 2, 2], leadTimePeriods: 2.5 })).toEqual({
      demand_over_lead_time: 5,
      position: 3,
      expected_shortage: 2,
      projected_balance: -2,
    })
    expect(estimateShortage({ available: 9, incoming: 0, forecast: [2, 2], leadTimePeriods: 1 }).expected_shortage).toBe(0)
  })

  it("follows a forecast within the policy rules", () => {
    expect(
      policyFromForecast(
        { method: "min_max", reorder_point: 3, safety_stock: 1, min_quantity: 3, max_quantity: 5 },
        { reorder_point: 7, safety_stock: -0.4 }
      )
    ).toEqual({ method: "min_max", reorder_point: 7, safety_stock: 0, min_quantity: 7, max_quantity: 9 })
    expect(
      policyFromForecast(
        { method: "reorder_point", reorder_point: 3, safety_stock: 1, min_quantity: null, max_quantity: null },
        { reorder_point: 4, safety_stock: 2.6 }
      )
    ).toEqual({ method: "reorder_point", reorder_point: 4, safety_stock: 3, min_quantity: null, max_quantity: null })
  })

  it("reads the module options with defaults and refuses nonsense", () => {
    expect(resolveForecastSettings()).toEqual({
      serviceLevel: 0.95,
      period: "month",
      horizon: 12,
      historyPeriods: 48,
      defaultLeadTimeDays: 14,
    })
    expect(resolveForecastSettings({ period: "week" }).horizon).toBe(26)
    expect(() => resolveForecastSettings({ serviceLevel: 1.2 })).toThrow("between 0 and 1")
  })
})
