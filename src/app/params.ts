// Settings read from the page URL. Tests (and curious users) can point the app at another model folder
// on the same site and shorten the idle timeout; nothing here can make the app talk to another origin.

export interface AppParams {
  /** Absolute URL of the model folder (ends with "/"). */
  modelUrl: string
  /** Idle time after which the worker is terminated; undefined = the engine's default. */
  idleTimeoutMs?: number
  /** Explicit WASM thread count, used only when cross-origin isolated; undefined = the engine's chooseThreads. */
  threads?: number
  /** Explicit number of workers a long text is shared between; undefined = decided from the cores. */
  lanes?: number
  /** Problems with the given parameters, for the console (they are ignored, never fatal). */
  warnings: string[]
}

function boundedInteger(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

/**
 * Resolves `?model=` against the page; only http(s) folders of this site are accepted: same origin, and under
 * the site's own path (`sitePath`, Vite's base). On GitHub Pages every project of an owner shares the origin
 * <owner>.github.io, and a crafted link could load a model from another of them, say one tuned to miss names
 * before a redaction (QA).
 */
export function sameOriginFolder(value: string, pageUrl: string, sitePath = '/'): string | null {
  let url: URL
  try {
    url = new URL(value, pageUrl)
  } catch {
    return null
  }
  const page = new URL(pageUrl)
  if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) return null
  if (!`${url.pathname}/`.startsWith(new URL(sitePath, page).pathname)) return null
  // The URL parser resolves "..", "%2e%2e" and "\\" itself, but keeps an encoded slash or backslash (and a
  // lone encoded dot) as it is: `/shiti/..%2fevil/` passes the prefix check above, and a server that decodes
  // it before resolving the path serves /evil/, another project on the origin (QA). No model folder needs
  // one, so any encoded dot, slash, backslash or percent sign (a double encoding of them) is refused.
  if (/%(?:2e|2f|5c|25)/i.test(url.pathname)) return null
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url.href
}

/** `sitePath`: where the site is served from (Vite's base, "/shiti/" on GitHub Pages). */
export function readAppParams(pageUrl: string, defaultModelPath: string, sitePath = '/'): AppParams {
  const params = new URL(pageUrl).searchParams
  const warnings: string[] = []
  let modelUrl = sameOriginFolder(defaultModelPath, pageUrl) ?? new URL(defaultModelPath, pageUrl).href
  const modelParam = params.get('model')
  if (modelParam !== null) {
    const override = sameOriginFolder(modelParam, pageUrl, sitePath)
    if (override) modelUrl = override
    else warnings.push(`Ignoring ?model=${modelParam}: only folders on this site can be used.`)
  }
  const idleParam = params.get('idle')
  const idleTimeoutMs = boundedInteger(idleParam, 500, 24 * 3600 * 1000)
  if (idleParam !== null && idleTimeoutMs === undefined) warnings.push(`Ignoring ?idle=${idleParam}: expected milliseconds (500 or more).`)
  const threadsParam = params.get('threads')
  const threads = boundedInteger(threadsParam, 1, 64)
  if (threadsParam !== null && threads === undefined) warnings.push(`Ignoring ?threads=${threadsParam}: expected 1..64.`)
  const lanesParam = params.get('lanes')
  const lanes = boundedInteger(lanesParam, 1, MAX_LANES)
  if (lanesParam !== null && lanes === undefined) warnings.push(`Ignoring ?lanes=${lanesParam}: expected 1..${MAX_LANES}.`)
  return { modelUrl, idleTimeoutMs, threads, lanes, warnings }
}

/** More workers than this add memory (each holds its own model and runtime) faster than they add speed. */
const MAX_LANES = 4

/**
 * How many workers a long text is shared between: the first with `threads` WASM threads, the others one
 * each, and a core left for the page itself. The model is a BiLSTM, whose steps run one after another: a
 * second thread inside one session speeds a window up little, a second worker on other windows nearly
 * doubles the throughput. A 2-core machine keeps one worker, as before.
 */
export function chooseLanes(hardwareConcurrency: number, threads: number, override?: number): number {
  if (override !== undefined) return override
  return Math.max(1, Math.min(MAX_LANES, hardwareConcurrency - threads))
}
