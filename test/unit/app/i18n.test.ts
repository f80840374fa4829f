import { describe, expect, it } from 'vitest'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { renderZhHant } from '../../../scripts/lib/zh-hant'
import { preferredLocale } from '../../../src/i18n/index'
import { NER_ERROR_CODES, NerError, errorCode } from '../../../src/engine/types'

function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  )
}

function placeholders(tree: object): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') out.set(prefix + key, [...new Set([...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(','))
      else walk(value as object, `${prefix}${key}.`)
    }
  }
  walk(tree, '')
  return out
}

describe('UI messages', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keyPaths(zh).sort()).toEqual(keyPaths(en).sort())
    expect(keyPaths(zhHant).sort()).toEqual(keyPaths(en).sort())
  })

  it('use the same placeholders in every language', () => {
    expect(placeholders(zh)).toEqual(placeholders(en))
    expect(placeholders(zhHant)).toEqual(placeholders(en))
  })

  it('in Traditional Chinese are today\'s zh.ts converted (run npx tsx scripts/make-zh-hant.ts after editing zh.ts)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../src/i18n/zh-Hant.ts'), 'utf8')
    expect(committed).toBe(renderZhHant())
    expect(zhHant.types.ORG).toBe('機構名')
    expect(zhHant.editor.open).toBe('開啟檔案') // Taiwan's words, not only its characters
    expect(JSON.stringify(zhHant)).not.toMatch(/[“”‘’]|高亮|自定義|撤銷|匹配|識別|身份證/) // nor mainland quotes and terms
  })
})

/**
 * Every message key the app's code writes out whole ('model.downloadOnce', in a t() call or handed to one
 * later), looked up in en.ts. A key committed under the wrong parent (a staged hunk without context put
 * model.downloadOnce inside model.phases) type-checks, since such keys are plain strings, and shows the raw
 * key on screen; keys built at run time (`batch.reasons.${code}`) are not seen here.
 */
function keysNamedInSource(): { file: string; key: string }[] {
  const root = resolve(__dirname, '../../../src')
  const top = new Set(Object.keys(en))
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) { if (entry.name !== 'i18n') walk(path) }
      else if (/\.(ts|vue)$/.test(entry.name)) files.push(path)
    }
  }
  walk(root)
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/['`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['`]/g)]
      .map((m) => ({ file: file.slice(root.length + 1), key: m[1]! }))
      .filter(({ key }) => top.has(key.split('.')[0]!)),
  )
}

describe('message keys in the code', () => {
  it('name messages that exist in en.ts', () => {
    const named = keysNamedInSource()
    expect(named.length).toBeGreaterThan(200)
    const messages = new Set(keyPaths(en))
    const missing = named.filter(({ key }) => !messages.has(key) && !keyPaths(en).some((path) => path.startsWith(`${key}.`)))
    expect(missing).toEqual([])
  })
})

describe('error messages', () => {
  // useErrorText shows errors.<code> for every engine code: a code without a message would read as the
  // unknown error's "Something went wrong", and TypeScript does not see the missing key.
  it('exist for every engine error code, and for no code the engine lacks', () => {
    for (const messages of [en, zh, zhHant]) {
      expect(Object.keys(messages.errors).filter((key) => key !== 'unknown').sort()).toEqual([...NER_ERROR_CODES].sort())
    }
  })

  it('are looked up by errorCode only for an engine code', () => {
    expect(errorCode(new NerError('QUOTA', 'full'))).toBe('QUOTA')
    expect(errorCode({ name: 'NerError', code: 'NETWORK', message: 'x' })).toBe('NETWORK') // rebuilt from the worker
    expect(errorCode(Object.assign(new Error('no file'), { code: 'ENOENT' }))).toBeUndefined()
    for (const other of [null, undefined, 'QUOTA', new Error('QUOTA'), { code: 42 }]) expect(errorCode(other)).toBeUndefined()
  })
})

describe('preferredLocale', () => {
  it('picks Simplified Chinese for zh browsers, Traditional for Taiwan, Hong Kong and Macau, and English otherwise', () => {
    expect(preferredLocale(['zh-CN', 'en'], null)).toBe('zh')
    expect(preferredLocale(['zh'], null)).toBe('zh')
    expect(preferredLocale(['zh-SG'], null)).toBe('zh')
    for (const tw of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW']) expect(preferredLocale([tw, 'en'], null)).toBe('zh-Hant')
    expect(preferredLocale(['en-US', 'zh-CN'], null)).toBe('en')
    expect(preferredLocale(['fr'], null)).toBe('en')
    expect(preferredLocale([], null)).toBe('en')
  })
  it('keeps the language the user chose before', () => {
    expect(preferredLocale(['en-US'], 'zh')).toBe('zh')
    expect(preferredLocale(['zh-CN'], 'en')).toBe('en')
    expect(preferredLocale(['zh-CN'], 'zh-Hant')).toBe('zh-Hant')
    expect(preferredLocale(['zh-TW'], 'klingon')).toBe('zh-Hant')
  })
})
