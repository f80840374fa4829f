// Where the tests find model folders. The tiny random-weight fixture is written by the training
// pipeline; SHITI_TINY_MODEL_DIR points elsewhere while developing without it.
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { loadNodeModel, type NodeModel } from '../../../scripts/lib/node-engine'

const root = resolve(import.meta.dirname, '../../..')

export const TINY_MODEL_DIR = process.env.SHITI_TINY_MODEL_DIR ?? join(root, 'test/fixtures/models/tiny')
export const SHIPPED_MODEL_DIR = join(root, 'public/models/shiti-news-v1')

export function hasModel(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json'))
}

/** Every model folder that carries a parity fixture: the tiny one and whatever ships in public/models. */
export function modelDirsWithParity(): string[] {
  const dirs = new Set<string>([TINY_MODEL_DIR])
  for (const base of [join(root, 'public/models'), join(root, 'test/fixtures/models')]) {
    if (!existsSync(base)) continue
    for (const name of readdirSync(base)) dirs.add(join(base, name))
  }
  return [...dirs].filter((dir) => existsSync(join(dir, 'parity.json')))
}

/** Tests that need a model say so loudly instead of passing quietly when it is missing. */
export function warnMissing(dir: string, what: string): void {
  if (!hasModel(dir)) console.warn(`\n*** SKIPPED: ${what} — no model at ${dir} ***\n`)
}

/** Loads a model folder for the enclosing describe block and releases it afterwards. */
export function useNodeModel(dir: string): () => NodeModel {
  let loaded: NodeModel | undefined
  beforeAll(async () => {
    loaded = await loadNodeModel(dir)
  })
  afterAll(async () => {
    await loaded?.model.release()
  })
  return () => loaded!
}
