// One-character dictionary entries (亮 人名, 汉 地名) are not marked inside common words (history-teacher QA: 明亮,
// 遵守, 汉字, 好汉 were marked and the masked copy read 同学们要■守纪律。■字很美，他是好■。).
import { describe, expect, it } from 'vitest'
import { computed } from 'vue'
import { isWordPair, loadWordPairs, wordPairs } from '../../../src/app/commonWordPairs'
import { unmarkedEntries } from '../../../src/app/lexiconReport'
import { applyLexicon, lexiconLayers, parseLexicon } from '../../../src/app/userLexicon'
import { loadCommonWords, traditionalToSimplified } from '../../../src/app/redact'

const TYPES = new Map([['PER', 'PER'], ['LOC', 'LOC'], ['ORG', 'ORG'], ['人名', 'PER'], ['地名', 'LOC']])
const TEACHER = '亮 人名\n蜀 地名\n魏 地名\n遵 人名\n汉 地名\n孔明 人名'

const marks = (text: string, source: string) =>
  applyLexicon(text, [], parseLexicon(source, TYPES), { simplified: traditionalToSimplified() ?? null })
    .map((e) => `${e.text}@${e.start}`)

describe('one-character entries before the common words are loaded', () => {
  it('mark as before, and are laid over again (reactively) when the words come', async () => {
    // This file runs in its own module graph: nothing has loaded the words yet.
    expect(wordPairs()).toBeNull()
    const text = '天很明亮。'
    const layers = lexiconLayers(text, [], { entries: [{ surface: '亮', type: 'PER' }], problems: [] })
    const shown = computed(() => layers(0).map((e) => e.text))
    expect(shown.value).toEqual(['亮']) // never left out while the words come
    await loadWordPairs()
    expect(shown.value).toEqual([]) // the computed read wordPairs(), so it is redone
  })
})

describe('one-character entries and common words', () => {
  it('are not marked where they make a common word with the character before or after', async () => {
    await loadCommonWords()
    // Each of these marked its character before (QA: ■守纪律, ■字很美, 好■, 明■).
    const text = '同学们要遵守纪律。汉字很美，他是好汉。他说话很明亮。月光亮堂堂。'
    expect(marks(text, TEACHER)).toEqual([])
  })

  it('are not marked after a degree adverb (很亮), which no common word holds', async () => {
    await loadCommonWords()
    expect(marks('今晚的灯很亮，太亮了。', '亮 人名')).toEqual([])
  })

  it('are still marked where they stand alone, between punctuation or beside characters that make no word', async () => {
    await loadCommonWords()
    const text = '亮曰：“蜀、魏不两立。”遵率众至。'
    expect(marks(text, TEACHER)).toEqual(['亮@0', '蜀@4', '魏@6', '遵@12'])
  })

  it('are still marked beside another name of the dictionary, whatever word they would make with its character', async () => {
    await loadCommonWords()
    // 明亮 is a word, but 明 is 孔明's: 亮 stands beside a name, not inside a word.
    expect(marks('孔明亮曰：可。', '孔明 人名\n亮 人名')).toEqual(['孔明@0', '亮@2'])
    expect(marks('他叫孔明，亮是别人。', '孔明 人名\n亮 人名')).toEqual(['孔明@2', '亮@5'])
    // Two one-character names side by side (蜀魏): each other's neighbour makes no word with it.
    expect(marks('蜀魏交兵。', '蜀 地名\n魏 地名')).toEqual(['蜀@0', '魏@1'])
  })

  it('keep a state or dynasty that names the place (魏国, 汉朝, 东汉, 北魏)', async () => {
    await loadCommonWords()
    expect(marks('东汉时，魏国与汉朝。', '汉 地名\n魏 地名')).toEqual(['汉@1', '魏@4', '汉@7'])
  })

  it('read Traditional text through the character table (漢字 is 汉字)', async () => {
    await loadCommonWords()
    expect(marks('漢字很美，他是好漢。漢曰：可。', '汉 地名')).toEqual(['漢@10'])
  })

  it('longer names are not affected (孔明 in 孔明灯 is the user’s to say)', async () => {
    await loadCommonWords()
    expect(marks('遵守约定的遵义人。', '遵义 地名')).toEqual(['遵义@5'])
    expect(isWordPair(wordPairs()!, '遵', '守')).toBe(true)
  })
})

