// The engine in Node (eval, annotate, bench, tests): the same pure core the worker uses, with the
// model folder read from disk instead of fetched, and onnxruntime-web on its WASM backend.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as ort from 'onnxruntime-web'
import { parseManifest, runtimeFileNames, type Manifest } from '../../src/engine/manifest'
import { NerModel } from '../../src/engine/model'
import { NerError } from '../../src/engine/types'

export const REPO_ROOT = resolve(import.meta.dirname, '../..')
const DEFAULT_MODEL_ID = 'shiti-news-v1'

/** `--model` takes a model id (a folder under public/models/) or a path to a model folder. */
export function resolveModelDir(idOrPath: string = DEFAULT_MODEL_ID): string {
  const asPath = resolve(idOrPath)
  if (existsSync(join(asPath, 'manifest.json'))) return asPath
  const underPublic = join(REPO_ROOT, 'public', 'models', idOrPath)
  if (existsSync(join(underPublic, 'manifest.json'))) return underPublic
  throw new NerError('MODEL', `No model folder found for "${idOrPath}" (looked at ${asPath} and ${underPublic})`)
}

export function readManifest(dir: string): Manifest {
  return parseManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')))
}

/** Reads and verifies the runtime files, exactly as the browser loader does after a download. */
export async function readModelFiles(dir: string, manifest: Manifest): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>()
  for (const name of runtimeFileNames(manifest)) {
    const entry = manifest.files.find((f) => f.name === name)
    const bytes = new Uint8Array(readFileSync(join(dir, name)))
    // node:crypto rather than WebCrypto: several times faster in Node for a model-sized buffer.
    if (!entry || createHash('sha256').update(bytes).digest('hex') !== entry.sha256) {
      throw new NerError('INTEGRITY', `${join(dir, name)} does not match the sha256 in its manifest`)
    }
    files.set(name, bytes)
  }
  return files
}

export function modelDirBytes(dir: string, manifest: Manifest): number {
  return runtimeFileNames(manifest).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
}

export interface NodeModel {
  model: NerModel
  manifest: Manifest
  dir: string
  sessionStartMs: number
}

let configuredThreads: number | undefined

/** onnxruntime fixes its thread pool at the first session, so every model in a process shares it. */
export function configureOrt(threads: number): void {
  if (configuredThreads !== undefined && configuredThreads !== threads) {
    throw new Error(`onnxruntime already runs with ${configuredThreads} thread(s) in this process`)
  }
  configuredThreads = threads
  ort.env.wasm.numThreads = threads
  ort.env.logLevel = 'error'
}

export async function loadNodeModel(idOrPath?: string, options: { threads?: number } = {}): Promise<NodeModel> {
  configureOrt(options.threads ?? configuredThreads ?? 1)
  const dir = resolveModelDir(idOrPath)
  const manifest = readManifest(dir)
  const files = await readModelFiles(dir, manifest)
  const started = performance.now()
  const model = await NerModel.create(ort, manifest, files)
  return { model, manifest, dir, sessionStartMs: performance.now() - started }
}

export { ort }
