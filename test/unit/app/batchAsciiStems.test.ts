import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords, nameNumbering, spreadNames } from '../../../src/app/redact'
import { redactedCopies, redactedPath, type BatchItem } from '../../../src/app/batch'
import type { Entity } from '../../../src/engine'

// Contracts QA 10: Batch on A_lease.docx, B_bideval.docx and C_service.docx zipped [地名3].redacted.docx, [地名4]… and
// [地名5]…: the news model tags the ASCII stems as LOC (0.33, 0.64, 0.70), so no copy could be told from another.
const pseudonym = (type: string, n: number) => `[${type}${n}]`
const types = new Set(['PER', 'LOC', 'ORG'])
const whole = (text: string, type: string, extra: Partial<Entity> & Record<string, unknown> = {}): Entity =>
  ({ start: 0, end: text.length, type, text, score: 0.7, ...extra })
const named = (path: string, found: Entity[]) =>
  redactedPath(path, { types, mode: 'pseudonym', pseudonym, spread: spreadNames(found, types) }, false)

beforeAll(loadCommonWords)

describe('a file name of ASCII letters, digits, _ - and . is not renamed by the model', () => {
  it('keeps A_lease, B_bideval and C_service though the model read them as places', () => {
    expect(named('A_lease.docx', [whole('A_lease', 'LOC')])).toBe('A_lease.docx')
    expect(named('B_bideval.docx', [whole('B_bideval', 'LOC')])).toBe('B_bideval.docx')
    expect(named('合同/C_service.docx', [whole('C_service', 'LOC')])).toBe('合同/C_service.docx')
    expect(named('HT-2026.0312_v2.txt', [whole('HT', 'ORG')])).toBe('HT-2026.0312_v2.txt')
  })

  it('still replaces a name the texts hold', () => {
    const text = 'Smith签署了合同。'
    const smith: Entity = { start: 0, end: 5, type: 'PER', text: 'Smith', score: 0.9 }
    const options = { types, mode: 'pseudonym' as const, pseudonym, spread: spreadNames([smith, whole('Smith_CV', 'LOC')], types) }
    expect(redactedPath('Smith_CV.docx', options, false, spreadNames([smith], types, [{ text, entities: [smith] }]))).toBe('[PER1]_CV.docx')
    expect(redactedPath('Smith_CV.docx', options, false)).toBe('Smith_CV.docx')
  })

  it('still replaces a name the user\'s dictionary or a rule found there', () => {
    expect(named('Acme_contract.docx', [whole('Acme', 'ORG', { fromLexicon: true })])).toBe('[ORG1]_contract.docx')
    expect(named('Zhang_Wei.txt', [whole('Zhang_Wei', 'PER', { fromPattern: true })])).toBe('[PER1].txt')
  })

  it('still replaces a model name in a stem that is not all ASCII letters, digits, _ - and .', () => {
    expect(named('张伟_简历.txt', [whole('张伟', 'PER')])).toBe('[PER1]_简历.txt')
    expect(named('LiMing_李明/notes.txt', [whole('LiMing', 'PER')])).toBe('[PER1]_李明/notes.txt')
  })
})

