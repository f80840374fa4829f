import { describe, expect, it } from 'vitest'
import { ref, shallowRef, watch } from 'vue'
import type { Entity } from '../../../src/engine'
import JSZip from 'jszip'
import { annotatedZip, batchCsv, batchJsonl, batchNamePairs, batchNameList, exportBatch, patternsInPath, redactedCopies, redactedZip, type BatchItem } from '../../../src/app/batch'
import { toJson } from '../../../src/app/exporters'
import { isVisible } from '../../../src/app/segments'
import { spans } from '../support/entities'
import { MAX_BATCH_CHARS, useBatch } from '../../../src/composables/useBatch'
import { chosenFiles, chosenFolder, droppedFolders, filesOfDrop, MAX_FOLDER_FILES, noCut, shownName, withShownName } from '../../../src/app/droppedFiles'
import { MAX_IMPORT_CHARS } from '../../../src/app/fileImport'
import { normalizeLineBreaks } from '../../../src/app/lineBreaks'
import { docx, p } from '../support/wordDocument'
import { lexiconTypeNames, parseLexicon, type UserLexicon } from '../../../src/app/userLexicon'

const beijing = (start: number, score = 0.9): Entity => ({ start, end: start + 2, type: 'LOC', text: '北京', score })
const all = () => true

