// Writes the raw Traditional→Simplified tables a simplified-only model folder ships (docs/model-contract.md,
// "t2s_file" and "t2s_phrase_file"), from opencc-js's dictionaries; `python -m shiti_train.t2s` filters them.
// 1. Characters: only one-character-to-one-character mappings, from Taiwan and from Hong Kong forms (衞 as
//    well as 衛), so normalization never changes the text's length and every offset stays exact.
// 2. Phrases (optional): words whose Simplified form the character table gets wrong (傢俱 → 家具, not 家俱;
//    乾淨 → 干净, while 乾隆 stays), of the same length in both scripts. Candidates are opencc-js's phrase
//    dictionaries (kind "spelling"; Taiwan and Hong Kong vocabulary such as 軟體 → 软件 as kind "vocabulary")
//    and every word of 2+ characters of jieba's dictionary written in Taiwan and Hong Kong characters.
// Usage: node scripts/make-t2s-table.mjs <characters-out.txt> [<phrases-out.txt> <jieba dict.txt>]
import { readFileSync, writeFileSync } from 'node:fs'
import * as OpenCC from 'opencc-js'
import TSPhrases from 'opencc-js/dict/TSPhrases'
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev'
import HKPhrasesRev from 'opencc-js/dict/HKPhrasesRev'

const [charactersOut, phrasesOut, jiebaDict] = process.argv.slice(2)
// Characters are read without Taiwan's vocabulary ('tw', not 'twp': 鎦 stays 镏 as in 镏金, not lutetium).
const regions = [
  { toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }), toRegion: OpenCC.Converter({ from: 'cn', to: 'tw' }) },
  { toSimplified: OpenCC.Converter({ from: 'hk', to: 'cn' }), toRegion: OpenCC.Converter({ from: 'cn', to: 'hk' }) },
]
const withVocabulary = OpenCC.Converter({ from: 'twp', to: 'cn' })
const codePoints = (s) => [...s].length

const characters = new Map()
const ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x2ebef]]
for (const { toSimplified } of regions) {
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const traditional = String.fromCodePoint(cp)
      const simplified = toSimplified(traditional)
      // Taiwan first: where the regions disagree on a character, its Taiwan reading stands.
      if (simplified !== traditional && codePoints(simplified) === 1 && !characters.has(traditional)) {
        characters.set(traditional, simplified)
      }
    }
  }
}
writeFileSync(charactersOut, [...characters].map(([t, s]) => `${t}\t${s}\n`).join(''))
console.log(`${characters.size} characters → ${charactersOut}`)

if (phrasesOut) {
  /** opencc-js dictionaries are `key value|key value…`. */
  const keys = (dict) => dict.split('|').map((entry) => entry.split(' ')[0])
  const candidates = new Map()
  const offer = (traditional, simplified, kind) => {
    if (codePoints(traditional) < 2 || traditional.length !== simplified.length) return
    if (codePoints(traditional) !== codePoints(simplified) || candidates.has(traditional)) return
    candidates.set(traditional, `${simplified}\t${kind}`)
  }
  for (const [dict, kind] of [[TSPhrases, 'spelling'], [TWPhrasesRev, 'vocabulary'], [HKPhrasesRev, 'vocabulary']]) {
    for (const key of keys(dict)) offer(key, withVocabulary(key), kind)
  }
  // jieba word -> its regional spelling, kept only where no other word is spelt so (遗著 and jieba's own 遗着
  // both give 遺著: which one a text means is not known, so neither is offered).
  const spelt = new Map()
  for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
    const word = line.split(' ')[0]
    if (!word || codePoints(word) < 2) continue
    for (const { toSimplified, toRegion } of regions) {
      const traditional = toRegion(word)
      // Only words that come back as themselves: the mapping is then the region's own reading of them.
      if (traditional === word || toSimplified(traditional) !== word) continue
      spelt.set(traditional, (spelt.get(traditional) ?? new Set()).add(word))
    }
  }
  for (const [traditional, words] of spelt) if (words.size === 1) offer(traditional, [...words][0], 'spelling')
  writeFileSync(phrasesOut, [...candidates].map(([t, rest]) => `${t}\t${rest}\n`).join(''))
  console.log(`${candidates.size} phrase candidates → ${phrasesOut}`)
}
