// How much of the editor's text the live analysis has read, and what the panels may offer from it: a result
// built from the entities of a text not (yet) analysed would be that text as it is.

/**
 * Longest text analysed and displayed live. Beyond about this size the browser's own textarea becomes
 * the bottleneck (every keystroke re-lays out the whole text), so longer documents are kept in the
 * editor untouched but not analysed, with a message saying why.
 */
export const MAX_LIVE_CHARS = 1_000_000

export type RunState = 'idle' | 'running' | 'done' | 'cancelled' | 'error'

/** How much of the shown text the entities cover. */
export interface Coverage {
  /** Characters of the paragraphs the model reads (those with more than whitespace) that have a result, */
  analysed: number
  /** of all of them. */
  total: number
  /** Over MAX_LIVE_CHARS: the text is not analysed at all. */
  tooLarge: boolean
  /** The model is loaded and no run has stopped: a paragraph not read yet is read within moments (one just
   *  typed), so the panels keep what they offer instead of blanking at every keystroke. */
  soon: boolean
  /** The editor holds text the view does not show yet (a long text while typing goes on, see SETTLE_MS): what the
   *  panels would hand out is of the text as it was a key ago. Set only then. */
  settling?: true
}

/**
 * Nothing of a text with something to read has been analysed (too large, failed or cancelled before the
 * first paragraph, or not read yet): a result built from the entities would be the text as it is, a
 * "redacted" copy with every name in it.
 */
export function coversNothing({ analysed, total, tooLarge, soon }: Coverage): boolean {
  return tooLarge || (total > 0 && analysed === 0 && !soon)
}

/**
 * The entities are about to change: a run is going, or a paragraph just typed (or a model just chosen) is
 * read within moments. A result built from them now (a download, a copy) would be of the text as it was,
 * or of part of it, with nothing in the file to say so (QA: a whole new document pasted, Download on Redact gave the previous
 * document's redacted copy; on Export, a JSON of 1,538 of 23,979 names). The panels offer it once settled.
 */
export function stillAnalysing(runState: RunState, { analysed, total, settling }: Coverage): boolean {
  // Settling: in a text of 20,000 characters or more, Download on Redact within 200 ms of a key gave the copy of the
  // text before it, a name just deleted in it (re-check QA).
  if (settling) return true
  const stoppedEarly = runState === 'cancelled' || runState === 'error'
  return runState === 'running' || (!stoppedEarly && analysed < total)
}