describe('batch exports', () => {
  const items: BatchItem[] = [
    { name: 'a.txt', status: 'done', text: '我在北京', entities: [beijing(2)] },
    { name: '=b.txt', status: 'done', text: '北京，北京', entities: [beijing(3, 0.2), beijing(0)] },
    { name: 'c.pdf', status: 'failed', failure: 'NO_TEXT' },
    { name: 'd.txt', status: 'stopped' },
  ]

  it('writes one CSV row per entity with its file, in file and text order, through the filter', () => {
    expect(batchCsv(items, all)).toBe(
      'file,start,end,type,text,score,source\r\na.txt,2,4,LOC,北京,0.9000,model\r\n\'=b.txt,0,2,LOC,北京,0.9000,model\r\n\'=b.txt,3,5,LOC,北京,0.2000,model\r\n',
    )
    expect(batchCsv(items, (e) => e.score >= 0.5).split('\r\n')).toHaveLength(4)
  })

  it('gives the offsets, and the JSON Lines text, of a file saved with CR LF line endings as in that file', () => {
    const raw = '张伟在北京见了李娜。\r\n王芳在上海。\r\n马\r\n克龙到了。'
    const { text, lineBreaks } = normalizeLineBreaks(raw)
    const entities = spans(text, [['王芳', 'PER'], ['马\n克龙', 'PER']])
    const report: BatchItem = { name: '报告.txt', status: 'done', text, lineBreaks, entities }
    expect(raw.slice(12, 14)).toBe('王芳')
    expect(raw.slice(20, 25)).toBe('马\r\n克龙')
    expect(batchCsv([report], all)).toBe('file,start,end,type,text,score,source\r\n报告.txt,12,14,PER,王芳,0.8750,model\r\n报告.txt,20,25,PER,"马\r\n克龙",0.8750,model\r\n')
    const line = JSON.parse(batchJsonl([report], all, null))
    expect(line.text).toBe(raw)
    expect(line.entities.map((e: { start: number; end: number; text: string }) => [raw.slice(e.start, e.end), e.text])).toEqual([['王芳', '王芳'], ['马\r\n克龙', '马\r\n克龙']])
  })

  it('writes a JSON line per finished file, a failed one with its reason, a stopped one not at all', () => {
    const lines = batchJsonl(items, all, { id: 'm', version: '1' }).trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.file)).toEqual(['a.txt', '=b.txt', 'c.pdf'])
    expect(lines[0]).toEqual({ file: 'a.txt', model: { id: 'm', version: '1' }, offsets: 'utf16', text: '我在北京', entities: [{ start: 2, end: 4, type: 'LOC', text: '北京', score: 0.9 }] })
    expect(lines[1].entities.map((e: Entity) => e.start)).toEqual([0, 3])
    expect(lines[2]).toEqual({ file: 'c.pdf', error: 'NO_TEXT' })
  })

  it('records in each file\'s JSON line what the view\'s filters left out of it, in the editor\'s JSON `shown` block', () => {
    // QA: the lines named no threshold, so a file whose names all scored under 0.30 read as a file with none.
    const view = { minScore: 0.3, hiddenTypes: new Set(['PER', 'ORG']) }
    const keep = (e: Entity) => isVisible(e, view)
    const people: BatchItem = { name: 'g.txt', status: 'done', text: '王毅在北京', entities: [{ start: 0, end: 2, type: 'PER', text: '王毅', score: 0.9 }, beijing(3)] }
    const lines = exportBatch('jsonl', [...items, people], keep, null, view).trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.shown)).toEqual([
      { min_score: 0.3, hidden_types: ['ORG', 'PER'], not_shown: 0 },
      { min_score: 0.3, hidden_types: ['ORG', 'PER'], not_shown: 1 }, // 北京 at 0.2
      undefined, // failed: no entities to leave out
      { min_score: 0.3, hidden_types: ['ORG', 'PER'], not_shown: 1 }, // 王毅, a hidden type
    ])
    expect(lines[1].entities).toHaveLength(1)
    // The editor's JSON writes the same block for the same filters (one builder, shownRecord).
    const editor = JSON.parse(toJson({ text: '北京，北京', entities: [beijing(0)], shown: { minScore: 0.3, hiddenTypes: ['ORG', 'PER'], notShown: 1 } }))
    expect(lines[1].shown).toEqual(editor.shown)
    expect(Object.keys(lines[1])).toEqual(['file', 'model', 'offsets', 'shown', 'text', 'entities'])
    // Without the view (as before), no block.
    expect(JSON.parse(batchJsonl([people], keep, null)).shown).toBeUndefined()
  })

  it('writes U+2028, U+2029 and U+0085 escaped, so a reader splitting lines as Python str.splitlines() does gets one record per file', () => {
    // As `npm run annotate` writes them (jsonLine): raw, they split a record for Unicode-aware line readers (QA).
    const text = '张伟在北京工作。\u2028李娜在上海。\u2029王芳\u0085到了。\v\f\x1c\x1d\x1e'
    const seps: BatchItem = { name: 'seps\u2028.txt', status: 'done', text, entities: spans(text, [['张伟', 'PER'], ['李娜', 'PER']]) }
    const failed: BatchItem = { name: 'x\u2029y\u0085.pdf', status: 'failed', failure: 'NO_TEXT' }
    const jsonl = batchJsonl([seps, failed], all, null)
    // Every line break str.splitlines() knows but \n: none is left raw.
    const splitlinesBreaks = ['\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\u0085', '\u2028', '\u2029']
    expect(splitlinesBreaks.filter((c) => jsonl.includes(c))).toEqual([])
    const records = jsonl.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(records.map((r) => r.file)).toEqual(['seps\u2028.txt', 'x\u2029y\u0085.pdf'])
    expect(records[0].text).toBe(text)
  })

  it('writes a name list across the files: mentions in all, how many files and which, through the filter', () => {
    const person = (text: string, at: string, name: string): Entity => ({ start: text.indexOf(name, at.length), end: text.indexOf(name, at.length) + name.length, type: 'PER', text: name, score: 0.9 })
    const withPeople: BatchItem[] = [
      ...items,
      { name: 'e.txt', status: 'done', text: '王毅在北京', entities: [person('王毅在北京', '', '王毅'), beijing(3)] },
      { name: 'f.txt', status: 'done', text: '王\n毅说', entities: [person('王\n毅说', '', '王\n毅')] },
    ]
    expect(batchNameList(withPeople, all).split('\r\n')).toEqual([
      'type,name,mentions,files,file_names',
      "LOC,北京,4,3,a.txt | =b.txt | e.txt", // a cell that starts with = is defused; one inside is not a formula
      'PER,王毅,2,2,e.txt | f.txt', // 王\n毅, wrapped, is the same name
      '',
    ])
    expect(batchNameList(withPeople, (e) => e.score >= 0.5).split('\r\n')[1]).toBe('LOC,北京,3,3,a.txt | =b.txt | e.txt')
  })

  it('writes the names that share sentences across the files: sentences in all, how many files and which', () => {
    const file = (name: string, text: string, found: [string, string][], status: BatchItem['status'] = 'done'): BatchItem =>
      ({ name, status, text, entities: spans(text, found, 0.9) })
    const pairs = [
      file('a.txt', '王毅在北京会见李强。李强说。', [['王毅', 'PER'], ['北京', 'LOC'], ['李强', 'PER'], ['李强', 'PER']]),
      file('b.txt', '北京，李强与王\n毅通话。', [['北京', 'LOC'], ['李强', 'PER'], ['王\n毅', 'PER']]),
      file('c.txt', '王毅与李强。', [['王毅', 'PER'], ['李强', 'PER']], 'stopped'),
    ]
    expect(batchNamePairs(pairs, all).split('\r\n')).toEqual([
      'Source,Target,Type,Weight,Source type,Target type,files,file_names',
      // Named the other way round in b.txt, and wrapped there: still one pair.
      '王毅,北京,Undirected,2,PER,LOC,2,a.txt | b.txt',
      '王毅,李强,Undirected,2,PER,PER,2,a.txt | b.txt',
      '北京,李强,Undirected,2,LOC,PER,2,a.txt | b.txt',
      '',
    ])
    // Through the view's filter: without places, only the people are paired.
    expect(batchNamePairs(pairs, (e) => e.type === 'PER').split('\r\n').slice(1, -1)).toEqual(['王毅,李强,Undirected,2,PER,PER,2,a.txt | b.txt'])
  })
})

