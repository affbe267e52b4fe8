import { classifyDemand } from "../classification"
import { bias, mase, maseScale, rmsse, rmsseScale } from "../metrics"

describe("scaled error metrics", () => {
  const history = [0, 0, 1, 0, 2]

  it("uses the whole history for the MASE scale and starts the RMSSE scale at the first demand", () => {
    expect(maseScale(history)).toBe(1)
    expect(rmsseScale(history)).toBe(2.5)
    expect(maseScale([3, 1, 3, 1], 2)).toBe(0)
  })

  it("computes MASE, RMSSE and bias", () => {
    expect(mase([1, 3], [2, 2], history)).toBe(1)
    expect(rmsse([1, 3], [2, 2], history)).toBeCloseTo(Math.sqrt(0.4), 12)
    expect(bias([1, 3], [2, 2], history)).toBe(0)
    expect(bias([1, 3], [0, 0], history)).toBe(-2)
  })

  it("returns NaN when the scale is zero", () => {
    expect(rmsse([1], [1], [0, 0, 0])).toBeNaN()
    expect(mase([1], [1], [4, 4, 4])).toBeNaN()
    expect(rmsse([1], [1], [0, 0, 5])).toBeNaN()
  })
})

describe("classifyDemand", () => {
  it("marks all-zero and empty histories as no-demand", () => {
    expect(classifyDemand([0, 0, 0])).toEqual({ class: "no-demand", adi: Infinity, cv2: 0, demandCount: 0 })
    expect(classifyDemand([]).class).toBe("no-demand")
  })

  it("handles a single demand", () => {
    expect(classifyDemand([0, 0, 0, 4, 0, 0])).toEqual({ class: "intermittent", adi: 3, cv2: 0, demandCount: 1 })
    expect(classifyDemand([0, 0, 7]).class).toBe("smooth")
  })

  it("ignores leading zeros", () => {
    expect(classifyDemand([0, 0, 0, 0, 2, 2, 2, 2])).toMatchObject({ class: "smooth", adi: 1 })
  })

  it("separates erratic, lumpy and intermittent demand", () => {
    expect(classifyDemand([1, 10, 1, 10])).toMatchObject({ class: "erratic", adi: 1 })
    expect(classifyDemand([1, 10, 1, 10]).cv2).toBeCloseTo(20.25 / 30.25, 12)
    const lumpy = classifyDemand([0, 1, 0, 10, 0, 1])
    expect(lumpy.class).toBe("lumpy")
    expect(lumpy.adi).toBeCloseTo(5 / 3, 12)
    expect(lumpy.cv2).toBeCloseTo(18 / 16, 12)
  })

  it("treats the cut-offs themselves as intermittent and variable", () => {
    // 33 periods from the first demand with 25 demands: ADI exactly 1.32
    const series = Array.from({ length: 33 }, (_, t) => (t < 25 ? 1 : 0))
    expect(classifyDemand(series).adi).toBeCloseTo(1.32, 12)
    expect(classifyDemand(series).class).toBe("intermittent")
  })
})
