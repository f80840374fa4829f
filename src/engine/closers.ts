// What closes a quote or a bracket right after a sentence's end mark (他说：“我在北京。”): it stays in the sentence it
// closes. One list for the engine's sentence windows and the app's CoNLL export, exported by the engine's index.

/** Closing quotes and brackets, full-width and ASCII; the straight quotes apart, as they open a quote as often. */
export const CLOSING_MARKS = '”’」』）】》〕〗〙〉)]}］｝'
/** Straight quotes, which close a quote only when one is open (the windows take them as closers regardless). */
export const STRAIGHT_QUOTES = '＂＇"\''