describe('copies in a .zip', () => {
  const person = (start: number, name: string, score = 1): Entity => ({ start, end: start + name.length, type: 'PER', text: name, score })
  const items: BatchItem[] = [
    { name: '会见.txt', status: 'done', text: '李强会见王毅。', entities: [person(0, '李强'), person(4, '王毅', 0.2)] },
    { name: '会见.md', status: 'done', text: '王毅说。', entities: [person(0, '王毅')] },
    { name: 'x.pdf', status: 'failed', failure: 'NO_TEXT' },
  ]
  const unzip = async (blob: Blob) => JSZip.loadAsync(await blob.arrayBuffer())

  it('annotates every analysed file as a Word document, through the view\'s filter, names made unique', async () => {
    const zip = await unzip(await annotatedZip(items, (e) => e.score >= 0.5))
    expect(Object.keys(zip.files)).toEqual(['会见.txt.annotated.docx', '会见.md.annotated.docx'])
    const inner = await JSZip.loadAsync(await zip.file('会见.txt.annotated.docx')!.async('uint8array'))
    const xml = await inner.file('word/document.xml')!.async('string')
    expect([...xml.matchAll(/w:fill="[0-9A-F]{6}"\/><\/w:rPr><w:t xml:space="preserve">([^<]*)</g)].map((m) => m[1])).toEqual(['李强'])
  })

  it('packs the redacted copies as text or as Word documents', async () => {
    const files: BatchItem[] = [{ name: 'a.txt', status: 'done', text: '王毅说。', entities: [{ start: 0, end: 2, type: 'PER', text: '王毅', score: 1 }] }]
    const options = { types: new Set(['PER']), mode: 'pseudonym' as const, pseudonym: (type: string, n: number) => `人名${n}` }
    const asText = await unzip(await redactedZip(files, all, options))
    expect(await asText.file('a.redacted.txt')!.async('string')).toBe('人名1说。')
    expect(Object.keys((await unzip(await redactedZip(files, all, options, 'docx'))).files)).toEqual(['a.redacted.docx'])
  })
})

