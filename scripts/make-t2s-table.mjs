// Writes the Traditional→Simplified character table a simplified-only model folder ships
// (docs/model-contract.md, "t2s_file"), from opencc-js's dictionaries. Only one-character-to-one-
// character mappings are kept, so normalization never changes the text's length and every entity
// offset still points into the user's original string.
// Usage: node scripts/make-t2s-table.mjs <out.txt>
import { writeFileSync } from 'node:fs'
import * as OpenCC from 'opencc-js'

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })
const ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x2ebef]]
const lines = []
for (const [from, to] of ranges) {
  for (let cp = from; cp <= to; cp++) {
    const traditional = String.fromCodePoint(cp)
    const simplified = toSimplified(traditional)
    if (simplified !== traditional && [...simplified].length === 1) lines.push(`${traditional}\t${simplified}`)
  }
}
writeFileSync(process.argv[2], lines.join('\n') + '\n')
console.log(`${lines.length} characters → ${process.argv[2]}`)
