// npm run annotate as the page reads: --document (a file whole, as Batch reads it), --min-score (the page's
// slider), the page's "source" field, and the model named in the log and in --meta's line.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadNodeModel } from '../../scripts/lib/node-engine'
import { batchJsonl } from '../../src/app/batch'
import { readImportedFile } from '../../src/app/fileImport'
import { hasModel, TINY_MODEL_DIR, warnMissing } from '../unit/support/models'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'shiti-annotate-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function file(name: string, content: string | Buffer): string {
  const path = join(work, name)
  writeFileSync(path, content)
  return path
}

function annotate(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/annotate.ts'), ...args, '--model', TINY_MODEL_DIR], { cwd: root, encoding: 'utf8', input })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

interface Span { start: number; end: number; type: string; text: string; score: number; source?: string }
const records = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; entities: Span[] })

// A news paragraph hard-wrapped every 16 characters (names cut over the breaks), saved by Notepad: a byte-order mark
// and CR LF. My own sentences.
const PARAGRAPH = '据新华社报道，张伟华昨天在北京会见了腾讯公司的代表😀，双方讨论了合作事宜。李娜随后前往上海市浦东新区，与华为技术有限公司签署协议，王小明出席。'
const WRAPPED = (PARAGRAPH.match(/.{1,16}/gu) ?? []).join('\r\n') + '\r\n\r\n第二段：欧阳娜娜在武汉。\r\n'

warnMissing(TINY_MODEL_DIR, 'annotate --document, --min-score and --meta tests')