describe('redacted copies', () => {
  const person = (text: string, start: number, name: string): Entity => ({ start, end: start + name.length, type: 'PER', text: name, score: 1 })
  const items: BatchItem[] = [
    { name: '会见.txt', status: 'done', text: '李强会见王毅。', entities: [person('', 0, '李强'), person('', 4, '王毅')] },
    { name: '会见.md', status: 'done', text: '王毅说李强好。', entities: [person('', 0, '王毅'), person('', 3, '李强')] },
    { name: 'x.pdf', status: 'failed', failure: 'NO_TEXT' },
    { name: '会见.docx', status: 'done', text: '没有人名。', entities: [] },
  ]
  const options = { types: new Set(['PER']), mode: 'pseudonym' as const, pseudonym: (type: string, n: number) => `${type}${n}` }

  it('numbers pseudonyms across the whole batch and names each copy once', () => {
    expect(redactedCopies(items, all, options)).toEqual([
      { name: '会见.txt.redacted.txt', text: 'PER1会见PER2。' },
      { name: '会见.md.redacted.txt', text: 'PER2说PER1好。' },
      { name: '会见.docx.redacted.txt', text: '没有人名。' },
    ])
  })

  it('writes a copy of a file saved with CR LF or CR line endings back with them', () => {
    const saved = (name: string, raw: string): BatchItem => {
      const { text, lineBreaks } = normalizeLineBreaks(raw)
      return { name, status: 'done', text, lineBreaks, entities: [person('', 0, '李强')] }
    }
    const copies = redactedCopies([saved('win.txt', '李强\r\n\r\n会见。\r\n'), saved('mac.txt', '李强\r\r会见。\r'), items[0]!], all, options)
    expect(copies.map((copy) => copy.text)).toEqual(['PER1\r\n\r\n会见。\r\n', 'PER1\r\r会见。\r', 'PER1会见PER2。'])
  })

  it("keeps each line's own ending in a copy of a file whose line endings are mixed, a name wrapped over one too (QA: all made CR LF)", () => {
    const raw = '李强会见王毅。\r\n王毅说：\n李\r\n强好。\r没有人名。\r\n'
    const { text, lineBreaks } = normalizeLineBreaks(raw)
    const entities = [person('', 0, '李强'), person('', 4, '王毅'), person('', 8, '王毅'), person('', 13, '李\n强')]
    const item: BatchItem = { name: 'mixed.txt', status: 'done', text, lineBreaks, entities }
    expect(redactedCopies([item], all, options)[0]!.text).toBe('PER1会见PER2。\r\nPER2说：\nPER1\r\n好。\r没有人名。\r\n')
    expect(redactedCopies([item], all, { ...options, mode: 'mask' })[0]!.text).toBe('■■会见■■。\r\n■■说：\n■\r\n■好。\r没有人名。\r\n')
  })

  it('leaves what the filter leaves out', () => {
    expect(redactedCopies(items.slice(0, 1), (e) => e.text !== '王毅', { ...options, mode: 'tag' })[0]!.text).toBe('[PER]会见王毅。')
  })

  it('replaces the names found in the files in the copies\' names and folders, as in their texts (QA: 李明辉-体检报告.redacted.txt said who 人名2 was)', () => {
    const batch: BatchItem[] = [
      { name: '张伟华_劳动仲裁调查.docx', status: 'done', text: '张伟华会见李明辉。', entities: [person('', 0, '张伟华'), person('', 5, '李明辉')] },
      { name: '李明辉-体检报告.txt', status: 'done', text: '体检结果正常。', entities: [] },
      { name: '张伟华的材料/李明辉.md', status: 'done', text: '没有人名。', entities: [] },
      { name: '李明辉.txt', status: 'done', text: '没有人名。', entities: [] },
      { name: '张伟华.txt', status: 'done', text: '没有人名。', entities: [] },
    ]
    expect(redactedCopies(batch, all, options).map((copy) => copy.name)).toEqual([
      'PER1_劳动仲裁调查.redacted.txt',
      'PER2-体检报告.redacted.txt',
      'PER1的材料/PER2.redacted.txt',
      'PER2.redacted.txt',
      'PER1.redacted.txt',
    ])
    // Tags make names equal that were not: each copy still gets its own; the extension and the ending stay.
    const tagged = redactedCopies(batch, all, { ...options, mode: 'tag', everywhere: false }, '.redacted.docx').map((copy) => copy.name)
    expect(tagged).toEqual(['[PER]_劳动仲裁调查.redacted.docx', '[PER]-体检报告.redacted.docx', '[PER]的材料/[PER].redacted.docx', '[PER].redacted.docx', '[PER] (2).redacted.docx'])
    // A name the filters leave readable in the texts stays in the names too.
    expect(redactedCopies(batch, (e) => e.text !== '李明辉', options)[1]!.name).toBe('李明辉-体检报告.redacted.txt')
  })

  it('replaces the phones, e-mails and ID numbers in the copies\' names while the rules are on, numbered as in the texts (QA: 13812345678_通话记录 kept its number)', () => {
    const phone = (start: number, text: string): Entity => ({ start, end: start + text.length, type: 'PHONE', text, score: 1 })
    const batch: BatchItem[] = [
      { name: '案卷/13812345678_通话记录.txt', status: 'done', text: '请拨打13900001111联系李强。', entities: [phone(3, '13900001111'), person('', 16, '李强')] },
      { name: '联系13900001111/zhang@example.com', status: 'done', text: '没有人名。', entities: [] },
      { name: '110101199003074514.md', status: 'done', text: '没有人名。', entities: [] },
    ]
    const types = new Set(['PER', 'PHONE', 'EMAIL', 'ID_NUMBER'])
    expect(redactedCopies(batch, all, { ...options, types, patterns: true }).map((copy) => copy.name)).toEqual([
      '案卷/PHONE2_通话记录.redacted.txt',
      '联系PHONE1/EMAIL1.redacted.txt', // (the address is no file name with a .com extension)
      'ID_NUMBER1.redacted.txt',
    ])
    expect(redactedCopies(batch, all, { ...options, types, patterns: true, mode: 'mask' })[0]!.name).toBe('案卷/■■■■■■■■■■■_通话记录.redacted.txt')
    // A type left in clear stays so in the names too.
    expect(redactedCopies(batch, all, { ...options, types: new Set(['PER']), patterns: true })[0]!.name).toBe('案卷/13812345678_通话记录.redacted.txt')
    // Off, the names keep what the texts do not hold, and the tab counts it (with the texts' own).
    expect(redactedCopies(batch, all, { ...options, types })[0]!.name).toBe('案卷/13812345678_通话记录.redacted.txt')
    expect(batch.map((item) => patternsInPath(item.name))).toEqual([1, 2, 1])
    expect(patternsInPath('案卷/通话记录.txt')).toBe(0)
  })

  it('names the copies by number when asked, in one folder, with nothing of the files\' names (QA: a name only a file\'s name held stayed readable)', () => {
    const batch: BatchItem[] = [
      { name: '案卷/赵小红_证明.txt', status: 'done', text: '本人证明上述情况属实。', entities: [] },
      { name: 'x.pdf', status: 'failed', failure: 'NO_TEXT' },
      { name: '張偉華_筆錄.docx', status: 'done', text: '李强会见王毅。', entities: [person('', 0, '李强'), person('', 4, '王毅')] },
    ]
    // by default, only the names the texts hold are replaced in the files' names
    expect(redactedCopies(batch, all, options).map((copy) => copy.name)).toEqual(['案卷/赵小红_证明.redacted.txt', '張偉華_筆錄.redacted.txt'])
    expect(redactedCopies(batch, all, { ...options, numbered: true }, '.redacted.docx')).toEqual([
      { name: '001.redacted.docx', text: '本人证明上述情况属实。' },
      { name: '002.redacted.docx', text: 'PER1会见PER2。' },
    ])
    const many: BatchItem[] = Array.from({ length: 1000 }, (_, i) => ({ name: `${i}.txt`, status: 'done', text: '', entities: [] }))
    const names = redactedCopies(many, all, { ...options, numbered: true }).map((copy) => copy.name)
    expect([names[0], names[999]]).toEqual(['0001.redacted.txt', '1000.redacted.txt'])
  })

  it('replaces the names the model found in the files\' and folders\' names, chosen as the texts\' (re-check QA: 王小明_简历.txt kept him)', () => {
    const batch: BatchItem[] = [
      { name: '赵小红/证明.txt', status: 'done', text: '本人证明上述情况属实。', entities: [] },
      { name: '王小明_简历.docx', status: 'done', text: '李强会见王毅。', entities: [person('', 0, '李强'), person('', 4, '王毅')] },
    ]
    const inName = (text: string, score = 0.9): Entity => ({ start: 0, end: text.length, type: 'PER', text, score })
    const names = (pathNames: Entity[], keep: (e: Entity) => boolean = all) => redactedCopies(batch, keep, { ...options, pathNames }).map((copy) => copy.name)
    expect(names([])).toEqual(['赵小红/证明.redacted.txt', '王小明_简历.redacted.txt'])
    // numbered after the texts' names; a name the texts hold keeps its pseudonym
    expect(names([inName('赵小红'), inName('王小明'), inName('李强')])).toEqual(['PER3/证明.redacted.txt', 'PER4_简历.redacted.txt'])
    // the threshold (keep) chooses them as it chooses the texts' names
    expect(names([inName('赵小红'), inName('王小明', 0.2)], (e) => e.score >= 0.5)).toEqual(['PER3/证明.redacted.txt', '王小明_简历.redacted.txt'])
    // and the types: PER kept in clear keeps them
    expect(redactedCopies(batch, all, { ...options, types: new Set(['LOC']), pathNames: [inName('王小明')] })[1]!.name).toBe('王小明_简历.redacted.txt')
  })

  it('replaces a name found in one file wherever it stands in the others, with its pseudonym (QA: a roster kept 司徒静)', () => {
    const minutes = '调查组约谈了欧阳春晓和司徒静。'
    const roster = '| 欧阳春晓 | 女 | 32 |\n司徒静\t财务部\n'
    const batch: BatchItem[] = [
      { name: 'a.txt', status: 'done', text: minutes, entities: [person('', 6, '欧阳春晓'), person('', 11, '司徒静')] },
      // the model found only 欧阳 on the roster line, 司徒静 not at all
      { name: 'b.txt', status: 'done', text: roster, entities: [person('', 2, '欧阳')] },
    ]
    expect(redactedCopies(batch, all, options).map((copy) => copy.text)).toEqual([
      '调查组约谈了PER1和PER2。',
      '| PER1 | 女 | 32 |\nPER2\t财务部\n',
    ])
    // unticked, only what was found in each file is replaced (the model's 欧阳 with the given name after it before the
    // table's bar: redact.ts, compoundSurnameEnd; it was PER3春晓)
    expect(redactedCopies(batch, all, { ...options, everywhere: false })[1]!.text).toBe('| PER1 | 女 | 32 |\n司徒静\t财务部\n')
    // names the filter leaves out are not spread either
    expect(redactedCopies(batch, (e) => e.text !== '司徒静', options)[1]!.text).toBe('| PER1 | 女 | 32 |\n司徒静\t财务部\n')
  })
})

