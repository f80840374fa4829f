import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  SHIPPED_MODELS, rememberModel, rememberedModel, shippedModelAt, shippedModelPath,
} from '../../../src/app/modelCatalog'
import en from '../../../src/i18n/en'

const root = resolve(import.meta.dirname, '../../..')

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items }
}

describe('the shipped model catalog', () => {
  it('names folders that exist under public/models, each with a manifest of that id and named types', () => {
    for (const { id, key } of SHIPPED_MODELS) {
      const manifestPath = join(root, 'public/models', id, 'manifest.json')
      expect(existsSync(manifestPath), `${id} ships`).toBe(true)
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { id: string; entity_types: string[] }
      expect(manifest.id).toBe(id)
      expect(Object.keys(en.catalog)).toContain(key)
      // Every type the model can produce has a name in the UI (legend, panels, dictionary, pseudonyms).
      for (const type of manifest.entity_types) {
        expect(Object.keys(en.types)).toContain(type)
        expect(Object.keys(en.redact.pseudonym)).toContain(type)
      }
    }
  })

  it('remembers the choice, and falls back to the default for none, an unknown id, or storage that throws', () => {
    const storage = memoryStorage()
    expect(rememberedModel(storage).id).toBe(SHIPPED_MODELS[0]!.id)
    rememberModel(storage, SHIPPED_MODELS[1]!.id)
    expect(rememberedModel(storage).id).toBe(SHIPPED_MODELS[1]!.id)
    expect(rememberedModel(memoryStorage({ 'shiti.model': 'gone-v0' })).id).toBe(SHIPPED_MODELS[0]!.id)
    const throwing = { getItem: () => { throw new Error('SecurityError') }, setItem: () => { throw new Error('QuotaExceededError') } }
    expect(rememberedModel(throwing).id).toBe(SHIPPED_MODELS[0]!.id)
    expect(() => rememberModel(throwing, 'x')).not.toThrow()
    expect(rememberedModel(undefined).id).toBe(SHIPPED_MODELS[0]!.id)
  })

  it('recognizes a shipped folder by its absolute URL, under a base path too, and no other folder', () => {
    const page = 'https://example.org/shiti/?model=x'
    const id = SHIPPED_MODELS[1]!.id
    expect(shippedModelPath('/shiti/', id)).toBe(`/shiti/models/${id}/`)
    expect(shippedModelAt(`https://example.org/shiti/models/${id}/`, '/shiti/', page)?.id).toBe(id)
    expect(shippedModelAt(`https://example.org/models/${id}/`, '/shiti/', page)).toBeUndefined()
    expect(shippedModelAt('https://example.org/shiti/models/mine/', '/shiti/', page)).toBeUndefined()
  })
})