describe.runIf(hasModel(TINY_MODEL_DIR))('npm run annotate as the page reads', () => {
  it('--document reads a file whole as Batch does: one record, the same text and spans as its JSONL line', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WRAPPED, 'utf8')])
    const path = file('wrapped.txt', bytes)
    const run = annotate([path, '--document'])
    expect(run.status, run.stderr).toBe(0)
    const [record, ...more] = records(run.stdout)
    expect(more).toEqual([])
    // The file's own text (CR LF kept, the byte-order mark not in it) and offsets in it, in UTF-16 code units.
    expect(record!.text).toBe(WRAPPED)
    expect(record!.entities.length).toBeGreaterThan(0)
    for (const e of record!.entities) expect(WRAPPED.slice(e.start, e.end)).toBe(e.text)

    // What the Batch tab writes for the same file: read as the page reads it, the model over the whole text.
    const imported = await readImportedFile(new File([bytes], 'wrapped.txt'))
    const { model } = await loadNodeModel(TINY_MODEL_DIR)
    const [found] = await model.analyzeMany([imported.text])
    const batch = JSON.parse(batchJsonl([{ name: 'wrapped.txt', status: 'done', text: imported.text, entities: found!, lineBreaks: imported.lineBreaks }], () => true, null))
    expect(record).toEqual({ text: batch.text, entities: batch.entities })

    // Line by line (the default, unchanged), the same file is ten records of its lines.
    const byLine = annotate([path])
    expect(records(byLine.stdout).map((r) => r.text)).toEqual(WRAPPED.replace(/\r\n$/, '').split('\r\n'))
  })

  it('--document reads GBK as the page does (detected), and standard input too', () => {
    const gbk = file('gbk.txt', Buffer.from('c0eec4c8d4dacee4babaa1a30d0a', 'hex')) // 李娜在武汉。\r\n in GBK
    const run = annotate([gbk, '--document'])
    expect(run.status, run.stderr).toBe(0)
    expect(records(run.stdout)).toEqual([expect.objectContaining({ text: '李娜在武汉。\r\n' })])
    expect(run.stderr).toContain('read as gb18030')
    const fromStdin = annotate(['-', '--document'], '李娜在武汉。\r\n')
    expect(fromStdin.stdout).toBe(run.stdout)
    expect(annotate([gbk, '--document', '--format', 'msra']).status).toBe(2)
  })

  it('--min-score keeps the spans scored at or above it, as the page\'s slider; without it every span is kept', () => {
    const text = `${PARAGRAPH}\n习近平在北京会见了联合国秘书长古特雷斯。\n`
    const all = records(annotate(['-'], text).stdout)
    const scores = all.flatMap((r) => r.entities.map((e) => e.score)).sort((a, b) => a - b)
    expect(scores.length).toBeGreaterThan(1)
    const threshold = scores[Math.floor(scores.length / 2)]!
    expect(scores[0]).toBeLessThan(threshold) // some are left out
    const run = annotate(['-', '--min-score', String(threshold)], text)
    expect(run.status, run.stderr).toBe(0)
    expect(records(run.stdout)).toEqual(all.map((r) => ({ ...r, entities: r.entities.filter((e) => e.score >= threshold) })))
    for (const bad of ['1.5', 'high', '']) expect(annotate(['-', '--min-score', bad], text).status).toBe(2)
  })

  it('--min-score takes a plain decimal from 0 to 1 only, not whatever Number() reads', () => {
    // Number() reads 0x1 as 1, " 0.5" as 0.5 and 1e-1 as 0.1: a typo or a stray space would pass as a threshold.
    for (const bad of ['0x1', ' 0.5', '0.5 ', '1e-1', '+0.5', '-0', '1.01', 'Infinity', '0b1', '00.5', '5.']) {
      const run = annotate(['-', `--min-score=${bad}`], '李娜。\n') // = : parseArgs takes -0 for an option otherwise
      expect(run.status, bad).toBe(2)
      expect(run.stdout, bad).toBe('')
      expect(run.stderr, bad).toContain(`--min-score must be a number from 0 to 1`)
      expect(run.stderr, bad).toContain(`"${bad}"`)
    }
    for (const [good, score] of [['0', 0], ['0.3', 0.3], ['.5', 0.5], ['1', 1], ['1.0', 1]] as const) {
      const run = annotate(['-', '--meta', '--min-score', good], '李娜。\n')
      expect(run.status, `${good}: ${run.stderr}`).toBe(0)
      expect(JSON.parse(run.stdout.split('\n')[0]!), good).toMatchObject({ min_score: score })
    }
  })

  it('--document on an empty or blank file writes its record with no entities, as Batch does, and exits 0', async () => {
    // The engine refuses a text of white space alone ("all texts are empty"); Batch never gives it one, and writes
    // the file's line with entities [] (useBatch: a blank file is done, found nothing).
    for (const [name, content] of [['empty.txt', ''], ['blank.txt', '   \n\n\t\n'], ['blank-crlf.txt', ' \r\n\r\n\u3000\r\n']] as const) {
      const path = file(name, content)
      const run = annotate([path, '--document', '--meta'])
      expect(run.status, `${name}: ${run.stderr}`).toBe(0)
      expect(run.stderr, name).not.toContain('empty')
      const [meta, record, ...more] = run.stdout.split('\n')
      expect(JSON.parse(meta!), name).toMatchObject({ document: true })
      expect(more, name).toEqual([''])
      const imported = await readImportedFile(new File([Buffer.from(content)], name))
      const batch = JSON.parse(batchJsonl([{ name, status: 'done', text: imported.text, entities: [], lineBreaks: imported.lineBreaks }], () => true, null))
      expect(JSON.parse(record!), name).toEqual({ text: batch.text, entities: batch.entities })
      expect(JSON.parse(record!), name).toEqual({ text: content, entities: [] })
    }
    const fromStdin = annotate(['-', '--document'], ' \n\n')
    expect(fromStdin.status, fromStdin.stderr).toBe(0)
    expect(fromStdin.stdout).toBe('{"text":" \\n\\n","entities":[]}\n')
  })

  it('names the model on standard error; --meta writes it with the settings as a first line, the default output not', () => {
    const manifest = JSON.parse(readFileSync(join(TINY_MODEL_DIR, 'manifest.json'), 'utf8')) as { id: string; version: string }
    const plain = annotate(['-'], '李娜在武汉。\n')
    expect(plain.stderr.split('\n')[0]).toBe(`annotate: model ${manifest.id} ${manifest.version}`)
    expect(records(plain.stdout)).toHaveLength(1)
    const lexicon = file('lexicon.txt', '武汉 LOC\n')
    const meta = annotate(['-', '--meta', '--min-score', '0.3', '--patterns', '--lexicon', lexicon], '李娜在武汉。\n')
    expect(meta.status, meta.stderr).toBe(0)
    const [first, ...rest] = meta.stdout.trimEnd().split('\n')
    expect(JSON.parse(first!)).toEqual({ model: { id: manifest.id, version: manifest.version }, min_score: 0.3, patterns: true, lexicon, document: false })
    expect(rest).toHaveLength(1)
    expect(JSON.parse(rest[0]!).entities).toContainEqual({ start: 3, end: 5, type: 'LOC', text: '武汉', score: 1, source: 'dictionary' })
    expect(JSON.parse(annotate(['-', '--meta'], '李娜。\n').stdout.split('\n')[0]!)).toMatchObject({ min_score: null, patterns: false, lexicon: null })
  })
})
