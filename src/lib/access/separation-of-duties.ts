export class SeparationOfDutiesError extends Error {
  constructor(action: string) {
    super(
      `Separation of duties: you cannot ${action} a request that you made yourself. Ask another approver.`
    )
    this.name = "SeparationOfDutiesError"
  }
}

/**
 * Throws when the person deciding on a request is the one who made it.
 * Later domains call it before approving requisitions, scrap requests, stocktake
 * adjustments, quotes and compensation.
 */
export function assertDifferentActors(
  requestedBy: string | null | undefined,
  decidedBy: string,
  action = "approve"
): void {
  if (requestedBy && requestedBy === decidedBy) {
    throw new SeparationOfDutiesError(action)
  }
}
