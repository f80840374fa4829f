// Writes src/i18n/zh-Hant.ts, the Traditional Chinese UI messages, from zh.ts (see scripts/lib/zh-hant.ts).
// Usage: npx tsx scripts/make-zh-hant.ts
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { renderZhHant } from './lib/zh-hant'

const out = resolve(import.meta.dirname, '../src/i18n/zh-Hant.ts')
writeFileSync(out, renderZhHant())
console.log(`wrote ${out}`)
