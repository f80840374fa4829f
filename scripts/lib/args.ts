// Minimal flag parsing for the Node commands, on node:util's parseArgs.
import { parseArgs, type ParseArgsConfig } from 'node:util'

export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true })
  } catch (error) {
    console.error(`${(error as Error).message}\n\nUsage: ${usage}`)
    process.exit(2)
  }
}
