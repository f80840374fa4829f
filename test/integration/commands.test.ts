// The Node commands as users run them (npm run eval / annotate), on small files written here.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { newsTypeOf, readGold, typeMapperFor, type GoldFormat, type LabelMapper } from '../../scripts/lib/gold'
import { SpanScorer, prf } from '../../scripts/lib/metrics'
import { hasModel, TINY_MODEL_DIR, warnMissing } from '../unit/support/models'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'shiti-commands-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(work, name)
  writeFileSync(path, content)
  return path
}

function tsx(script: string, args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', input })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

async function gold(format: GoldFormat, content: string, mapLabel?: LabelMapper) {
  const sentences = []
  for await (const s of readGold(file(`gold.${format}`, content), format, mapLabel)) sentences.push(s)
  return sentences.map((s) => ({ text: s.text, spans: s.spans.map((p) => [s.text.slice(p.start, p.end), p.type]), dropped: s.droppedTypes }))
}

describe('gold readers', () => {
  it('reads MSRA chunks', async () => {
    expect(await gold('msra', '邓颖超/nr 自然/o 出席/o ，/o 在/o 栋梁河/ns 边/o 。/o \n\n')).toEqual([
      { text: '邓颖超自然出席，在栋梁河边。', spans: [['邓颖超', 'PER'], ['栋梁河', 'LOC']], dropped: [] },
    ])
  })

  it('reads MSRA chunks tagged in capitals: /O is no entity, /NR a name', async () => {
    expect(await gold('msra', '张伟/NR 在/O 北京/NS 和/o 上海/nz\n')).toEqual([
      { text: '张伟在北京和上海', spans: [['张伟', 'PER'], ['北京', 'LOC']], dropped: ['nz'] },
    ])
  })

  it('reads BIO columns, strips Weibo position digits, keeps named mentions only', async () => {
    expect(await gold('bio', '说0\tO\n李0\tB-PER.NAM\n巾1\tI-PER.NAM\n老0\tB-PER.NOM\n师1\tI-PER.NOM\n\n北\tB-LOC\n京\tI-LOC\n')).toEqual([
      { text: '说李巾老师', spans: [['李巾', 'PER']], dropped: ['PER.NOM'] },
      { text: '北京', spans: [['北京', 'LOC']], dropped: [] },
    ])
  })

  it('reads BMES columns with mapped types', async () => {
    expect(await gold('bmes', '高 B-NAME\n勇 E-NAME\n： O\n中 B-CONT\n国 E-CONT\n籍 O\n汉 S-RACE\n')).toEqual([
      { text: '高勇：中国籍汉', spans: [['高勇', 'PER'], ['中国', 'LOC']], dropped: ['RACE'] },
    ])
  })

  it('reads CLUENER JSON lines with inclusive ends, in UTF-16 offsets even after an emoji', async () => {
    const line = JSON.stringify({ text: '😀浙商银行叶老桂', label: { company: { 浙商银行: [[1, 4]] }, name: { 叶老桂: [[5, 7]] }, game: { '😀': [[0, 0]] } } })
    expect(await gold('cluener', line + '\n')).toEqual([
      { text: '😀浙商银行叶老桂', spans: [['浙商银行', 'ORG'], ['叶老桂', 'PER']], dropped: ['game'] },
    ])
  })

  it('maps CLUENER labels onto a fine-grained model\'s own types where it has them, else onto PER/LOC/ORG', async () => {
    const line = JSON.stringify({
      text: '浙商银行行长叶老桂在杭州市政府',
      label: { company: { 浙商银行: [[0, 3]] }, position: { 行长: [[4, 5]] }, name: { 叶老桂: [[6, 8]] }, government: { 杭州市政府: [[10, 14]] } },
    })
    expect(await gold('cluener', line + '\n', typeMapperFor(['PER', 'LOC', 'ORG', 'COMPANY', 'POSITION']))).toEqual([{
      text: '浙商银行行长叶老桂在杭州市政府',
      spans: [['浙商银行', 'COMPANY'], ['行长', 'POSITION'], ['叶老桂', 'PER'], ['杭州市政府', 'ORG']],
      dropped: [],
    }])
    expect((await gold('cluener', line + '\n', typeMapperFor(['PER', 'LOC', 'ORG'])))[0]!.dropped).toEqual(['position'])
    // --as-news reads the fine model's own predictions back the same way.
    expect(['PER', 'COMPANY', 'GOV', 'SCENE', 'POSITION', 'GAME'].map(newsTypeOf)).toEqual(['PER', 'ORG', 'ORG', 'LOC', undefined, undefined])
  })
})

describe('gold readers refuse what is not their format, naming file and line', () => {
  const refusal = async (format: GoldFormat, content: string | Buffer) => {
    const path = join(work, `bad.${format}`)
    writeFileSync(path, content)
    try {
      for await (const s of readGold(path, format)) void s
    } catch (error) {
      return (error as Error).message.replace(work, '')
    }
    return 'read without complaint'
  }

  it('a file read in the wrong format, instead of scoring 0 as if the model found nothing', async () => {
    expect(await refusal('msra', '中国/ns 人民/o\n科0\tO\n')).toMatch(/^\/bad\.msra:2: expected word\/tag chunks .*"科0"; is it --format msra\?/)
    expect(await refusal('bio', '中国/ns 人民/o 。/o\n')).toMatch(/^\/bad\.bio:1: expected a character and its tag/)
    expect(await refusal('bmes', '高 B-NAME\n勇\n')).toMatch(/^\/bad\.bmes:2: /)
    expect(await refusal('cluener', '{"text": "李娜"}\n{"text": "李娜"\n')).toMatch(/^\/bad\.cluener:2: not a JSON object/)
  })

  it('CLUENER spans off the text or of the wrong shape', async () => {
    for (const label of ['{"name": {"李娜": [[0, 5]]}}', '{"name": []}', '{"name": {"李娜": [0, 1]}}', '{"name": {"李娜": [[1, 0]]}}']) {
      expect(await refusal('cluener', `{"text": "李娜", "label": ${label}}\n`)).toMatch(/^\/bad\.cluener:1: /)
    }
  })

  it('bytes that are not UTF-8, on their own line, and a file without a sentence', async () => {
    const gbk = Buffer.from([0xb1, 0xb1, 0xbe, 0xa9]) // 北京 in GBK
    expect(await refusal('msra', Buffer.concat([Buffer.from('中国/ns\n'), gbk, Buffer.from('/ns\n')]))).toBe('/bad.msra:2: not UTF-8 text; save it as UTF-8')
    // Far past the first chunk the file is read in (64 KiB), and on a line of its own after CR LF line ends:
    // a decoder run over whole chunks blamed the line where the chunk began.
    const good = Buffer.from('北京/ns 的/o 李娜/nr 在/o 武汉/ns 。/o\r\n'.repeat(5000))
    expect(await refusal('msra', Buffer.concat([good, gbk, Buffer.from('/ns\r\n'), good]))).toBe('/bad.msra:5001: not UTF-8 text; save it as UTF-8')
    expect(await refusal('bio', Buffer.concat([Buffer.from('李 B-PER\n娜 I-PER\n\n'), Buffer.from([0xb1, 0xb1]), Buffer.from(' B-LOC\n')]))).toBe('/bad.bio:4: not UTF-8 text; save it as UTF-8')
    expect(await refusal('msra', '\n\n')).toBe('/bad.msra: no sentence in it (read as --format msra)')
  })
})

describe('SpanScorer', () => {
  it('scores exact span matches per type', () => {
    const scorer = new SpanScorer()
    scorer.add(
      [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 5, type: 'LOC' }],
      [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 6, end: 8, type: 'ORG' }],
    )
    expect(prf(scorer.byType.get('PER')!)).toEqual({ p: 1, r: 1, f1: 1 })
    expect(prf(scorer.byType.get('LOC')!)).toEqual({ p: 0, r: 0, f1: 0 })
    expect(scorer.overall()).toEqual({ tp: 1, fp: 2, fn: 1 })
    expect(prf(scorer.overall()).f1).toBeCloseTo(0.4, 10)
  })
})

