import { describe, expect, it } from 'vitest'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
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
