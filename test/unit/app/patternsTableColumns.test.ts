import { beforeAll, describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'
import { loadCommonWords, redact, spreadNames } from '../../../src/app/redact'
import { cellsUnderHeadings, underLabelHeadings } from '../../../src/app/tableColumns'

// School QA: a class roster and an exam sheet pasted from Excel (tab-separated, a header row 姓名⇥学号⇥出生日期 …) kept
// every 学号, 准考证号 and birth date readable with the rules on, as the rules read a value only after its label; the
// same sheet opened as .csv (列名：值 lines) was masked. The values and people below are made up.
const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const texts = (text: string) => findPatterns(text).map((e) => e.text)

const ROSTER = [
  '姓名\t学号\t班级\t出生日期\t成绩\t排名',
  '赵一鸣\t20249911\t初一（2）班\t2013-04-05\t95\t3',
  '钱小雨\t20249912\t初一（2）班\t2012-12-30\t88\t12',
].join('\n')

describe('a pasted table whose header row names a column with a rule\'s label', () => {
  it('takes each cell under 学号 and 出生日期 as that label\'s value, and leaves 班级, 成绩 and 排名 readable', () => {
    // Before: [] (no label before any value).
    expect(found(ROSTER)).toEqual([
      ['RECORD_NUMBER', '20249911'], ['BIRTH_DATE', '2013-04-05'],
      ['RECORD_NUMBER', '20249912'], ['BIRTH_DATE', '2012-12-30'],
    ])
  })

  it('takes an exam sheet\'s 准考证号 of 16 digits, 工号, 病历号 and a 生日 column, the 总分 beside them readable', () => {
    const sheet = '姓名\t准考证号\t总分\n孙晓\t3201052025061207\t512\n李想\t3201052025061208\t498'
    expect(texts(sheet)).toEqual(['3201052025061207', '3201052025061208'])
    expect(texts('姓名\t工号\t病历号\t生日\n周林\tA0731\tBL2024-0087\t1990年3月8日')).toEqual(['A0731', 'BL2024-0087', '1990年3月8日'])
  })

  it('reads a heading with a word before the label (家长电话, 家庭住址, 学生学号) or a colon after it', () => {
    const table = '学生学号\t家长电话\t家庭住址\n20249913\t010 6275 1234\t南京市鼓楼区北京西路15号\n学号：\t出生日期：\n20249914\t2013-01-02'
    expect(found(table)).toEqual([
      ['RECORD_NUMBER', '20249913'], ['PHONE', '010 6275 1234'], ['ADDRESS_NUMBER', '15号'],
      ['RECORD_NUMBER', '20249914'], ['BIRTH_DATE', '2013-01-02'],
    ])
  })

  it('finds the header row under a title line, and reads ragged rows and empty cells', () => {
    const text = '初一（2）班学生名单\t\t\n\n姓名\t学号\t出生日期\n赵一鸣\t\t2013-04-05\n钱小雨\t20249912\n孙晓\t20249915\t2012-06-07\t多出的格子 20249999\n'
    expect(texts(text)).toEqual(['2013-04-05', '20249912', '20249915', '2012-06-07'])
  })

  it('reads several tables of one text each by its own header row', () => {
    const text = '表一\n姓名\t学号\t总分\n赵一鸣\t20249911\t413\n\n表二\n总分\t出生日期\n413\t2013-04-05\n' +
      // A second header row inside the same block of tab-separated lines starts a new table too.
      '准考证号\t排名\n3201052025061207\t5'
    expect(found(text)).toEqual([['RECORD_NUMBER', '20249911'], ['BIRTH_DATE', '2013-04-05'], ['RECORD_NUMBER', '3201052025061207']])
  })

  it('reads tables aligned by ideographic spaces or two spaces or more, a row with a cell missing left alone', () => {
    expect(texts('姓名\u3000\u3000学号\u3000\u3000出生日期\n赵一鸣\u3000\u300020249911\u3000\u30002013-04-05')).toEqual(['20249911', '2013-04-05'])
    expect(texts('姓名    学号      成绩\n赵一鸣  20249911  95\n钱小雨  88')).toEqual(['20249911'])
  })

  it('leaves a table with no labelled heading, and text that is no table, as they were', () => {
    expect(found('姓名\t班级\t总分\t排名\n赵一鸣\t初一（2）班\t413\t3')).toEqual([])
    expect(found('学号\n20249911 是一个八位数')).toEqual([])
    // A label and its value side by side in a two-column table are read by the label as they always were.
    expect(found('学号\t20249911\n出生日期\t2013-04-05')).toEqual([['RECORD_NUMBER', '20249911'], ['BIRTH_DATE', '2013-04-05']])
  })

  it('splits cells with their offsets in the text, a CRLF line\'s carriage return left out', () => {
    const text = '题目\r\n姓名\t学号\r\n赵一鸣\t 20249911 \r\n'
    const heading = /^学号$/
    expect(cellsUnderHeadings(text, heading)).toEqual([{ label: '学号', cell: { start: text.indexOf('2024'), text: '20249911' } }])
  })
})

describe('a value taken under its column\'s heading', () => {
  beforeAll(loadCommonWords)
  const types = new Set(['RECORD_NUMBER', 'BIRTH_DATE'])
  const pseudonym = (type: string, n: number) => `[${type === 'BIRTH_DATE' ? '生日' : '编号'}${n}]`
  const pseudo = (text: string, spread?: ReturnType<typeof spreadNames>) =>
    redact(text, withPatterns(text, []), { types, mode: 'pseudonym', pseudonym, everywhere: true, spread })

  it('is replaced, and written again elsewhere in the text or in another file of a batch, replaced there too', () => {
    const table = '姓名\t学号\t出生日期\n赵一鸣\t20249911\t2013-04-05'
    expect(pseudo(table)).toBe('姓名\t学号\t出生日期\n赵一鸣\t[编号1]\t[生日1]')
    const note = '20249911号同学本周缺勤两次。'
    const spread = spreadNames([table, note].flatMap((t) => withPatterns(t, [])), types)
    // Before: the table's number readable, and so the note's.
    expect(pseudo(note, spread)).toBe('[编号1]号同学本周缺勤两次。')
  })
})

describe('a large pasted sheet', () => {
  it('is read in one pass', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `学生${i}\t${20240000 + i}\t初一（2）班\t2013-04-05\t${i % 100}`)
    const text = ['姓名\t学号\t班级\t出生日期\t成绩', ...rows].join('\n')
    const started = performance.now()
    const entities = findPatterns(text)
    expect(entities.filter((e) => e.type === 'RECORD_NUMBER')).toHaveLength(5000)
    expect(entities.filter((e) => e.type === 'BIRTH_DATE')).toHaveLength(5000)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})

// Re-check 55a: English and bilingual headings, and headings with a note, were no headings (Name⇥Student ID⇥DOB, 学号（8位）,
// 学号(ID), 姓名 Name⇥学号 Student ID: every 学号 and birth date readable, and "Student" masked as a record number); a table
// pasted as comma-separated text or as Markdown was not read.
describe('a heading written in English, with an English gloss or with a note', () => {
  it('is read as the label it means: Student ID, DOB, Phone', () => {
    // Before: the phones alone (found by their shape).
    expect(found('Name\tStudent ID\tDOB\tPhone\nZhao Yiming\t20249911\t2013-04-05\t13912345678')).toEqual([
      ['RECORD_NUMBER', '20249911'], ['BIRTH_DATE', '2013-04-05'], ['PHONE', '13912345678'],
    ])
    expect(found('Name\tD.O.B.\tMobile No.\tEmployee No.\nZhao\t2013-04-05\t6275 1234\tA0731')).toEqual([
      ['BIRTH_DATE', '2013-04-05'], ['PHONE', '6275 1234'], ['RECORD_NUMBER', 'A0731'],
    ])
    expect(found('Employee ID\tPassport No.\tAddress\tAge\nA0731\tE12345678\t阳光花园3栋1802室\t11')).toEqual([
      ['RECORD_NUMBER', 'A0731'], ['RECORD_NUMBER', 'E12345678'], ['ADDRESS_NUMBER', '3栋1802室'], ['AGE', '11'],
    ])
  })

  it('drops a note in brackets and an English gloss, and takes nothing in the heading itself', () => {
    const values = [['RECORD_NUMBER', '20249911'], ['BIRTH_DATE', '2013-04-05']]
    expect(found('姓名\t学号（8位）\t出生日期（年月日）\n赵一鸣\t20249911\t2013-04-05')).toEqual(values)
    expect(found('姓名(Name)\t学号(ID)\t出生日期(DOB)\n赵一鸣\t20249911\t2013-04-05')).toEqual(values)
    // Before: [['RECORD_NUMBER', 'Student']] (学号 read as a label, the gloss's first word as its value).
    expect(found('姓名 Name\t学号 Student ID\t出生日期 DOB\n赵一鸣\t20249911\t2013-04-05')).toEqual(values)
  })

  it('leaves a heading that is no label once its note is dropped, and a gloss that is a value', () => {
    expect(found('姓名\t电话费（元）\t报销\n赵一鸣\t12345\t是')).toEqual([])
    // 微信 zhaoym2013 is a label and its value, in a row that is a header row: the rules' value stays.
    expect(found('姓名\t微信 zhaoym2013\n赵一鸣\t男')).toEqual([['RECORD_NUMBER', 'zhaoym2013']])
  })
})

describe('a table pasted as comma-separated text or as Markdown', () => {
  it('reads a Markdown table, its alignment line skipped', () => {
    const table = '| 姓名 | 学号 | 出生日期 |\n| :--- | :---: | ---: |\n| 赵一鸣 | 20249911 | 2013-04-05 |\n| 钱小雨 | 20249912 | 2012-12-30 |'
    expect(found(table)).toEqual([
      ['RECORD_NUMBER', '20249911'], ['BIRTH_DATE', '2013-04-05'], ['RECORD_NUMBER', '20249912'], ['BIRTH_DATE', '2012-12-30'],
    ])
  })

  it('reads comma-separated lines under a header row of two labels or more, quoted cells too', () => {
    expect(found('学生名单\n姓名,学号,出生日期\n赵一鸣,20249911,2013-04-05\n"钱,小雨",20249912,"2012-12-30"\n\n其他说明')).toEqual([
      ['RECORD_NUMBER', '20249911'], ['BIRTH_DATE', '2013-04-05'], ['RECORD_NUMBER', '20249912'], ['BIRTH_DATE', '2012-12-30'],
    ])
  })

  it('leaves commas that make no table: a line of the block with another count, one label, prose', () => {
    expect(found('姓名,学号,出生日期\n赵一鸣,20249911,2013-04-05\n钱小雨,20249912')).toEqual([])
    expect(found('序号,学号,成绩\n1,20249911,95')).toEqual([])
    expect(found('我们的姓名,学号,出生日期都要填写\n另外,电话,住址也要写')).toEqual([])
  })
})

describe('the copy the rules read a sheet\'s columns in', () => {
  it('holds each value under its heading once, and no value the rules took whole in the text', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `学生${i}\t${20240000 + i}\t2013-04-0${1 + (i % 3)}\t139${10000000 + i}`)
    const text = ['姓名\t学号\t出生日期\t电话', ...rows].join('\n')
    const phones = rows.map((row) => {
      const start = text.indexOf(row) + row.lastIndexOf('\t') + 1
      return { start, end: start + 11 }
    })
    const copies: string[] = []
    underLabelHeadings(text, /^(?:姓名|学号|出生日期|电话)$/, phones, (copy) => {
      copies.push(copy)
      return []
    })
    const lines = copies.join('').split('\n').filter((line) => line !== '')
    // Before: 1,200 lines (one per cell), the phones' and each date 100 times among them.
    expect(lines.filter((line) => line.startsWith('出生日期:'))).toEqual(['出生日期:2013-04-01', '出生日期:2013-04-02', '出生日期:2013-04-03'])
    expect(lines.filter((line) => line.startsWith('电话:'))).toEqual([])
    expect(lines).toHaveLength(603)
  })

  it('still places a value read once at each cell it stands in', () => {
    const text = '姓名\t出生日期\n赵一鸣\t2013-04-05\n钱小雨\t2013-04-05'
    expect(findPatterns(text).map((e) => [e.start, e.text])).toEqual([[text.indexOf('2013'), '2013-04-05'], [text.lastIndexOf('2013'), '2013-04-05']])
  })
})