// Re-check QA F2: 7cbcd30 left a Latin person's name in a copy's name though the text names that person (base replaced
// it): MariaGarcia.txt kept whole, Maria_Garcia_CV.txt gave Maria_[人名]_CV, John-Smith-2026.txt John-[人名]-2026 and
// ZhangWei_resume.txt (its text names 张伟) stayed readable.
describe('a person\'s name in an ASCII file name is still replaced', () => {
  const person = (text: string, name: string): Entity => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type: 'PER', text: name, score: 0.9 })
  const copyName = (path: string, text: string, name: string, inPath: Entity[]) => {
    const inText = [person(text, name)]
    const options = { types, mode: 'pseudonym' as const, pseudonym, spread: spreadNames([...inText, ...inPath], types) }
    return redactedPath(path, options, false, spreadNames(inText, types, [{ text, entities: inText }]), inText)
  }

  it('a stem the model reads as a person (MariaGarcia)', () => {
    expect(copyName('MariaGarcia.txt', 'Maria Garcia签署了合同。', 'Maria Garcia', [whole('MariaGarcia', 'PER')])).toBe('[PER1].txt')
  })

  it('the words of a Latin name the text holds, joined by _ or -, as one name (Maria_Garcia_CV, John-Smith-2026)', () => {
    expect(copyName('Maria_Garcia_CV.txt', 'Maria Garcia签署了合同。', 'Maria Garcia', [whole('Maria_Garcia_CV', 'ORG')])).toBe('[PER1]_CV.txt')
    expect(copyName('John-Smith-2026.txt', '合同由John Smith签署。', 'John Smith', [whole('John-Smith', 'ORG')])).toBe('[PER1]-2026.txt')
    expect(copyName('2026_MariaGarcia_notes.txt', 'Maria Garcia签署了合同。', 'Maria Garcia', [])).toBe('2026_[PER1]_notes.txt')
  })

  it('numbers those words as the text\'s person', () => {
    const text = 'John Smith与Maria Garcia签署了合同。'
    const inText = [person(text, 'John Smith'), person(text, 'Maria Garcia')]
    const numbering = nameNumbering()
    numbering('PER', 'John Smith')
    numbering('PER', 'Maria Garcia')
    const options = { types, mode: 'pseudonym' as const, pseudonym, numbering, spread: spreadNames(inText, types) }
    expect(redactedPath('garcia-maria_v2.txt', options, false, spreadNames(inText, types, [{ text, entities: inText }]), inText)).toBe('[PER2]_v2.txt')
  })

  it('a stem written as a person\'s name (ZhangWei_resume) that the model tags, where the text names a person', () => {
    expect(copyName('ZhangWei_resume.txt', '张伟签署了合同。', '张伟', [whole('ZhangWei_resume', 'LOC')])).toBe('[LOC1].txt')
  })

  it('still keeps identifiers though the text names a person', () => {
    expect(copyName('A_lease.docx', '张伟签署了合同。', '张伟', [whole('A_lease', 'LOC')])).toBe('A_lease.docx')
    expect(copyName('B_bideval.docx', 'Maria Garcia签署了合同。', 'Maria Garcia', [whole('B_bideval', 'LOC')])).toBe('B_bideval.docx')
    expect(copyName('HT-2026.0312_v2.txt', '张伟签署了合同。', '张伟', [whole('HT', 'ORG')])).toBe('HT-2026.0312_v2.txt')
    expect(copyName('Garcia_Lease_Final.txt', '张伟签署了合同。', '张伟', [whole('Garcia_Lease_Final', 'ORG')])).toBe('Garcia_Lease_Final.txt')
  })
})

describe('Batch copies of files named after the person their text names (re-check QA F2)', () => {
  const item = (name: string, text: string, who: string): BatchItem =>
    ({ name, status: 'done', text, entities: [{ start: text.indexOf(who), end: text.indexOf(who) + who.length, type: 'PER', text: who, score: 0.9 }] })
  const items = [
    item('MariaGarcia.txt', 'Maria Garcia签署了合同。', 'Maria Garcia'),
    item('Maria_Garcia_CV.txt', 'Maria Garcia的简历。', 'Maria Garcia'),
    item('John-Smith-2026.txt', 'John Smith签署了合同。', 'John Smith'),
    item('ZhangWei_resume.txt', '张伟的简历。', '张伟'),
    item('A_lease.txt', '张伟签署了租约。', '张伟'),
  ]
  const pathNames = [whole('MariaGarcia', 'PER'), whole('Maria_Garcia_CV', 'ORG'), whole('John-Smith', 'PER'), whole('ZhangWei_resume', 'LOC'), whole('A_lease', 'LOC')]

  it('shows none of their names', () => {
    const names = redactedCopies(items, () => true, { types, mode: 'pseudonym', pseudonym, pathNames }).map((copy) => copy.name)
    expect(names).toEqual(['[PER1].redacted.txt', '[PER1]_CV.redacted.txt', '[PER2]-2026.redacted.txt', '[LOC1].redacted.txt', 'A_lease.redacted.txt'])
  })
})

