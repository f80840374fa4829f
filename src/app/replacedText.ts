/**
 * The editor's Restore offer (EditorPane): a sample, a file, Clear or a Batch file replaces the whole text at once,
 * which the textarea's own undo cannot take back (setting its value wipes its history), so the text before is kept
 * for a Restore button.
 *
 * Only the user's own text is worth keeping over an older offer. A sample or a file put in and not edited since is
 * not what they wrote: replacing it in its turn keeps the offer that holds their text (ime QA: typed text, then the
 * 新闻 sample, then 财经, a file or Clear offered the 114-character sample back and the 22 typed characters were lost
 * for good). Edited, it is theirs, and is what Restore brings back. Framework-free, for the unit tests.
 */
export interface HeldText {
  text: string
  /** The user's own: typed or pasted, or a sample or file they edited; false for a sample or file as put in. */
  own: boolean
}

export class ReplacedText {
  /** What Restore brings back, null when nothing is offered. */
  held: HeldText | null = null
  /** The text the editor holds as it was put in from outside and not the user's own (a sample, a file), or null. */
  private foreign: string | null = null
  /** No edit since the text was last put in from outside: the textarea has nothing of its own to undo. */
  private untouched = false
  /** The last Restore came from Ctrl+Z, with no edit since: Ctrl+Shift+Z / Ctrl+Y takes it back. */
  private undone = false

  /** The editor's text `before` was replaced from outside with `now`. */
  replaced(before: string, now: string): void {
    const own = before !== this.foreign
    // Nothing was lost: an empty editor (Clear, then a sample) keeps the offer as it is.
    if (before.trim() && !(this.held?.own && !own)) this.held = { text: before, own }
    this.foreign = now
    this.untouched = true
    this.undone = false
  }

  /** The user typed, pasted or undid in the editor itself (keeps the offer: a Clear by mistake is often noticed late). */
  edited(): void {
    this.untouched = false
    this.undone = false
  }

  /**
   * Restore, with `current` the editor's text: returns the text to put in, and keeps `current` in the offer (restoring
   * swaps back); null when nothing is offered.
   */
  restore(current: string): string | null {
    const held = this.held
    if (held === null) return null
    this.held = current.trim() ? { text: current, own: current !== this.foreign } : null
    this.foreign = held.own ? null : held.text
    this.untouched = true
    this.undone = false
    return held.text
  }

  /** Ctrl+Z: Restore, where the editor has nothing of its own to undo and nothing was restored by a Ctrl+Z already. */
  undo(current: string): string | null {
    if (!this.untouched || this.undone) return null
    const text = this.restore(current)
    this.undone = text !== null
    return text
  }

  /** Ctrl+Shift+Z or Ctrl+Y: takes back the Restore of a Ctrl+Z, with no edit since. */
  redo(current: string): string | null {
    if (!this.undone) return null
    return this.restore(current)
  }

  dismiss(): void {
    this.held = null
    this.undone = false
  }
}
