// Labelled files read as what they are: eval's readers take one character per line (a word is an error, not
// its first character), and npm run annotate reads them with --format or warns when they come as text; the
// output file and progress lines of annotate as a log or a scorer needs them.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { looksLabelled, readGold, type GoldFormat } from '../../scripts/lib/gold'
import { toConll } from '../../src/app/exporters'
import type { Entity } from '../../src/engine/types'
import { hasModel, TINY_MODEL_DIR } from '../unit/support/models'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'shiti-formats-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(work, name)
  writeFileSync(path, content)
  return path
}

async function read(format: GoldFormat, content: string) {
  const path = file(`read.${format}`, content)
  const sentences = []
  try {
    for await (const s of readGold(path, format)) sentences.push({ text: s.text, spans: s.spans.map((p) => [s.text.slice(p.start, p.end), p.type]) })
  } catch (error) {
    return (error as Error).message.replace(work, '')
  }
  return sentences
}

describe('BIO and BMES readers take one character per line', () => {
  it('stop at a word, naming its file and line, instead of keeping its first character', async () => {
    expect(await read('bio', '据\tO\n北京\tB-LOC\n消\tO\n\n')).toBe(
      '/read.bio:2: one character per line expected; got a word: 北京 — convert word-level CoNLL to characters first')
    expect(await read('bmes', '高 B-NAME\n勇 E-NAME\n\n在 O\nApple S-ORG\n')).toMatch(/^\/read\.bmes:5: one character per line expected; got a word: Apple/)
    // A number is a word too, unless the whole sentence is Weibo's: each character and its position, from 0.
    expect(await read('bio', '2024\tO\n年\tO\n')).toMatch(/^\/read\.bio:1: .*got a word: 2024/)
  })

  it('read a character with combining marks whole, as the page\'s CoNLL export writes it', async () => {
    const text = '李华和José（Jose\u0301）在北京。'
    const entity = (name: string, type: string): Entity => {
      const start = text.indexOf(name)
      return { start, end: start + name.length, type, text: name, score: 1 }
    }
    const conll = toConll({ text, entities: [entity('李华', 'PER'), entity('Jose\u0301', 'PER'), entity('北京', 'LOC')] } as Parameters<typeof toConll>[0])
    expect(conll).toContain('e\u0301\tI-PER\n')
    expect(await read('bio', conll)).toEqual([{ text, spans: [['李华', 'PER'], ['Jose\u0301', 'PER'], ['北京', 'LOC']] }])
    // An emoji of several code points, written as one token by another tool.
    expect(await read('bio', '👨‍👩‍👧\tO\n李\tB-PER\n娜\tI-PER\n')).toEqual([{ text: '👨‍👩‍👧李娜', spans: [['李娜', 'PER']] }])
  })

  it('still strip Weibo\'s word positions, the digit 0 at position 11 included', async () => {
    expect(await read('bio', '在0\tO\n第0\tO\n011\tO\n李0\tB-PER.NAM\n巾1\tI-PER.NAM\n\n��0\tO\n好0\tO\n')).toEqual([
      { text: '在第0李巾', spans: [['李巾', 'PER']] },
      { text: '\uFFFD好', spans: [] },
    ])
  })

  it('say that a character read as its tag alone is whitespace', async () => {
    expect(await read('bio', '李\tB-PER\n\u3000\tO\n')).toMatch(/^\/read\.bio:2: the character before the tag "O" is whitespace \(U\+3000\)/)
    expect(await read('bio', '李\tB-PER\n\u00a0\tO\n')).toMatch(/whitespace \(U\+00A0\)/)
  })
})

describe('looksLabelled', () => {
  it('names MSRA chunks and character-and-tag lines', () => {
    expect(looksLabelled(['但/o 农村/o 市场/o 潜力/o 很/o 大/o ，/o', '毕竟/o 我国/o 南方/ns 潮/o'])).toBe('msra')
    expect(looksLabelled(['李\tB-PER', '娜\tI-PER', '在\tO', '', '北\tB-LOC', '京\tI-LOC'])).toBe('bio')
    expect(looksLabelled(['高 B-NAME', '勇 E-NAME', '： O', '汉 S-RACE'])).toBe('bmes')
    expect(looksLabelled(['科0\tO', '技1\tO', '李0\tB-PER.NAM'])).toBe('bio')
  })

  it('leaves ordinary text alone, with a slash or a URL in it', () => {
    expect(looksLabelled(['习近平在北京会见了联合国秘书长古特雷斯。', '张伟和王芳去了杭州西湖。'])).toBeUndefined()
    expect(looksLabelled(['报名请上 https://example.com/o 或 http://a.cn/ns 查看', '和/或 是常见写法，km/h 也是。'])).toBeUndefined()
    expect(looksLabelled(['A', 'O', '好', ''])).toBeUndefined()
    expect(looksLabelled([])).toBeUndefined()
  })
})

