import { describe, expect, it } from 'vitest'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import { preferredLocale } from '../../../src/i18n/index'

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
  })

  it('use the same placeholders in both languages', () => {
    expect(placeholders(zh)).toEqual(placeholders(en))
  })
})

describe('preferredLocale', () => {
  it('picks Chinese for any zh browser language and English otherwise', () => {
    expect(preferredLocale(['zh-TW', 'en'], null)).toBe('zh')
    expect(preferredLocale(['zh'], null)).toBe('zh')
    expect(preferredLocale(['en-US', 'zh-CN'], null)).toBe('en')
    expect(preferredLocale(['fr'], null)).toBe('en')
    expect(preferredLocale([], null)).toBe('en')
  })
  it('keeps the language the user chose before', () => {
    expect(preferredLocale(['en-US'], 'zh')).toBe('zh')
    expect(preferredLocale(['zh-CN'], 'en')).toBe('en')
  })
})