// Recheck2 QA 2: the "two capitalised words" fallback renamed ordinary English file names the model tags whenever a
// text named anyone (Annual_Report [ORG1], Shanghai_Office [LOC1]); now only where a word spells a Chinese person's surname.
// Recheck2 QA 4: a lone word of a Latin name matched common English words (Mark_up [PER1]_up for Mark Lee).
describe('ordinary English file names stay readable (recheck2 QA 2, 4)', () => {
  const person = (text: string, name: string): Entity => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type: 'PER', text: name, score: 0.9 })
  const copyName = (path: string, text: string, name: string, inPath: Entity[] = []) => {
    const inText = [person(text, name)]
    const options = { types, mode: 'pseudonym' as const, pseudonym, spread: spreadNames([...inText, ...inPath], types) }
    return redactedPath(path, options, false, spreadNames(inText, types, [{ text, entities: inText }]), inText)
  }
  const stem = (path: string) => path.replace(/\.[^.]+$/u, '')

  it('keeps two capitalised English words the model tags where the text names 张伟 or Mark Lee', () => {
    const cases: [string, string][] = [
      ['Annual_Report.txt', 'ORG'], ['AnnualReport.txt', 'ORG'], ['ProjectPlan.txt', 'ORG'], ['ProjectPlan_v2.txt', 'LOC'],
      ['Meeting_Minutes.docx', 'ORG'], ['Final_Draft.docx', 'ORG'], ['Tencent_Contract.docx', 'ORG'], ['Shanghai_Office.docx', 'LOC'],
    ]
    for (const [path, tag] of cases) {
      expect(copyName(path, '报告由张伟撰写。', '张伟', [whole(stem(path), tag)])).toBe(path)
      expect(copyName(path, '报告由Mark Lee撰写。', 'Mark Lee', [whole(stem(path), tag)])).toBe(path)
    }
  })

  it('still replaces a stem spelling the surname of the text\'s Chinese person (ZhangWei_resume, WeiZhang, Chan_Resume)', () => {
    expect(copyName('ZhangWei_resume.txt', '张伟签署了合同。', '张伟', [whole('ZhangWei_resume', 'ORG')])).toBe('[ORG1].txt')
    expect(copyName('WeiZhang.txt', '张伟签署了合同。', '张伟', [whole('WeiZhang', 'LOC')])).toBe('[LOC1].txt')
    expect(copyName('Chan_Resume.txt', '陈大文的简历。', '陈大文', [whole('Chan_Resume', 'ORG')])).toBe('[ORG1].txt')
    expect(copyName('ZhangWei_resume.txt', '李强签署了合同。', '李强', [whole('ZhangWei_resume', 'ORG')])).toBe('ZhangWei_resume.txt')
  })

  it('takes a lone word of a Latin name only where it is the surname, three letters or more', () => {
    expect(copyName('Mark_up.txt', '审阅人Mark Lee提出了修改意见。', 'Mark Lee')).toBe('Mark_up.txt')
    expect(copyName('Bill_of_Lading.txt', '收货人Bill Chen已签收。', 'Bill Chen')).toBe('Bill_of_Lading.txt')
    expect(copyName('Will_draft.txt', '遗嘱由Will Tan见证。', 'Will Tan')).toBe('Will_draft.txt')
    expect(copyName('May_2026_report.txt', '报告由May Wong撰写。', 'May Wong')).toBe('May_2026_report.txt')
    expect(copyName('Grant_Application.txt', '申请人Grant Liu提交材料。', 'Grant Liu')).toBe('Grant_Application.txt')
    expect(copyName('na_values.csv', '报告由Li Na撰写。', 'Li Na')).toBe('na_values.csv')
    expect(copyName('report_li.txt', '报告由Li Na撰写。', 'Li Na')).toBe('report_li.txt')
    expect(copyName('An_overview.txt', '报告由An Qi撰写。', 'An Qi')).toBe('An_overview.txt')
    expect(copyName('Mark_up.txt', '报告由Mark Lee撰写。', 'Mark Lee', [whole('Mark_up', 'ORG')])).toBe('Mark_up.txt')
  })

  it('still takes a surname alone and a person\'s words side by side', () => {
    expect(copyName('Lee_Report.txt', '审阅人Mark Lee提出了修改意见。', 'Mark Lee')).toBe('[PER1]_Report.txt')
    expect(copyName('Chen_Family_Trust.txt', '受托人Bill Chen已签收。', 'Bill Chen')).toBe('[PER1]_Family_Trust.txt')
    expect(copyName('Zhang_notes.txt', '签署人Zhang Wei。', 'Zhang Wei')).toBe('[PER1]_notes.txt')
    expect(copyName('Mark_Lee_up.txt', '审阅人Mark Lee提出了修改意见。', 'Mark Lee')).toBe('[PER1]_up.txt')
    expect(copyName('MARK_LEE.txt', '审阅人Mark Lee提出了修改意见。', 'Mark Lee')).toBe('[PER1].txt')
    expect(copyName('lee-mark.txt', '审阅人Mark Lee提出了修改意见。', 'Mark Lee')).toBe('[PER1].txt')
    expect(copyName('LiNa_notes.txt', '报告由Li Na撰写。', 'Li Na')).toBe('[PER1]_notes.txt')
    expect(copyName('Will_Tan_draft.txt', '遗嘱由Will Tan见证。', 'Will Tan')).toBe('[PER1]_draft.txt')
  })

  it('reads OBrien as O\'Brien', () => {
    expect(copyName('OBrien_CV.txt', '签署人Sean O\'Brien。', 'Sean O\'Brien')).toBe('[PER1]_CV.txt')
  })
})