function annotate(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'annotate.ts'), '--model', TINY_MODEL_DIR, ...args],
    { cwd: root, encoding: 'utf8', input })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe.runIf(hasModel(TINY_MODEL_DIR))('npm run annotate with labelled files', () => {
  const plain = ['张伟和王芳去了杭州西湖。', '新华社记者在上海报道。']
  const msra = '张伟/nr 和/o 王芳/nr 去/o 了/o 杭州/ns 西湖/o 。/o\n\n新华社/nt 记者/o 在/o 上海/ns 报道/o 。/o\n'
  const bio = plain.map((s) => [...s].map((c) => `${c}\tO`).join('\n')).join('\n\n') + '\n'

  it('--format msra and bio write the records of the plain sentences, as text input of them does', () => {
    const asText = annotate(['-'], plain.join('\n') + '\n')
    expect(asText.status, asText.stderr).toBe(0)
    expect(asText.stdout.trim().split('\n')).toHaveLength(2)
    const fromMsra = annotate([file('test.msra', msra), '--format', 'msra'])
    expect(fromMsra.status, fromMsra.stderr).toBe(0)
    expect(fromMsra.stdout).toBe(asText.stdout)
    const fromBio = annotate(['-', '--format', 'bio'], bio)
    expect(fromBio.status, fromBio.stderr).toBe(0)
    expect(fromBio.stdout).toBe(asText.stdout)
    expect(fromMsra.stderr + fromBio.stderr).not.toContain('warning')
    // A line not of the format stops it with file and line, and says what was written.
    const bad = annotate([file('bad.msra', msra + '这不是 MSRA\n'), '--format', 'msra'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/bad\.msra:4: expected word\/tag chunks .*the output holds lines 1 to 2\)/)
  })

  it('warns once, without changing the exit code, when text looks like MSRA or BIO, and not for ordinary text', () => {
    const asMsra = annotate([file('looks.txt', msra)])
    expect(asMsra.status).toBe(0)
    expect(asMsra.stderr.match(/warning/g)).toHaveLength(1)
    expect(asMsra.stderr).toMatch(/look like MSRA word\/tag chunks .*pass --format msra/)
    const asBio = annotate(['-'], bio.repeat(3))
    expect(asBio.status).toBe(0)
    expect(asBio.stderr.match(/warning/g)).toHaveLength(1)
    expect(asBio.stderr).toMatch(/one character and its tag per line \(BIO\).*pass --format bio/)
    const ordinary = annotate(['-'], plain.join('\n') + '\n见 https://example.com/o 和/或 km/h\n')
    expect(ordinary.stderr).not.toContain('warning')
  })

  it('--out: its problems in words, and a refused input leaves no file behind nor empties one that was there', () => {
    const noFolder = annotate(['-', '--out', join(work, 'no-dir', 'out.jsonl')], '李娜\n')
    expect(noFolder.status).toBe(2)
    expect(noFolder.stderr).toMatch(/^annotate: cannot write the output file ".*no-dir\/out\.jsonl": no such folder\n$/)
    const folder = annotate(['-', '--out', work], '李娜\n')
    expect(folder.stderr).toMatch(/^annotate: cannot write the output file ".*": it is a folder\n$/)
    const gbk = Buffer.from('c0eec4c8d4dacee4babaa1a30a'.repeat(20), 'hex') // 李娜在武汉。 in GBK
    const input = join(work, 'gbk.txt')
    writeFileSync(input, gbk)
    const fresh = join(work, 'fresh.jsonl')
    const refused = annotate([input, '--out', fresh])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('nothing was written')
    expect(existsSync(fresh)).toBe(false)
    const kept = file('kept.jsonl', 'an earlier run\n')
    expect(annotate([input, '--out', kept]).status).toBe(2)
    expect(readFileSync(kept, 'utf8')).toBe('an earlier run\n')
    // Written over when a record comes, and an empty input gives an empty file.
    expect(annotate(['-', '--out', kept], '李娜\n').status).toBe(0)
    expect(readFileSync(kept, 'utf8')).toMatch(/^\{"text":"李娜",.*\}\n$/)
    expect(annotate(['-', '--out', kept], '').status).toBe(0)
    expect(readFileSync(kept, 'utf8')).toBe('')
  })

  it('Ctrl-C flushes the lines done and says where the output stops', async () => {
    const out = join(work, 'interrupted.jsonl')
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'annotate.ts'), '--model', TINY_MODEL_DIR, '--out', out], { cwd: root })
    let stderr = ''
    child.stderr.on('data', (data: Buffer) => { stderr += data.toString() })
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit))
    child.stdin.on('error', () => {})
    // More lines than it annotates before the signal, standard input left open.
    child.stdin.write('张伟和王芳去了杭州西湖，新华社记者在上海报道。\n'.repeat(20_000))
    await new Promise<void>((resolveProgress) => {
      const check = () => (/annotate: \d+ lines/.test(stderr) ? resolveProgress() : setTimeout(check, 50))
      check()
    })
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    const n = Number(/annotate: interrupted \(".*interrupted\.jsonl" holds lines 1 to (\d+)\)\n$/.exec(stderr)?.[1])
    expect(n).toBeGreaterThan(0)
    const lines = readFileSync(out, 'utf8').split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(n)
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('text')
  }, 60_000)
})

describe('progress on standard error', () => {
  const progress = (tty: boolean) => {
    const script = file(`progress-${tty}.ts`, `import { endProgressLine, showProgress } from ${JSON.stringify(join(root, 'scripts/lib/args.ts'))}\n` +
      `process.stderr.isTTY = ${tty}\nshowProgress('1 line')\nshowProgress('2 lines')\nshowProgress('3 lines, 2.0 s', true)\nendProgressLine()\n`)
    return spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8' }).stderr
  }

  it('rewrites its line on a terminal, and writes lines of their own, a few seconds apart, to a file or pipe', () => {
    expect(progress(true)).toBe('\rprogress-true: 1 line\rprogress-true: 2 lines\rprogress-true: 3 lines, 2.0 s\n')
    expect(progress(false)).toBe('progress-false: 1 line\nprogress-false: 3 lines, 2.0 s\n')
  })
})
