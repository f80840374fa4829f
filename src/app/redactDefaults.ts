// What the Redact tab replaces before the user chooses: every type but those that identify no one.

/**
 * The types left readable until the user ticks them (the fine-grained model's, shiti-cluener-v1): a position (董事,
 * 董事长, 独立董事), an attraction, a book, a film or a game says nothing of who a text is about, and replaced they made
 * a filing unreadable, "[职位1]、[职位2]" (finance QA). Every other type is replaced, people, places, organizations,
 * companies and government bodies, and any type a model or the rules bring later: too much is the safe side there.
 * The user's own ticks (the App's keptInClear) replace these from then on, across model switches and tabs.
 */
export const KEPT_BY_DEFAULT: readonly string[] = ['POSITION', 'SCENE', 'BOOK', 'MOVIE', 'GAME']