/** Tags every 北京 as LOC after `delayMs`; honours the AbortSignal like the real client. */
function fakeEngine(delayMs: number) {
  const analysed: string[] = []
  const analyzeMany = (texts: readonly string[], opts: { signal?: AbortSignal } = {}) =>
    new Promise<Entity[][]>((resolve, reject) => {
      const timer = setTimeout(() => {
        analysed.push(...texts)
        resolve(texts.map((text) => [...text.matchAll(/北京/gu)].map((m) => beijing(m.index))))
      }, delayMs)
      opts.signal?.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(Object.assign(new Error('aborted'), { code: 'ABORTED' }))
      })
    })
  const modelUrl = ref('models/a/')
  const modelGeneration = ref(0) // as useNerEngine: bumped by every model switch
  watch(modelUrl, () => modelGeneration.value++, { flush: 'sync' })
  const model = shallowRef<{ id: string; version: string } | null>({ id: 'model-a', version: '1.0.0' })
  return { engine: { analyzeMany, helperLanes: () => [], model, modelGeneration } as unknown as Parameters<typeof useBatch>[0], analysed, modelUrl, model }
}

const types = lexiconTypeNames(['PER', 'LOC', 'ORG'])
const named = (...list: File[]) => list.map((file) => ({ file, path: file.name }))
const files = () => named(
  new File(['我在北京。'], 'one.txt'),
  new File(['PK'], 'slides.pptx'),
  new File(['  \n'], 'blank.txt'),
  new File(['北京和腾讯'], 'two.md'),
)

