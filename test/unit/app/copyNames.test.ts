// Names of a batch's copies in a .zip: unique, safe to unpack anywhere, within a file system's name length.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { copyNames, downloadName, MAX_NAME_BYTES, safePath } from '../../../src/app/copyNames'
import { shownName, withShownName } from '../../../src/app/droppedFiles'

const bytes = (text: string) => new TextEncoder().encode(text).length

describe('copyNames', () => {
  it('keep the extension only where two names differ in it, and never collide ignoring case', () => {
    expect(copyNames(['报告.pdf', 'a.txt', 'a.md', 'a (2).txt', 'Report.txt', 'report.txt', '案卷/一审.txt'], '.redacted.txt')).toEqual([
      '报告.redacted.txt', 'a.txt.redacted.txt', 'a.md.redacted.txt', 'a (2).redacted.txt', 'Report.redacted.txt', 'report (2).redacted.txt', '案卷/一审.redacted.txt',
    ])
    expect(copyNames(['会见.txt', '会见.txt'], '.annotated.docx')).toEqual(['会见.annotated.docx', '会见 (2).annotated.docx'])
  })

  it('never lead out of the folder they are unpacked to, nor hold what Windows refuses', () => {
    expect(copyNames([
      '..\\..\\Windows\\win.txt', '/etc/passwd.txt', '../../up.txt', '案卷/./../x.txt', 'a\u0001b\u0085.txt', 'C:报告?.txt', 'x <"|*>.txt', '结尾. .txt', '..',
    ], '.redacted.txt')).toEqual([
      '_.._.._Windows_win.redacted.txt', 'etc/passwd.redacted.txt', 'up.redacted.txt', '案卷/x.redacted.txt', 'a_b_.redacted.txt', 'C_报告_.redacted.txt',
      'x _____.redacted.txt', '结尾. .redacted.txt', '_.redacted.txt',
    ])
    expect(safePath('夹子 ./子夹../文件😀.txt')).toBe('夹子/子夹/文件😀.txt')
    expect(safePath('半个\uD83D.txt')).toBe('半个\uFFFD.txt') // as UTF-8 in the .zip's directory it would be no character at all
  })

  it('never take a name Windows keeps for a device, whatever its case, extension or trailing dots and spaces (QA: CON.redacted.txt)', () => {
    expect(copyNames(['CON.txt', 'nul', 'AUX.md', 'aux.md', 'com1.tar.gz', 'Lpt9 .txt', 'prn. .', 'COM¹.txt', 'con/说明.txt', 'CONSOLE.txt', 'COM10.txt', '.con', 'nul_.txt'], '.redacted.txt')).toEqual([
      'CON_.redacted.txt', 'nul_.redacted.txt', 'AUX_.redacted.txt', 'aux_ (2).redacted.txt', 'com1_.tar.redacted.txt', 'Lpt9_ .redacted.txt', 'prn_.redacted.txt',
      'COM¹_.redacted.txt', 'con_/说明.redacted.txt', 'CONSOLE.redacted.txt', 'COM10.redacted.txt', '_.redacted.txt', 'nul_.txt.redacted.txt',
    ])
    expect(safePath('AUX')).toBe('AUX_')
  })

  it('drop invisible format characters: a right-to-left override no longer makes txt.exe read as exe.txt (QA)', () => {
    expect(downloadName('\u202Etxt.exe', '.entities.json')).toBe('txt.entities.json')
    expect(copyNames(['报告\u200E\u200F.txt', '\u2066合同\u2069.docx', 'a\u200Bb\u2060c\u00AD\uFEFF.md', '\u202Ecod.exe'], '.redacted.txt')).toEqual([
      '报告.redacted.txt', '合同.redacted.txt', 'abc.redacted.txt', 'cod.redacted.txt',
    ])
    expect(safePath('\u200BCON.txt')).toBe('CON_.txt') // a device name an invisible character hid is still one
    expect(safePath('\u202E/\u061C')).toBe('_')
    // ZWNJ spells Persian and Indic words, ZWJ an emoji: kept.
    expect(safePath('می\u200Cخواهم/👨\u200D👩\u200D👧.txt')).toBe('می\u200Cخواهم/👨\u200D👩\u200D👧.txt')
  })

  it('never start with a dot, also where only invisible characters stood before it (re-check 55c: \\uFEFF.txt gave .txt)', () => {
    expect(safePath('\uFEFF.txt')).toBe('_.txt')
    expect(downloadName('\uFEFF.txt', '.entities.json')).toBe('_.entities.json')
    expect(copyNames(['\u200B.txt', '.txt', '案卷/.DS_Store', '\u202E.\u200B.md'], '.redacted.txt')).toEqual([
      '_.redacted.txt', '_ (2).redacted.txt', '案卷/_.redacted.txt', '_..redacted.txt',
    ])
    expect(safePath('a/.hidden/..\u200B/b.txt')).toBe('a/_.hidden/b.txt') // .. made so still goes
  })

  it('drop the U+FFFD a bidi control in a file\'s name is shown as when it arrives, as they drop the control (re-check 55c)', () => {
    const arrived = (name: string) => withShownName(new File(['x'], name)).name
    expect(arrived('报告\u202Efdp.exe.txt')).toBe('报告\uFFFDfdp.exe.txt') // shown: something odd is there
    expect(copyNames([arrived('报告\u202Efdp.exe.txt')], '.annotated.docx')).toEqual(copyNames(['报告\u202Efdp.exe.txt'], '.annotated.docx'))
    expect(copyNames([arrived('报告\u202Efdp.exe.txt')], '.annotated.docx')).toEqual(['报告fdp.exe.annotated.docx'])
    expect(downloadName(arrived('\u200B\u200E\u202E.txt'), '.annotated.docx')).toBe('_.annotated.docx')
    expect(downloadName(shownName('案卷\u2067/合同\u200F.docx'), '.redacted.txt')).toBe('案卷/合同.redacted.txt')
  })

  it('cut a long name so that with its ending it fits a file system, whole characters kept, still unique', () => {
    const long = '很'.repeat(240) + '.txt' // 724 bytes
    const names = copyNames([long, long, `${'😀'.repeat(100)}.md`], '.redacted.txt')
    for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES)
    expect(names[0]).toBe(`${'很'.repeat(80)}.redacted.txt`) // 240 + 13 bytes
    expect(names[1]).toBe(`${'很'.repeat(79)} (2).redacted.txt`)
    expect(names[2]).toBe(`${'😀'.repeat(60)}.redacted.txt`)
    expect(copyNames([`案卷/${'很'.repeat(100)}.txt`], '.annotated.docx')[0]).toBe(`案卷/${'很'.repeat(80)}.annotated.docx`)
  })

  it('are unique, relative, free of . and .. and within the length for any names', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'A', '.', '/', '\\', ' ', ':', '\u0001', '很', '😀', '\uD83D', 'nul', 'CON', 'com1'), maxLength: 300 })
    fc.assert(fc.property(fc.array(name, { maxLength: 6 }), (names) => {
      const copies = copyNames(names, '.redacted.txt')
      expect(new Set(copies.map((c) => c.toLowerCase())).size).toBe(names.length)
      for (const copy of copies) {
        expect(copy).not.toMatch(/^\/|[\\:]/)
        expect(copy).not.toContain('\u0001')
        for (const component of copy.split('/')) {
          expect(['', '.', '..']).not.toContain(component)
          expect(component).not.toMatch(/^\./) // no hidden file
          expect(component).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d) *(\.|$)/i)
          expect(bytes(component)).toBeLessThanOrEqual(MAX_NAME_BYTES)
        }
      }
    }))
  })
})

describe('downloadName', () => {
  it('is the opened file\'s copy name, made safe as a batch copy\'s, else shiti- and the ending', () => {
    expect(downloadName('劳动合同.docx', '.entities.json')).toBe('劳动合同.entities.json')
    expect(downloadName('案卷/[人名1]_合同.txt', '.redacted.txt')).toBe('案卷/[人名1]_合同.redacted.txt')
    expect(downloadName('a:b?.pdf', '.redacted.docx')).toBe('a_b_.redacted.docx')
    expect(downloadName(`${'很'.repeat(100)}.txt`, '.entities.conll')).toBe(`${'很'.repeat(80)}.entities.conll`)
    for (const none of [null, undefined, '']) expect(downloadName(none, '.name-pairs.csv')).toBe('shiti-name-pairs.csv')
    expect(downloadName(null, '.redacted.txt')).toBe('shiti-redacted.txt')
  })
})
