// Flag parsing for the Node commands, on node:util's parseArgs; bad usage exits with code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util'

export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T, usage: string, requiredPositionals = 0,
) {
  const fail = (message: string): never => {
    console.error(`${message}\n\nUsage: ${usage}`)
    process.exit(2)
  }
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true })
    if (parsed.positionals.length < requiredPositionals) fail('Missing argument.')
    return parsed
  } catch (error) {
    return fail((error as Error).message)
  }
}

/** Options every model command takes. */
export const MODEL_OPTIONS = {
  model: { type: 'string' },
  threads: { type: 'string', default: '1' },
} as const satisfies NonNullable<ParseArgsConfig['options']>