describe('useBatch', () => {
  it('reads and analyses the files in order; a file it cannot open fails alone; a blank one has no entities', async () => {
    const { engine, analysed } = fakeEngine(1)
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    await batch.run(files())
    expect(batch.items.value.map((i) => [i.name, i.status, i.failure ?? null, i.entities?.length ?? null])).toEqual([
      ['one.txt', 'done', null, 1],
      ['slides.pptx', 'failed', 'UNSUPPORTED', null],
      ['blank.txt', 'done', null, 0],
      ['two.md', 'done', null, 1],
    ])
    expect(analysed).toEqual(['我在北京。', '北京和腾讯'])
    expect(batch.running.value).toBe(false)
  })

  it('keeps the batch shown when given no files (a folder with nothing it opens)', async () => {
    const batch = useBatch(fakeEngine(1).engine, ref<UserLexicon>(parseLexicon('', types)))
    await batch.run(files())
    const before = batch.items.value
    await batch.run([])
    expect(batch.items.value).toEqual(before)
    expect(batch.items.value).toHaveLength(4)
  })

  it('says how many byte sequences of a UTF-8 file were not valid UTF-8 (shown as U+FFFD)', async () => {
    const batch = useBatch(fakeEngine(1).engine, ref<UserLexicon>(parseLexicon('', types)))
    const bytes = new TextEncoder().encode('记者在北京报道：李娜出席了会议。')
    const damaged = new Uint8Array([...bytes.slice(0, 9), 0xff, ...bytes.slice(9)])
    await batch.run(named(new File([damaged], 'damaged.txt'), new File(['我在北京。'], 'fine.txt')))
    expect(batch.items.value.map((i) => [i.status, i.invalidSequences ?? null, i.encoding ?? null])).toEqual([['done', 1, null], ['done', null, null]])
    expect(batch.items.value[0]!.text).toBe('记者在\uFFFD北京报道：李娜出席了会议。')
  })

  it('says which parts of a Word document were not read', async () => {
    const batch = useBatch(fakeEngine(1).engine, ref<UserLexicon>(parseLexicon('', types)))
    await batch.run([{ file: await docx(p('我在北京。'), { 'header1.xml': `<w:hdr>${p('马超律师工作底稿')}</w:hdr>` }, '申请书.docx'), path: '申请书.docx' }])
    expect(batch.items.value.map((i) => [i.status, i.leftOut])).toEqual([['done', ['headers']]])
  })

  it('lays the dictionary over the entities when they are read, so an edit after the run counts', async () => {
    const lexicon = ref<UserLexicon>(parseLexicon('', types))
    const batch = useBatch(fakeEngine(1).engine, lexicon)
    await batch.run(named(new File(['北京和腾讯'], 'two.md')))
    lexicon.value = parseLexicon('腾讯 ORG\n-北京', types)
    expect(batch.items.value[0]!.entities!.map((e) => `${e.text}/${e.type}`)).toEqual(['腾讯/ORG'])
  })

  it('keeps a finished file\'s item while another file\'s progress ticks, and shows that progress by the percent', async () => {
    // Every tick rebuilt every row and laid the dictionary over every finished file again (profile of 50 files).
    const { engine } = fakeEngine(1)
    const shares: number[] = []
    engine.analyzeMany = (texts, opts) => {
      if (texts[0] !== '北京和腾讯') return fakeEngine(1).engine.analyzeMany(texts, opts)
      return new Promise((resolve) => {
        let done = 0
        const timer = setInterval(() => {
          done = Math.min(1000, done + 3) // 3 characters of 1,000 a tick: 334 ticks
          opts?.onProgress?.({ textIndex: 0, charsDone: done, charsTotal: 1000, windowsDone: 0, windowsTotal: 1, entities: [] })
          if (done === 1000) {
            clearInterval(timer)
            resolve([[beijing(0)]])
          }
        }, 0)
      })
    }
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    const run = batch.run(named(new File(['我在北京。'], 'one.txt'), new File(['北京和腾讯'], 'two.md')))
    let first: unknown = null
    const stop = watch(batch.items, (items) => {
      if (items[0]!.status === 'done') first ??= items[0]
      if (items[0]!.status === 'done') expect(items[0]).toBe(first)
      if (items[1]!.status === 'analysing') shares.push(items[1]!.share!)
    }, { flush: 'sync' })
    await run
    stop()
    expect(first).toBe(batch.items.value[0])
    // (the rows' changes reach the list at most every 100 ms: over this file's 334 ticks, a few)
    expect(shares.length).toBeGreaterThanOrEqual(2)
    expect(shares.length).toBeLessThanOrEqual(101) // not 334
  })

  it('stops: the file being analysed and those after it are marked stopped, without their text', async () => {
    const batch = useBatch(fakeEngine(300).engine, ref<UserLexicon>(parseLexicon('', types)))
    const running = batch.run(files())
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(batch.items.value.map((i) => i.status)).toEqual(['analysing', 'waiting', 'waiting', 'waiting'])
    batch.stop()
    await running
    expect(batch.items.value.map((i) => i.status)).toEqual(['stopped', 'stopped', 'stopped', 'stopped'])
    expect(batch.items.value.every((i) => i.text === undefined)).toBe(true)
    expect(batch.running.value).toBe(false)
  })

  it('resumes after a Stop with the files left only, keeping those done', async () => {
    const { engine, analysed } = fakeEngine(40)
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    const running = batch.run(named(new File(['北京一'], 'a.txt'), new File(['北京二'], 'b.txt'), new File(['北京三'], 'c.txt')))
    await new Promise((resolve) => setTimeout(resolve, 60))
    batch.stop()
    await running
    expect(batch.items.value.map((i) => i.status)).toEqual(['done', 'stopped', 'stopped'])
    expect(batch.stopReason.value).toBe('stop')
    await batch.resume()
    expect(batch.items.value.map((i) => [i.status, i.entities?.length])).toEqual([['done', 1], ['done', 1], ['done', 1]])
    expect(analysed).toEqual(['北京一', '北京二', '北京三']) // nothing read twice
    expect(batch.stopReason.value).toBeNull()
  })

  it('after a model switch, Resume reads the whole batch again with the new model', async () => {
    const { engine, analysed, modelUrl, model } = fakeEngine(40)
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    const running = batch.run(named(new File(['北京一'], 'a.txt'), new File(['北京二'], 'b.txt')))
    await new Promise((resolve) => setTimeout(resolve, 60))
    modelUrl.value = 'models/b/'
    model.value = { id: 'model-b', version: '2.0.0' }
    await running
    expect(batch.stopReason.value).toBe('model')
    await batch.resume()
    expect(batch.items.value.map((i) => i.status)).toEqual(['done', 'done'])
    expect(batch.model.value).toEqual({ id: 'model-b', version: '2.0.0' })
    expect(analysed).toEqual(['北京一', '北京一', '北京二'])
  })

  it('remembers the model it ran with; a model switch stops it, keeping the files already done', async () => {
    const { engine, modelUrl, model } = fakeEngine(100)
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    const running = batch.run(named(new File(['北京'], 'a.txt'), new File(['北京'], 'b.txt'), new File(['北京'], 'c.txt')))
    await new Promise((resolve) => setTimeout(resolve, 150))
    modelUrl.value = 'models/b/'
    model.value = { id: 'model-b', version: '2.0.0' }
    await running
    expect(batch.items.value.map((i) => i.status)).toEqual(['done', 'stopped', 'stopped'])
    expect(batch.model.value).toEqual({ id: 'model-a', version: '1.0.0' })
    batch.clear()
    expect(batch.model.value).toBeNull()
  })

  it('a batch started while another runs replaces it', async () => {
    const { engine, analysed } = fakeEngine(100)
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    const first = batch.run(files())
    await new Promise((resolve) => setTimeout(resolve, 20))
    const second = batch.run(named(new File(['北京'], 'new.txt')))
    await Promise.all([first, second])
    expect(batch.items.value.map((i) => [i.name, i.status])).toEqual([['new.txt', 'done']])
    expect(analysed).toEqual(['北京'])
  })

  it('refuses files once the batch holds as much text as it keeps, and says so', async () => {
    const { engine } = fakeEngine(0)
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    const count = Math.floor(MAX_BATCH_CHARS / MAX_IMPORT_CHARS) + 1
    await batch.run(Array.from({ length: count }, (_, i) => ({ file: new File(['京'.repeat(MAX_IMPORT_CHARS)], `${i}.txt`), path: `${i}.txt` })))
    expect(batch.items.value.map((i) => i.status).slice(-2)).toEqual(['done', 'failed'])
    expect(batch.items.value.at(-1)!.failure).toBe('BATCH_FULL')
  })
})