warnMissing(TINY_MODEL_DIR, 'eval and annotate command tests')

describe.runIf(hasModel(TINY_MODEL_DIR))('npm run eval / annotate', () => {
  it('eval prints a per-type table and the overall line', () => {
    const path = file('eval.txt', '张伟/nr 和/o 王芳/nr 去/o 了/o 杭州/ns 西湖/o 。/o \n新华社/nt 记者/o 在/o 上海/ns 报道/o 。/o \n')
    const run = tsx('eval.ts', [path, '--format', 'msra', '--model', TINY_MODEL_DIR])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^\s+PER\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}\s+2\s+\d+$/m)
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^overall P=\d\.\d{4} R=\d\.\d{4} F1=\d\.\d{4}$/)
  })

  it('annotate writes one JSON object per input line with offsets into that line, from stdin or a file', () => {
    const lines = ['习近平在北京会见了联合国秘书长古特雷斯。', '', '😀张伟和王芳去了杭州西湖']
    const fromStdin = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR], lines.join('\r\n') + '\n')
    expect(fromStdin.status).toBe(0)
    const records = fromStdin.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; entities: { start: number; end: number; text: string }[] })
    expect(records.map((r) => r.text)).toEqual(lines)
    expect(records[1]!.entities).toEqual([])
    for (const r of records) for (const e of r.entities) expect(r.text.slice(e.start, e.end)).toBe(e.text)
    expect(records[0]!.entities).toContainEqual(expect.objectContaining({ text: '北京', type: 'LOC' }))

    const out = join(work, 'out.jsonl')
    const fromFile = tsx('annotate.ts', [file('in.txt', lines.join('\n')), '--out', out, '--model', TINY_MODEL_DIR])
    expect(fromFile.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(fromStdin.stdout)
  })

  it('annotate reads UTF-8 by default and another encoding when told; bytes invalid in it stop it with a hint', () => {
    const line = '李娜在武汉。'
    const gbkFile = join(work, 'gbk.txt')
    writeFileSync(gbkFile, Buffer.from('c0eec4c8d4dacee4babaa1a30d0a', 'hex')) // 李娜在武汉。\r\n in GBK
    const asUtf8 = tsx('annotate.ts', [gbkFile, '--model', TINY_MODEL_DIR])
    expect(asUtf8.status).toBe(2)
    expect(asUtf8.stderr).toContain('not valid utf-8 text on line 1; if it was saved as GBK or Big5, pass --encoding gb18030')
    expect(asUtf8.stdout).toBe('')
    const asGbk = tsx('annotate.ts', [gbkFile, '--encoding', 'gb18030', '--model', TINY_MODEL_DIR])
    expect(asGbk.status, asGbk.stderr).toBe(0)
    const utf8 = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR], `\uFEFF${line}\n`) // the byte-order mark is no text
    expect(asGbk.stdout).toBe(utf8.stdout)
    expect((JSON.parse(utf8.stdout) as { text: string }).text).toBe(line)
    expect(tsx('annotate.ts', ['-', '--encoding', 'klingon', '--model', TINY_MODEL_DIR], `${line}\n`).status).toBe(2)
  })

  it('annotate --patterns adds phones, e-mails and ID numbers found by rule, as the Redact tab does', () => {
    const line = '张伟的手机13800138000，邮箱 zw@example.com。'
    const plain = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR], `${line}\n`)
    const run = tsx('annotate.ts', ['-', '--patterns', '--model', TINY_MODEL_DIR], `${line}\n`)
    expect(run.status, run.stderr).toBe(0)
    // Marked "source": "rule" as in the page's JSON and Batch's JSONL (QA: the CLI wrote "fromPattern": true).
    const entities = (JSON.parse(run.stdout) as { entities: { text: string; type: string; source?: string }[] }).entities
    expect(entities.filter((e) => e.source === 'rule').map((e) => [e.text, e.type])).toEqual([['13800138000', 'PHONE'], ['zw@example.com', 'EMAIL']])
    expect(run.stdout).not.toContain('fromPattern')
    expect((JSON.parse(plain.stdout) as { entities: { source?: string }[] }).entities.some((e) => e.source)).toBe(false)
  })

  it('annotate --lexicon lays a user dictionary over the model, as the page does, and refuses a bad one', () => {
    const line = '华为的张伟在北京。'
    const plain = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR], `${line}\n`)
    const modelEntities = (JSON.parse(plain.stdout) as { entities: { start: number; text: string }[] }).entities
    const lexicon = file('lexicon.txt', '# clients\n华为 机构名\n-北京\n')
    const run = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR, '--lexicon', lexicon], `${line}\n`)
    expect(run.status, run.stderr).toBe(0)
    const { entities } = JSON.parse(run.stdout) as { entities: { start: number; text: string; type: string; score: number; source?: string }[] }
    expect(entities.filter((e) => e.source)).toEqual([{ start: 0, end: 2, text: '华为', type: 'ORG', score: 1, source: 'dictionary' }])
    expect(entities.some((e) => e.text === '北京')).toBe(false)
    // What the model found outside 华为 (offsets 0-2) and other than 北京 is kept as it was.
    const untouched = modelEntities.filter((e) => e.start >= 2 && e.text !== '北京')
    expect(entities.filter((e) => !e.source)).toEqual(untouched)

    // As on the page, one name in Traditional characters or another Latin case is the same name (英偉達 for 英伟达).
    const variants = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR, '--lexicon', file('variants.txt', '英伟达 ORG\nMark Moore PER\n')], '英偉達的MARK MOORE。\n')
    expect(variants.status, variants.stderr).toBe(0)
    const marked = (JSON.parse(variants.stdout) as { entities: { text: string; type: string; source?: string }[] }).entities
    expect(marked.filter((e) => e.source === 'dictionary').map((e) => `${e.text}/${e.type}`)).toEqual(['英偉達/ORG', 'MARK MOORE/PER'])

    const bad = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR, '--lexicon', file('bad.txt', '华为 ORG\n腾讯 公司\n')], `${line}\n`)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('bad.txt:2: unknown-type')
    expect(bad.stdout).toBe('')
  })

  it('bench:models times two models on the same windows and reports their ratio', () => {
    const run = tsx('bench-models.ts', [TINY_MODEL_DIR, TINY_MODEL_DIR, '--windows', '20', '--json'])
    expect(run.status, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as { windows: number; models: { window200: { median: number } }[]; ratioBOverA: number }
    expect(result.windows).toBe(20)
    expect(result.models).toHaveLength(2)
    for (const m of result.models) expect(m.window200.median).toBeGreaterThan(0)
    expect(result.ratioBOverA).toBeCloseTo(result.models[1]!.window200.median / result.models[0]!.window200.median, 6)
  })

  it('refuses bad usage with exit code 2', () => {
    expect(tsx('eval.ts', []).status).toBe(2)
    expect(tsx('annotate.ts', ['--nope']).status).toBe(2)
    expect(tsx('bench-models.ts', [TINY_MODEL_DIR]).status).toBe(2)
    expect(tsx('annotate.ts', ['a.txt', 'b.txt']).stderr).toMatch(/^Unexpected argument "b\.txt"/)
    expect(tsx('annotate.ts', ['-', '--threads', '0', '--model', TINY_MODEL_DIR], '李娜\n').status).toBe(2)
  })

  it('answers --help with its usage', () => {
    for (const script of ['eval.ts', 'annotate.ts', 'bench.ts', 'bench-models.ts']) {
      const run = tsx(script, ['--help'])
      expect(run.status, script).toBe(0)
      expect(run.stdout, script).toMatch(/^Usage: npm run /)
    }
    expect(tsx('annotate.ts', ['--help']).stdout).toMatch(/offsets into that line in UTF-16 code units, .*\(an emoji\s+counts 2/)
  })

  it('names a missing file, a folder, an unwritable --out and an unknown model in one line, without a stack trace', () => {
    const runs = [
      [tsx('annotate.ts', [join(work, 'not-there.txt'), '--model', TINY_MODEL_DIR]), /cannot read the input ".*not-there\.txt": no such file/],
      [tsx('eval.ts', [work, '--model', TINY_MODEL_DIR]), /is a folder, not a file/],
      [tsx('annotate.ts', ['-', '--out', join(work, 'no-dir', 'out.jsonl'), '--model', TINY_MODEL_DIR], '李娜\n'), /cannot write the output file ".*no-dir.*": no such folder/],
      [tsx('annotate.ts', ['-', '--model', 'no-such-model'], '李娜\n'), /No model folder found for "no-such-model"/],
    ] as const
    for (const [run, message] of runs) {
      expect(run.status, run.stderr).toBe(2)
      expect(run.stderr).toMatch(message)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('annotate reads a few stray bytes that are not UTF-8 as U+FFFD, as the page does, names their line and writes every line', () => {
    // Enough lines that a stream decoder would read past many of them before it met the bad bytes.
    const good = Array.from({ length: 3000 }, (_, i) => `第${i}行：李娜在北京。`).join('\n') + '\n'
    const path = join(work, 'stray-bytes.txt')
    writeFileSync(path, Buffer.concat([Buffer.from(good), Buffer.from([0xb1, 0xb1, 0xbe, 0xa9]), Buffer.from('北京\n张伟\n')]))
    const out = join(work, 'stray-bytes.jsonl')
    const run = tsx('annotate.ts', [path, '--out', out, '--model', TINY_MODEL_DIR])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/(^|\n)annotate: bytes that are not valid UTF-8 on line 3001 were read as U\+FFFD/)
    const texts = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)
    expect(texts).toHaveLength(3002)
    expect(texts.slice(2999)).toEqual(['第2999行：李娜在北京。', '\uFFFD\uFFFD\uFFFD\uFFFD北京', '张伟'])
    // A U+FFFD written in the file is text, not an invalid byte: no warning for it.
    const spelled = tsx('annotate.ts', ['--model', TINY_MODEL_DIR], 'a\uFFFDb\n')
    expect(spelled.stderr).not.toContain('not valid UTF-8')
  })

  it('annotate refuses UTF-8 with more invalid bytes than the page allows, saying truly what it wrote', () => {
    const good = Array.from({ length: 300 }, (_, i) => `第${i}行：李娜在北京。`).join('\n') + '\n'
    const gbkLine = Buffer.from([0xb1, 0xb1, 0xbe, 0xa9, 0x0a]) // 北京 in GBK
    const path = join(work, 'gbk-after-utf8.txt')
    writeFileSync(path, Buffer.concat([Buffer.from(good), ...Array.from({ length: 300 }, () => gbkLine)]))
    const out = join(work, 'gbk-after-utf8.jsonl')
    const run = tsx('annotate.ts', [path, '--out', out, '--model', TINY_MODEL_DIR])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/not valid utf-8 text on line 301 and 299 more lines after it; if it was saved as GBK .*; ".*gbk-after-utf8\.jsonl" holds lines 1 to 300\)/)
    const written = readFileSync(out, 'utf8').trimEnd().split('\n')
    expect(written).toHaveLength(300)
    expect(written.every((l) => !l.includes('\uFFFD'))).toBe(true)
  })

  it('annotate judges a file in another encoding after the next megabyte, without waiting for the end of the input', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'annotate.ts'), '--model', TINY_MODEL_DIR], { cwd: root })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => { stdout += data.toString() })
    child.stderr.on('data', (data: Buffer) => { stderr += data.toString() })
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit))
    child.stdin.on('error', () => {}) // EPIPE: it stops reading once it has judged, which is the point
    // 1.2 MB of GBK, and standard input left open.
    child.stdin.write(Buffer.from('c0eec4c8d4dacee4babaa1a30a'.repeat(100_000), 'hex'))
    const status = await Promise.race([exited, new Promise((resolveLate) => setTimeout(() => resolveLate('still running'), 20_000))])
    child.kill()
    expect(status, stderr).toBe(2)
    expect(stderr).toMatch(/not valid utf-8 text on line 1 and \d+ more lines after it; if it was saved as GBK .*nothing was written\)/)
    expect(stdout).toBe('')
  }, 30_000)

  it('annotate in another encoding stops at its first invalid byte, every line before it written, the message on a line of its own', () => {
    const gbk = Buffer.from('c0eec4c8d4dacee4babaa1a30a'.repeat(2000), 'hex') // 李娜在武汉。 in GBK, 2,000 lines
    const path = join(work, 'bad-gb18030.txt')
    writeFileSync(path, Buffer.concat([gbk, Buffer.from([0xff, 0x0a]), Buffer.from('c0eec4c80a', 'hex')]))
    const out = join(work, 'bad-gb18030.jsonl')
    const run = tsx('annotate.ts', [path, '--encoding', 'gb18030', '--out', out, '--model', TINY_MODEL_DIR])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/(^|\n)annotate: the input is not valid gb18030 text on line 2001 \(".*" holds lines 1 to 2000\)\n$/)
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(2000)
  })

  it('a message on standard error ends the progress line first', () => {
    // On a terminal, where the progress line is rewritten in place (a pipe gets lines of their own).
    const script = file('progress.ts', `import { exitWithError, showProgress } from ${JSON.stringify(join(root, 'scripts/lib/args.ts'))}\n` +
      'process.stderr.isTTY = true\nshowProgress(\'2775 lines (55.7 %)\')\nexitWithError(\'the input is not valid\')\n')
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('\rprogress: 2775 lines (55.7 %)\nprogress: the input is not valid\n')
  })

  it('annotate reads standard input when no input is named, unless it is a terminal', () => {
    const named = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR], '李娜在北京。\n')
    const unnamed = tsx('annotate.ts', ['--model', TINY_MODEL_DIR], '李娜在北京。\n')
    expect(unnamed.status, unnamed.stderr).toBe(0)
    expect(unnamed.stdout).toBe(named.stdout)
    expect(unnamed.stdout).toContain('"text":"李娜在北京。"')
  })

  it.runIf(spawnSync('script', ['--version']).status === 0)('annotate from a terminal without an input asks for one', () => {
    // script(1) runs the command on a pseudo-terminal; -e hands back its exit code.
    const command = [process.execPath, '--import', 'tsx', join(root, 'scripts', 'annotate.ts'), '--model', TINY_MODEL_DIR].join(' ')
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', timeout: 20_000 })
    expect(run.status, run.stdout).toBe(2)
    expect(run.stdout).toContain('Missing argument: the input file, or "-" for standard input')
  })

  it('annotate refuses an --out that is its input or dictionary, which opening it would empty', () => {
    const content = '李娜在北京。\n'
    const path = file('own-output.txt', content)
    const link = join(work, 'own-output-link.txt')
    symlinkSync(path, link)
    const lexicon = file('own-lexicon.txt', '华为 ORG\n')
    const runs = [
      tsx('annotate.ts', [path, '--out', path, '--model', TINY_MODEL_DIR]),
      tsx('annotate.ts', [path, '--out', link, '--model', TINY_MODEL_DIR]),
      tsx('annotate.ts', [path, '--lexicon', lexicon, '--out', lexicon, '--model', TINY_MODEL_DIR]),
    ]
    const fromStdin = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'annotate.ts'), '--out', path, '--model', TINY_MODEL_DIR],
      { cwd: root, encoding: 'utf8', stdio: [openSync(path, 'r'), 'pipe', 'pipe'] })
    for (const run of [...runs, fromStdin]) {
      expect(run.status, run.stderr).toBe(2)
      expect(run.stderr).toMatch(/^annotate: --out ".*" is (the input|the --lexicon file|standard input).*: writing it would empty it before it is read/)
    }
    expect(readFileSync(path, 'utf8')).toBe(content)
    expect(readFileSync(lexicon, 'utf8')).toBe('华为 ORG\n')
  })

  it('annotate escapes U+2028, U+2029 and U+0085, so that no line reader splits a record, and the text parses back the same', () => {
    const line = '张伟在北京\u2028大学工作。\u2029李娜去了上海\u0085王芳来了'
    const run = tsx('annotate.ts', ['-', '--model', TINY_MODEL_DIR], `${line}\n`)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('北京\\u2028大学工作。\\u2029李娜去了上海\\u0085王芳')
    // The line breaks of Python's str.splitlines(), file separators included: one record, one line.
    // eslint-disable-next-line no-control-regex
    expect(run.stdout.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/)).toEqual([expect.any(String), ''])
    expect((JSON.parse(run.stdout) as { text: string }).text).toBe(line)
  })

  it('annotate reads a file that starts with a UTF-16 byte-order mark as UTF-16 without being told', () => {
    const path = join(work, 'utf16.txt')
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('李娜在北京。\n', 'utf16le')]))
    const run = tsx('annotate.ts', [path, '--model', TINY_MODEL_DIR])
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).text).toBe('李娜在北京。')
  })
})
