// Flag parsing and failure for the Node commands, on node:util's parseArgs. Bad usage and a problem with the
// user's files or model exit with code 2 and one line that names it; anything else is a bug, with its stack.
import { statSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { NerError } from '../../src/engine/types'

/** A problem with what the user gave the command (a file, a flag's value), reported without a stack. */
export class UserInputError extends Error {}

// Node's codes for a path that is not there or cannot be read or written: the user's to fix, not a bug.
const FILE_PROBLEMS = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC'])

const command = () => basename(process.argv[1] ?? 'command').replace(/\.[mc]?[jt]s$/, '')

let progressLineOpen = false
let lastLoggedProgress = 0
/** A log's progress lines, at most one per this many milliseconds. */
const LOGGED_PROGRESS_EVERY = 5000

/** Rewrites the progress line on standard error in place (`<command>: <text>`, no line feed) on a terminal;
 *  to a file or pipe, where a carriage return runs every report into one line of the log (QA), writes a line
 *  of its own at most every few seconds, and `last` (the summary) always. */
export function showProgress(text: string, last = false): void {
  if (process.stderr.isTTY) {
    process.stderr.write(`\r${command()}: ${text}`)
    progressLineOpen = true
    return
  }
  const now = Date.now()
  if (!last && now - lastLoggedProgress < LOGGED_PROGRESS_EVERY) return
  lastLoggedProgress = now
  process.stderr.write(`${command()}: ${text}\n`)
}

/** Ends the progress line, if one is showing, so that a message after it starts a line of its own rather
 *  than run on after "… 55.7 %". Every message on standard error here goes through it. */
export function endProgressLine(): void {
  if (progressLineOpen) process.stderr.write('\n')
  progressLineOpen = false
}

/** Prints `<command>: <message>` and exits with code 2. */
export function exitWithError(message: string): never {
  endProgressLine()
  console.error(`${command()}: ${message}`)
  process.exit(2)
}

/** Prints `message` and the usage, and exits with code 2: the command was called wrong. */
export function exitWithUsage(message: string, usage: string): never {
  endProgressLine()
  console.error(`${message}\n\nUsage: ${usage}`)
  process.exit(2)
}

function isUsersProblem(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return error instanceof UserInputError || error instanceof NerError || (typeof code === 'string' && FILE_PROBLEMS.has(code))
}

function reportFailure(error: unknown): void {
  if (isUsersProblem(error)) exitWithError((error as Error).message)
  endProgressLine()
  console.error(error)
  process.exit(1)
}

/** `notes`: what --help says after the usage line, before the pointer to the script's header comment. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T, usage: string, requiredPositionals = 0, maxPositionals = requiredPositionals, notes?: string,
) {
  // `npm run` starts us in the repository; the user's relative paths are relative to where they typed them.
  const { INIT_CWD, npm_lifecycle_script: npmScript } = process.env
  if (INIT_CWD && npmScript?.includes(basename(process.argv[1] ?? '\0'))) process.chdir(INIT_CWD)
  process.on('uncaughtException', reportFailure)
  process.on('unhandledRejection', reportFailure)
  // A reader that stops early (`| head`) is no failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    reportFailure(error)
  })
  const fail = (message: string): never => exitWithUsage(message, usage)
  try {
    if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
      console.log(`Usage: ${usage}\n\n${notes ? `${notes}\n\n` : ''}See the comment at the top of scripts/${command()}.ts and the README for what each flag does.`)
      process.exit(0)
    }
    const parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true })
    if (parsed.positionals.length < requiredPositionals) fail('Missing argument.')
    if (parsed.positionals.length > maxPositionals) fail(`Unexpected argument "${parsed.positionals[maxPositionals]}".`)
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

/** `--threads`: a whole number from 1 up. */
export function threadCount(value: string | undefined): number {
  const threads = Number(value ?? '1')
  if (!Number.isInteger(threads) || threads < 1) exitWithError(`--threads must be a whole number of at least 1, not "${value}"`)
  return threads
}

/** A file the command reads: there, and a file rather than a folder (whose read error names no path). */
export function requireFile(path: string, what = 'input'): string {
  let isFile: boolean
  try {
    const stats = statSync(path)
    isFile = !stats.isDirectory() // a FIFO or /dev/stdin reads as well as a file
  } catch {
    exitWithError(`cannot read the ${what} "${path}": no such file`)
  }
  if (!isFile) exitWithError(`the ${what} "${path}" is a folder, not a file`)
  return path
}