describe('useBatch with helper workers', () => {
  const many = () => named(...Array.from({ length: 6 }, (_, i) => new File([`第${i}份：我在北京。`], `${i}.txt`)))

  it('analyses several files at once, each once, and keeps them in their order', async () => {
    const own = fakeEngine(20)
    const helper = fakeEngine(20)
    let askedFor = -1
    const engine = { ...own.engine, helperLanes: (bytes: number) => ((askedFor = bytes), [helper.engine.analyzeMany]) }
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    const started = performance.now()
    await batch.run(many())
    const ms = performance.now() - started
    expect(askedFor).toBe(many().reduce((sum, { file }) => sum + file.size, 0))
    expect(batch.items.value.map((i) => [i.name, i.status, i.entities?.length])).toEqual(many().map(({ path }) => [path, 'done', 1]))
    expect(own.analysed.length).toBeGreaterThan(0)
    expect(helper.analysed.length).toBeGreaterThan(0)
    expect([...own.analysed, ...helper.analysed].sort()).toEqual(many().map((_, i) => `第${i}份：我在北京。`))
    expect(ms).toBeLessThan(6 * 20) // one worker alone needs 6 x 20 ms
  })

  it('a helper that fails gives its file back to the page\'s worker', async () => {
    const own = fakeEngine(5)
    const broken = () => Promise.reject(Object.assign(new Error('crashed'), { code: 'WORKER_CRASHED' }))
    const batch = useBatch({ ...own.engine, helperLanes: () => [broken] }, ref<UserLexicon>(parseLexicon('', types)))
    await batch.run(many())
    expect(batch.items.value.map((i) => i.status)).toEqual(many().map(() => 'done'))
    expect(own.analysed).toHaveLength(6)
  })
})

