/** Minimal "--name value" / "--flag" argument parsing shared by the forecasting commands. */

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "UsageError"
  }
}

export interface CommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

export function parseArgs(
  argv: readonly string[],
  valueOptions: readonly string[],
  flagOptions: readonly string[] = ["help"]
): Map<string, string | true> {
  const parsed = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argument)
    if (!match) {
      throw new UsageError(`unexpected argument "${argument}"`)
    }
    const [, name, inlineValue] = match
    if (flagOptions.includes(name)) {
      parsed.set(name, true)
    } else if (valueOptions.includes(name)) {
      const value = inlineValue ?? argv[++i]
      if (value === undefined || value.startsWith("--")) {
        throw new UsageError(`--${name} needs a value`)
      }
      parsed.set(name, value)
    } else {
      throw new UsageError(`unknown option --${name}`)
    }
  }
  return parsed
}

export function numberOption(
  options: Map<string, string | true>,
  name: string,
  check: (value: number) => boolean,
  requirement: string
): number | undefined {
  const raw = options.get(name)
  if (raw === undefined || raw === true) {
    return undefined
  }
  const value = Number(raw)
  if (raw.trim() === "" || !Number.isFinite(value) || !check(value)) {
    throw new UsageError(`--${name} must be ${requirement}, got "${raw}"`)
  }
  return value
}