describe('the dictionary report', () => {
  it('says a one-character entry marks nothing because it stands only in common words', async () => {
    await loadCommonWords()
    const text = '同学们要遵守纪律，遵循规则。汉字很美。'
    const lexicon = parseLexicon('遵 人名\n汉 地名', TYPES)
    const shown = applyLexicon(text, [], lexicon)
    expect(unmarkedEntries(text, lexicon.entries, [], shown)).toEqual([
      { surface: '遵', reason: { kind: 'words', names: ['遵守', '遵循'] } },
      { surface: '汉', reason: { kind: 'words', names: ['汉字'] } },
    ])
  })

  it('says nothing of one marked at one occurrence at least', async () => {
    await loadCommonWords()
    const text = '汉字很美。汉曰：可。'
    const lexicon = parseLexicon('汉 地名', TYPES)
    expect(unmarkedEntries(text, lexicon.entries, [], applyLexicon(text, [], lexicon))).toEqual([])
  })
})

describe('one-character entries after a surname', () => {
  // Re-check QA: jieba's common words hold many surname + given-name pairs (刘备, 曹操 …), so a given name listed alone
  // was left unmarked in the full name, and where the model missed it the Redact copy read 刘备 whole, not 刘■.
  const HAN_NAMES = '备 人名\n操 人名\n策 人名\n飞 人名\n云 人名\n羽 人名\n忠 人名\n超 人名\n魏 地名'

  it('are marked where the word they make with the character before is a surname and a given name', async () => {
    await loadCommonWords()
    const text = '刘备、孙策、张飞、赵云、关羽、黄忠、马超。曹操大怒。曹魏代汉。'
    expect(marks(text, HAN_NAMES)).toEqual(['备@1', '策@4', '飞@7', '云@10', '羽@13', '忠@16', '超@19', '操@22', '魏@27'])
  })

  it('are marked after a surname whatever word they make with the character after (刘备受辱: 备受)', async () => {
    await loadCommonWords()
    expect(marks('刘备受辱，孙策马至。', HAN_NAMES)).toEqual(['备@1', '策@6'])
  })

  it('stay unmarked in the words they make away from a surname (备受, 策马, 云集, 羽毛, 忠于, 超过)', async () => {
    await loadCommonWords()
    expect(marks('备受其辱。策马而去。云集于此。羽毛未丰。忠于汉室。超过三万。', HAN_NAMES)).toEqual([])
  })

  it('stay unmarked after a degree adverb before a surname character (很明亮: an adjective), marked in 明亮 alone', async () => {
    await loadCommonWords()
    // 明 is a surname: the over-marking accepted for a name never to leak.
    expect(marks('天很明亮。明亮的灯。', '亮 人名')).toEqual(['亮@6'])
    const text = '很明亮。'
    const lexicon = parseLexicon('亮 人名', TYPES)
    expect(unmarkedEntries(text, lexicon.entries, [], applyLexicon(text, [], lexicon))).toEqual([
      { surface: '亮', reason: { kind: 'words', names: ['明亮'] } },
    ])
  })
})

describe('one-character entries after a surname or a character of address, whatever word they make after it', () => {
  // Re-check QA of ac37706: the surname rule ran only where the pair before was a word, so the word after kept the
  // given name readable (亮出, 亮相, 获得, 坚持, 统一), and after 诸葛 (a compound surname) nothing marked it; 老王 (a
  // common word) kept 王 人名 unmarked where 小王 was marked.
  const THREE_KINGDOMS = '亮 人名\n获 人名\n坚 人名\n统 人名\n王 人名'

  it('are marked after a surname or a compound surname where they make a word with the character after', async () => {
    await loadCommonWords()
    const text = '诸葛亮出师北伐。诸葛亮相迎。孟获得知大怒。孙坚持刀而出。庞统一计。'
    expect(marks(text, THREE_KINGDOMS)).toEqual(['亮@2', '亮@10', '获@15', '坚@22', '统@29'])
  })

  it('are marked after a character of address (老王, 阿亮)', async () => {
    await loadCommonWords()
    expect(marks('老王说。隔壁老王。小王来了。阿亮出来。', THREE_KINGDOMS)).toEqual(['王@1', '王@7', '王@10', '亮@15'])
  })

  it('stay unmarked where the character before is no surname, or a surname character ends a word (完成, 说明, 子孙)', async () => {
    await loadCommonWords()
    const text = '他亮出证件。我们获得了胜利。国家统一。完成统一大业。说明亮点。子孙坚持。'
    expect(marks(text, THREE_KINGDOMS)).toEqual([])
  })
})
