// The editor's Restore offer (replacedText.ts): two replacements in a row keep the user's own text (ime QA: typed
// text, a sample, then another sample, a file or Clear offered the sample back and the typed text was lost).
import { describe, expect, it } from 'vitest'
import { ReplacedText } from '../../../src/app/replacedText'

const MINE = '这是我自己写的一段稿子，写了很久。'
const NEWS = '新闻样例：张伟今天在北京出席了会议。'
const BUSINESS = '财经样例：某公司在上海发布了年报。'
const FILE = '文件内容：李娜在杭州工作。'

/** An editor: its text, and the offer as EditorPane drives it. */
function editor(start: string) {
  const offer = new ReplacedText()
  let text = start
  return {
    offer,
    get text() { return text },
    /** A sample, a file, Clear or a Batch file. */
    putIn(now: string) { offer.replaced(text, now); text = now },
    type(now: string) { offer.edited(); text = now },
    restore() { const back = offer.restore(text); if (back !== null) text = back },
    undo() { const back = offer.undo(text); if (back !== null) text = back; return back !== null },
    redo() { const back = offer.redo(text); if (back !== null) text = back; return back !== null },
  }
}

describe('ReplacedText', () => {
  it.each([
    ['sample, sample', [NEWS, BUSINESS]],
    ['sample, file', [NEWS, FILE]],
    ['sample, Clear', [NEWS, '']],
    ['file, Clear', [FILE, '']],
    ['Clear, sample', ['', NEWS]],
    ['sample, file, sample, Clear', [NEWS, FILE, BUSINESS, '']],
  ])('keeps the typed text through %s', (_, steps) => {
    const e = editor(MINE)
    for (const step of steps) e.putIn(step)
    expect(e.offer.held).toEqual({ text: MINE, own: true })
    e.restore()
    expect(e.text).toBe(MINE)
  })

  it('offers an edited sample or file, which is the user\'s own', () => {
    const e = editor(MINE)
    e.putIn(NEWS)
    e.type(NEWS + '我加了一句。')
    e.putIn(BUSINESS)
    expect(e.offer.held?.text).toBe(NEWS + '我加了一句。')
    e.putIn(FILE)
    e.type('改过的' + FILE)
    e.putIn('')
    expect(e.offer.held?.text).toBe('改过的' + FILE)
  })

  it('offers a sample or file when there is no text of the user\'s to keep, the latest one', () => {
    const e = editor('')
    e.putIn(NEWS)
    expect(e.offer.held).toBeNull()
    e.putIn(BUSINESS)
    expect(e.offer.held).toEqual({ text: NEWS, own: false })
    e.putIn(FILE)
    expect(e.offer.held).toEqual({ text: BUSINESS, own: false })
    e.putIn('')
    e.restore()
    expect(e.text).toBe(FILE)
    expect(e.offer.held).toBeNull()
  })

  it('swaps back on a second Restore, and the swapped sample is still no text of the user\'s', () => {
    const e = editor(MINE)
    e.putIn(NEWS)
    e.restore()
    expect(e.text).toBe(MINE)
    expect(e.offer.held).toEqual({ text: NEWS, own: false })
    e.restore()
    expect(e.text).toBe(NEWS)
    expect(e.offer.held).toEqual({ text: MINE, own: true })
    // The sample, back by Restore and unedited, replaced in its turn: the typed text is still offered.
    e.putIn(BUSINESS)
    e.restore()
    expect(e.text).toBe(MINE)
  })

  it('a text restored that was the user\'s own stays theirs', () => {
    const e = editor(MINE)
    e.putIn('')
    e.restore()
    e.putIn(NEWS)
    expect(e.offer.held).toEqual({ text: MINE, own: true })
  })

  it('Dismiss forgets the offer', () => {
    const e = editor(MINE)
    e.putIn(NEWS)
    e.offer.dismiss()
    e.putIn(BUSINESS)
    expect(e.offer.held).toEqual({ text: NEWS, own: false })
  })

  describe('Ctrl+Z', () => {
    it('restores while the editor has nothing of its own to undo, and Ctrl+Y takes it back', () => {
      const e = editor(MINE)
      e.putIn(NEWS)
      e.putIn('')
      expect(e.undo()).toBe(true)
      expect(e.text).toBe(MINE)
      // Nothing older: a second Ctrl+Z is not a redo.
      expect(e.undo()).toBe(false)
      expect(e.text).toBe(MINE)
      expect(e.redo()).toBe(false) // the offer is empty: Clear's '' is nothing to put back
      const f = editor(MINE)
      f.putIn(NEWS)
      expect(f.undo()).toBe(true)
      expect(f.redo()).toBe(true)
      expect(f.text).toBe(NEWS)
      expect(f.undo()).toBe(true)
      expect(f.text).toBe(MINE)
    })

    it('is the editor\'s own once the user has edited since', () => {
      const e = editor(MINE)
      e.putIn(NEWS)
      e.type(NEWS + '。')
      expect(e.undo()).toBe(false)
      expect(e.text).toBe(NEWS + '。')
      expect(e.redo()).toBe(false)
      const f = editor(MINE)
      f.putIn(NEWS)
      f.undo()
      f.type(MINE + '再写')
      expect(f.redo()).toBe(false)
    })

    it('does nothing with no offer', () => {
      const e = editor('')
      e.putIn(NEWS)
      expect(e.undo()).toBe(false)
      expect(e.text).toBe(NEWS)
    })
  })
})