describe('files from a folder', () => {
  const openable = (name: string) => /\.(txt|pdf)$/u.test(name)

  it('takes a chosen folder\'s openable files by their path, hidden ones left out; chosen files as they are', () => {
    const inFolder = (path: string) => Object.defineProperty(new File(['x'], path.split('/').pop()!), 'webkitRelativePath', { value: path })
    const chosen = chosenFiles([inFolder('案卷/二审.pdf'), inFolder('案卷/一审.txt'), inFolder('案卷/图.png'), inFolder('案卷/.DS_Store'), inFolder('案卷/.git/a.txt')], openable)
    expect(chosen.map((f) => f.path)).toEqual(['案卷/一审.txt', '案卷/二审.pdf'].sort((a, b) => a.localeCompare(b)))
    expect(chosenFiles([new File(['x'], 'slides.pptx')], openable).map((f) => f.path)).toEqual(['slides.pptx'])
  })

  it('names the folder files were chosen from, and the folders among a drop\'s entries', () => {
    const inFolder = (path: string) => Object.defineProperty(new File(['x'], path.split('/').pop()!), 'webkitRelativePath', { value: path })
    expect(chosenFolder([inFolder('图片/a.png'), inFolder('图片/b/c.csv')])).toBe('图片')
    expect(chosenFolder([new File(['x'], 'a.png')])).toBeNull()
    expect(chosenFolder([])).toBeNull()
    const entry = (name: string, isDirectory: boolean) => ({ name, isDirectory, isFile: !isDirectory, fullPath: `/${name}` }) as unknown as FileSystemEntry
    expect(droppedFolders([entry('旧文档', true), entry('a.txt', false), new File(['x'], 'b.txt'), entry('空', true)])).toEqual(['旧文档', '空'])
  })

  it('walks a dropped folder and its subfolders, reading each folder until it hands over nothing more', async () => {
    const file = (fullPath: string) => ({ isFile: true, isDirectory: false, name: fullPath.split('/').pop()!, fullPath, file: (ok: (f: File) => void) => ok(new File([fullPath], fullPath.split('/').pop()!)) })
    const folder = (fullPath: string, batches: unknown[][]) => ({
      isFile: false, isDirectory: true, name: fullPath.split('/').pop()!, fullPath,
      createReader: () => {
        let next = 0
        return { readEntries: (ok: (e: unknown[]) => void) => ok(batches[next++] ?? []) }
      },
    })
    const tree = folder('/案卷', [[file('/案卷/b.txt'), file('/案卷/图.png')], [folder('/案卷/附件', [[file('/案卷/附件/a.pdf'), file('/案卷/附件/.hidden.txt')]])]])
    const loose = new File(['y'], 'loose.docx')
    const found = await filesOfDrop([loose, tree as unknown as FileSystemEntry], openable)
    expect(found.map((f) => f.path)).toEqual(['loose.docx', '案卷/b.txt', '案卷/附件/a.pdf'])
    expect(await found[2]!.file.text()).toBe('/案卷/附件/a.pdf')
  })

  it('shows a file name\'s bidi controls instead of letting them reorder it (QA: a PNG named 报告\\u202Efdp.exe.txt showed as a .pdf)', async () => {
    const rlo = '报告\u202Efdp.exe.txt'
    expect(shownName(rlo)).toBe('报告\uFFFDfdp.exe.txt')
    expect(shownName('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl')).toBe('a�b�c�d�e�f�g�h�i�j�k�l')
    expect(shownName('合同（定稿）.docx')).toBe('合同（定稿）.docx')
    const file = new File(['\x89PNG'], rlo, { type: 'text/plain', lastModified: 7 })
    const shown = withShownName(file)
    expect(shown).toMatchObject({ name: '报告\uFFFDfdp.exe.txt', type: 'text/plain', lastModified: 7 })
    expect(await shown.text()).toBe('\x89PNG')
    const plain = new File(['x'], '一审.txt')
    expect(withShownName(plain)).toBe(plain)
    // A folder chosen: the path inside it shown the same way, and so the folder's name.
    const inFolder = (path: string) => Object.defineProperty(new File(['x'], path.split('/').pop()!), 'webkitRelativePath', { value: path })
    const chosen = chosenFiles([inFolder('案卷\u202E/甲\u202Etxt.pdf')], (name) => name.endsWith('.pdf'))
    expect(chosen.map((f) => [f.path, f.file.name, f.file.webkitRelativePath])).toEqual([['案卷�/甲�txt.pdf', '甲�txt.pdf', '案卷�/甲�txt.pdf']])
    expect(chosenFolder([inFolder('案卷\u202E/a.txt')])).toBe('案卷�')
    const folder = { name: '旧\u202E文档', isDirectory: true, isFile: false, fullPath: '/旧\u202E文档' } as unknown as FileSystemEntry
    expect(droppedFolders([folder])).toEqual(['旧�文档'])
    expect((await filesOfDrop([new File(['x'], rlo)], () => true)).map((f) => [f.path, f.file.name])).toEqual([[shownName(rlo), shownName(rlo)]])
  })

  it('takes the first files of a big folder by path, chosen or dropped, and says how many it held (QA: an arbitrary 1,000 of 3,000)', async () => {
    const names = Array.from({ length: MAX_FOLDER_FILES + 205 }, (_, i) => `f${String(i).padStart(4, '0')}.txt`)
    const firstByName = names.slice(0, MAX_FOLDER_FILES).map((name) => `大/${name}`)
    // Chosen: the browser's order, here the reverse of the names', with a subfolder's files and some not openable.
    const inFolder = (path: string) => Object.defineProperty(new File(['x'], path.split('/').pop()!), 'webkitRelativePath', { value: path })
    const chosenCut = noCut()
    const chosen = chosenFiles([...names].reverse().map((name) => inFolder(`大/${name}`)).concat(inFolder('大/图.png')), openable, chosenCut)
    expect(chosen.map((f) => f.path)).toEqual(firstByName)
    expect(chosenCut).toEqual({ found: names.length, taken: MAX_FOLDER_FILES, more: false })
    // Chosen files, not a folder: all of them, nothing noted.
    const filesCut = noCut()
    expect(chosenFiles(names.map((name) => new File(['x'], name)), openable, filesCut)).toHaveLength(names.length)
    expect(filesCut).toEqual({ found: 0, taken: 0, more: false })
    // Dropped: handed over a hundred at a time, last names first.
    const entry = (fullPath: string) => ({ isFile: true, isDirectory: false, name: fullPath.split('/').pop()!, fullPath, file: (ok: (f: File) => void) => ok(new File([fullPath], fullPath.split('/').pop()!)) })
    const reversed = [...names].reverse().map((name) => entry(`/大/${name}`))
    const batches = Array.from({ length: Math.ceil(reversed.length / 100) }, (_, i) => reversed.slice(i * 100, i * 100 + 100))
    let next = 0
    const folder = { isFile: false, isDirectory: true, name: '大', fullPath: '/大', createReader: () => ({ readEntries: (ok: (e: unknown[]) => void) => ok(batches[next++] ?? []) }) }
    const droppedCut = noCut()
    const dropped = await filesOfDrop([folder as unknown as FileSystemEntry], openable, droppedCut)
    expect(dropped.map((f) => f.path)).toEqual(firstByName)
    expect(await dropped[0]!.file.text()).toBe('/大/f0000.txt')
    expect(droppedCut).toEqual({ found: names.length, taken: MAX_FOLDER_FILES, more: false })
  })
})
