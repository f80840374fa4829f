// English UI strings. The Chinese files must have exactly the same keys (checked by a unit test): zh.ts, edited by
// hand, and zh-Hant.ts, generated from zh.ts (npx tsx scripts/make-zh-hant.ts).
export default {
  app: {
    title: 'Shiti 实体',
    documentTitle: 'Chinese entity recognition in your browser',
    /** Shown in the header and the footer: also that the text is not kept (design QA: nothing said that a reload
     *  empties the editor). */
    tagline: 'Chinese named-entity recognition that runs entirely in your browser. Your text stays in this page’s memory: never uploaded, never saved, gone on reload.',
    skipToEditor: 'Skip to the editor',
    language: 'Language',
    themeDark: 'Switch to dark theme',
    themeLight: 'Switch to light theme',
    appUpdateReady: 'A new version of Shiti has been installed. Choose Reload to use it (your text stays in the editor only until then: copy it first if you need it).',
    appUpdateReplaced: 'Shiti was updated in another tab. This page must be reloaded before it can analyse again or open a PDF (copy your text first if you need it).',
    reload: 'Reload',
  },
  types: {
    PER: 'Person', LOC: 'Place', ORG: 'Organization',
    // The fine-grained model's (shiti-cluener-v1) other types.
    COMPANY: 'Company', GOV: 'Government', POSITION: 'Position', SCENE: 'Attraction', BOOK: 'Book', MOVIE: 'Film', GAME: 'Game',
    // Found by rule (app/patterns.ts), for redaction.
    PHONE: 'Phone', EMAIL: 'E-mail', ID_NUMBER: 'ID number', BANK_CARD: 'Bank card',
    BIRTH_DATE: 'Date of birth', DATE: 'Date', AGE: 'Age', RECORD_NUMBER: 'Record number', PLATE: 'Licence plate', ADDRESS_NUMBER: 'House number', STOCK_CODE: 'Stock code',
  },
  /** The label on a name in the highlighted view, where a type's name is long (design QA: at 360 px "Organization"
   *  after every name took a third of a line); its title and the legend keep the full name. A short label is a part
   *  of the full name, never another word: "Title" and "Sight" on the marks beside "Position" and "Attraction" in the
   *  legend and the Entities list read as two other types (QA). Those two are whole: far rarer on a page than
   *  Organization, and "Pos"/"Attr" say nothing. (zh.ts: the same words as its legend, or a part of them.) */
  typeMarks: { ORG: 'Org', GOV: 'Gov', POSITION: 'Position', SCENE: 'Attraction', ID_NUMBER: 'ID', BANK_CARD: 'Card' },
  editor: {
    heading: 'Text',
    label: 'Text to analyse',
    placeholder: 'Paste or type Chinese text here, or drop a .txt, .md, .html, .docx or .pdf file…',
    /** Before the row of sample buttons, which load a sample in one click. */
    trySample: 'Try a sample:',
    open: 'Open file',
    clear: 'Clear',
    dropHere: 'Drop the file to open it',
    chars: '{n} characters',
    importing: 'Reading {name}…',
    importingPage: 'Reading {name}: page {page} of {pages}…',
    cancelImport: 'Stop',
    importCancelled: 'Stopped reading {name}; the editor was left unchanged.',
    importEmpty: '{name} is empty; the editor was left unchanged.',
    replaced: 'The previous text ({n} characters) was replaced.',
    restore: 'Restore',
    dismissRestore: 'Dismiss',
    readAsEncoding: 'Read {name} as {encoding} text (it is not UTF-8).',
    invalidUtf8: '{name}: one byte sequence is not valid UTF-8 and is shown as �. | {name}: {count} byte sequences are not valid UTF-8 and are shown as �.',
    openedFirstOnly: 'Opened {name}; the other file dropped with it was not (the Batch tab analyses several files at once). | Opened {name}; the {n} other files dropped with it were not (the Batch tab analyses several files at once).',
    openedFirstWithFolders: 'Opened {name}; the editor opens one file at a time, so the folder dropped with it was not opened. The Batch tab analyses several files or whole folders at once. | Opened {name}; the editor opens one file at a time, so the {n} other items dropped with it (files and folders) were not opened. The Batch tab analyses several files or whole folders at once.',
    /** Only folders dropped on the editor ({folder}: their names, quoted). */
    folderDropped: '{folder} is a folder; the editor opens one file at a time. To analyse the files in it, open the Batch tab and drop the folder there. | {folder} are folders; the editor opens one file at a time. To analyse the files in them, open the Batch tab and drop the folders there.',
    importUnsupported: '{name}: only .txt, .md, .html, .docx, .pdf, .csv, .tsv and .jsonl files, and .srt, .vtt and .lrc subtitles, can be opened.',
    /** A file of a kind people often try ({format}: editor.formats), with the way to one that opens. */
    importSaveAsDocx: '{name} is {format}, which cannot be opened here. Open it in Word or WPS, save it as .docx (Save As), then open the saved file.',
    importCopyText: '{name} is {format}, which cannot be opened here. Copy its text and paste it into the editor, or save it as PDF and open that.',
    /** A spreadsheet: saved as .csv or .tsv it opens here, read column by column (列名：值), which masks its values best (school QA). */
    importSaveAsCsv: '{name} is {format}, which cannot be opened here. Save it as CSV (or TSV) and open that: each column is read by its name, which works best. Or copy its text and paste it into the editor.',
    /** An .ass or .ssa subtitle file: read as text, its Dialogue lines (styles, override tags) would be redacted too. */
    importExportSrt: '{name} is {format}, which cannot be read here. Export it as .srt in your subtitle editor first, then open the .srt file.',
    formats: { doc: 'an older Word document (.doc)', wps: 'an older WPS Writer document (.wps)', rtf: 'a Rich Text document (.rtf)', odt: 'an OpenDocument text (.odt)', sheet: 'a spreadsheet', slides: 'a presentation', ass: 'a styled subtitle file (.ass)', ssa: 'a styled subtitle file (.ssa)' },
    importTooBig: '{name} is larger than {limit}, too big to open here.',
    importTooLong: '{name} holds more than {chars} characters of text, too many to open here. Split it into parts.',
    importUnreadable: '{name} could not be read; the editor was left unchanged.',
    importUnreadableDocx: '{name} could not be read: it is not a valid Word document (.docx), or a damaged one. The editor was left unchanged.',
    importUnreadablePdf: '{name} could not be read: it is not a valid PDF file, or a damaged one. The editor was left unchanged.',
    /** A .docx whose XML unpacks to more than {unpacked} (a zip built to fill memory, or a damaged one). */
    importTooBigUnpacked: '{name} unpacks to more than {unpacked}, far more than {chars} characters of text take: too big to open here. The editor was left unchanged.',
    importProtected: '{name} is protected by a password; remove the password and open it again. The editor was left unchanged.',
    /** A .docx that is an OLE file, not a zip: Word's password protection, or an old .doc renamed; the same two ways
     *  out as the Batch tab's batch.failure.PROTECTED_DOCX (QA: the editor gave only the first). */
    importProtectedDocx: '{name} is protected by a password, or it is an old Word document (.doc) renamed .docx: remove the password, or open it in Word or WPS and save it as .docx (Save As), then open it again. The editor was left unchanged.',
    importNoText: '{name} holds no text, only images (a scan?): text recognition (OCR) is not done here. The editor was left unchanged.',
    importNotText: '{name} is not a text file (its bytes are not text in any encoding); the editor was left unchanged.',
    /** A .jsonl file's line that is no JSON object ({line}: its number, from 1). */
    importBadRecord: '{name} could not be read: line {line} is not a JSON object (JSON Lines hold one object per line). The editor was left unchanged.',
    /** A .csv or .tsv file with a quote (") opened in a cell and never closed ({line}: where it opens): read so, every row after it would be one record. */
    importBadQuote: '{name} could not be read: the quote (") that opens a cell on line {line} is never closed, so every row after it would run into one record. Close or remove that quote, then open the file again. The editor was left unchanged.',
    /** A .csv, .tsv or .jsonl file opened: its records' texts, a blank line between two ({column}: the column or key they came from). */
    recordsRead: 'Read one record of {name}, from its “{column}” column. | Read {count} records of {name}, from its “{column}” column, a blank line between two.',
    /** As recordsRead, for a .csv or .tsv whose first row holds no column names ({column}: the text column's number, from 1). */
    recordsReadNoHeader: 'Read one record of {name}, from its column {column}: no header row was found, so its first row was read as a record. | Read {count} records of {name}, from its column {column}, a blank line between two: no header row was found, so its first row was read as a record too.',
    /** recordsRead or recordsReadNoHeader ({read}), then the other columns with something in them, not read ({names}: all of them, listed; {count}: how many). */
    recordsLeftOut: '{read} Its other column was not read: {names}. | {read} Its other columns were not read: {names}.',
    /** As recordsLeftOut, for more than five ({names}: the first five; {count}: how many in all). */
    recordsLeftOutMore: '{read} Its {count} other columns were not read, among them {names}.',
    /** A column of a sheet with no header row, in recordsLeftOut's list ({n}: its number, from 1). */
    recordsColumnNumber: 'column {n}',
    /** A table of records with no text column (an order export, a staff list): every column read, a line each ({columns}: how many). */
    recordsReadAll: 'Read one record of {name}, all its {columns} columns, a line each. | Read {count} records of {name}, all {columns} columns of each, a line per column and a blank line between two records.',
    /** Files dropped together, the first ones unreadable ({failed}: their names, quoted): the next one was opened. */
    openedInstead: '{failed} could not be opened; {name} was opened instead.',
    /** After the first file's reason: no file of a drop of several could be opened. */
    noneOpened: 'None of the {n} files dropped could be opened; the Batch tab reads several files at once and says why each one could not be.',
    leftOut: 'Not read from {name}: its {parts}. Only the body text is here, with the footnotes and endnotes at the end; check the rest in Word.',
    leftOutParts: { headers: 'headers', footers: 'footers', comments: 'comments', hidden: 'hidden text', unread: 'some content of a kind not read here' },
  },
  /** Short enough that the six share two rows at 1366 px (design QA: "Long document (100,000 characters)" took a third). */
  samples: { news: 'News', business: 'Business', campus: 'Campus', traditional: 'Traditional (Taiwan)', tricky: 'Mixed scripts', long: 'Long (100k chars)' },
  view: {
    heading: 'Entities highlighted',
    empty: 'The names found are highlighted here as you type.',
    /** Above the empty view once the model is ready (a blank band was there: design QA). */
    ready: 'Model ready: paste text or pick a sample to start.',
    /** After a failed load's message, when there is text: it shows plain. */
    notHighlighted: 'Names are not highlighted until the model loads.',
    legend: 'Entity types (click to show or hide)',
    threshold: 'Minimum confidence',
    /** Said once the threshold slider stops moving: what the view shows now, and how many fewer or more than before the move. */
    shownFewer: 'Showing {n} name ({d} hidden) | Showing {n} names ({d} hidden)',
    shownMore: 'Showing {n} name ({d} more) | Showing {n} names ({d} more)',
    shownSame: 'Still showing {n} name | Still showing {n} names',
    keys: 'Right and left arrow: next and previous name; Home and End: first and last; Enter: correct it.',
    quality: 'Measured on text the model never saw: {precision} of the names shown are right, {recall} of all names are shown',
    qualityAtOne: 'At 1.00 nearly every name the model found is hidden; your dictionary\'s names stay.',
    qualityHelp: 'Measured on the model’s own dev set (text it never trained on), at this threshold. Lower it to miss fewer names (redaction), raise it for fewer wrong ones.',
    markName: '{text}, {type}',
    entityTitle: '{type} · confidence {score}',
    lexiconTitle: '{type} · from your dictionary',
    patternTitle: '{type} · found by rule, not by the model',
    /** The view's current name, described (its type is in its name): its confidence, or where it comes from. */
    markScore: 'confidence {score}',
    markFromLexicon: 'from your dictionary',
    markFromPattern: 'found by rule, not by the model',
    /** An occurrence shown from the Entities tab, said while the focus stays there: which of how many. */
    revealed: '{text}, {n} of {total}',
    steps: {
      label: 'Occurrences of {text}',
      previous: 'Previous occurrence',
      next: 'Next occurrence',
      back: 'Back to the list',
      close: 'Close',
    },
  },
  correct: {
    selectOne: 'To add a name to your dictionary, select just the name (one line, up to {max} characters).',
    markAs: 'Mark as',
    changeTo: 'Change to',
    never: 'Never mark',
    forget: 'Remove from dictionary',
    addTitle: 'Adds “{text}” to your dictionary: every occurrence is marked as {type}',
    neverTitle: 'Adds “-{text}” to your dictionary: the model no longer marks exactly this text',
    added: 'Added to your dictionary (kept in this browser): {line}',
    /** After "Never mark" (the dictionary line it wrote, -name, is dictionary syntax, not words to read out). */
    neverDone: 'No longer marked: {text} (added to your dictionary, kept in this browser)',
    /** All three confirmations say where the entry went: the dictionary is stored in this browser (privacy QA). */
    addedSplit: 'Added to your dictionary (kept in this browser): {line}, and -{within} (the model’s “{within}” is no longer marked)',
    removed: 'Removed from your dictionary: {text}',
    /** A selection on the never-mark list (a "-name" line): said, with a way to take the line out (QA: only
     *  "Mark as" was offered, and undoing "Never mark" meant finding the line on the Dictionary tab). */
    onNeverList: 'On your never-mark list: the model does not mark it.',
    allow: 'Let the model mark it again',
    allowTitle: 'Removes the line “-{text}” from your dictionary: the model marks this text again',
    allowed: 'Removed from your never-mark list: {text} (the model marks it again)',
    undo: 'Undo',
    /** The × of the corrections' sheet on a phone. */
    close: 'Close the correction bar',
    undone: 'Undone: your dictionary is as it was.',
    hint: 'Tap or click a name to correct it; select text, or type it on the Dictionary tab, to add it to your dictionary.',
  },
  progress: {
    label: 'Analysis progress',
    running: 'Analysing… {done} of {total} characters',
    cancel: 'Cancel',
    cancelled: 'Analysis cancelled; {done} of {total} characters analysed.',
    resume: 'Resume',
    started: 'Analysing {total} characters…',
    done: 'Analysed {chars} characters in {time}.',
    doneReused: 'Analysed {chars} characters in {time}; the other paragraphs, unchanged or repeated, keep their results.',
  },
  partial: {
    redact: 'Only {done} of {total} characters are analysed: names in the rest are not replaced.',
    export: 'Only {done} of {total} characters are analysed: names in the rest are not exported.',
    running: 'The analysis is still running: download and copy are offered once it has finished.',
    tooLarge: {
      redact: 'The text is over {limit} characters, more than the page analyses: its names are not found, so there is no redacted copy to offer.',
      export: 'The text is over {limit} characters, more than the page analyses: there is no analysis of it to export.',
    },
    stopped: {
      redact: 'The analysis stopped before any of the text was read: no name is replaced, so no redacted copy is offered.',
      export: 'The analysis stopped before any of the text was read: there is no analysis of it to export.',
    },
    pending: {
      redact: 'The text is not analysed yet: its redacted copy appears here once it is.',
      export: 'The text is not analysed yet: its exports are offered once it is.',
    },
  },
  tabs: { label: 'Results and tools', entities: 'Entities', export: 'Export', redact: 'Redact', batch: 'Batch', lexicon: 'Dictionary', model: 'Model' },
  batch: {
    intro: 'Analyse several files at once (.txt, .md, .html, .docx, .pdf), or a whole folder: each is read and analysed here, in this browser, one after another. A .csv, .tsv or .jsonl file gives a result per row, named file#id.',
    /** Left out on a touch screen without a mouse, where nothing is dragged (BatchPanel). */
    introDrop: 'Choose them or drop them here.',
    choose: 'Choose files',
    chooseFolder: 'Choose a folder',
    dropHere: 'Drop the files to analyse them',
    /** The empty Batch tab's drop area, above the choosers. */
    dropArea: 'Drop files or a folder here',
    /** A folder chosen or dropped with no file the app opens in it (the batch shown stays). */
    nothingInFolder: 'The folder {folder} holds no .txt, .md, .html, .docx, .pdf, .csv, .tsv or .jsonl file, and no .srt, .vtt or .lrc subtitles.',
    /** A folder with more files that open here than a batch takes from one (`n` of them, `max` taken). */
    folderCut: 'The folder holds {n} files that can be read here: the first {max}, by name, were taken. To read the others, choose their subfolders or the files themselves.',
    folderCutMore: 'The folder holds more than {n} files that can be read here: the first {max}, by name, were taken. To read the others, choose their subfolders or the files themselves.',
    nothingToRead: 'No .txt, .md, .html, .docx, .pdf, .csv, .tsv, .jsonl, .srt, .vtt or .lrc file to analyse.',
    /** Before the way to open each kind (editor.importSaveAsDocx / importCopyText, naming its first file). */
    skipped: 'One file was not read: it cannot be opened here. | {n} files were not read: they cannot be opened here.',
    /** After `skipped`, one per way out, naming the kinds it is for (`kinds`: .doc, .wps …; `count`: their files). */
    skippedAdvice: {
      saveAsDocx: 'Open the {kinds} file in Word or WPS, save it as .docx (Save As), then open the saved file. | Open the {kinds} files ({count}) in Word or WPS, save them as .docx (Save As), then open the saved files.',
      copyText: 'For the {kinds} file, copy its text and paste it into the editor, or save it as PDF and open that. | For the {kinds} files ({count}), copy their text and paste it into the editor, or save them as PDF and open those.',
      saveAsCsv: 'Save the {kinds} file as CSV (or TSV) and open that: each column is read by its name. | Save the {kinds} files ({count}) as CSV (or TSV) and open those: each column is read by its name.',
      exportSrt: 'The {kinds} subtitle file cannot be read here: export it as .srt in your subtitle editor first, then open the .srt file. | The {kinds} subtitle files ({count}) cannot be read here: export them as .srt in your subtitle editor first, then open the .srt files.',
      other: 'The {kinds} file is not a kind read here (.txt, .md, .html, .docx, .pdf, .csv, .tsv, .jsonl, .srt, .vtt, .lrc). | The {kinds} files ({count}) are not a kind read here (.txt, .md, .html, .docx, .pdf, .csv, .tsv, .jsonl, .srt, .vtt, .lrc).',
    },
    quoted: '“{name}”',
    /** Names, not entities, as the rest of the interface says (design QA: plain words, d6b2377). */
    summary: '{done} of {total} files analysed · {entities} name | {done} of {total} files analysed · {entities} names',
    /** Said while a batch runs: its start and each quarter (the summary above changes at every file). */
    announceStart: 'Analysing {n} file… | Analysing {n} files…',
    announceProgress: 'Batch: {percent} of the files analysed.',
    summaryFailed: 'one file could not be used (reason below) | {n} files could not be used (reasons below)',
    analysing: 'analysing… {percent}',
    /** A file whose every name the view's filters hide: said, not passed off as none (privacy QA). */
    noneShownUnderThreshold: 'none shown: one under the confidence threshold\u00a0{threshold} | none shown: {count} under the confidence threshold\u00a0{threshold}',
    noneShownInLegend: 'none shown: their types are hidden in the legend',
    /** After a file's counts, and in the summary after the names shown. */
    moreUnderThreshold: 'one more under the confidence threshold\u00a0{threshold} | {count} more under the confidence threshold\u00a0{threshold}',
    noEntities: 'no names found',
    emptyFile: 'empty file',
    /** A record (row) with an empty text cell. */
    emptyRow: 'empty row',
    stoppedBy: { stop: 'stopped: one file not analysed | stopped: {n} files not analysed', model: 'stopped by the model switch: one file not analysed | stopped by the model switch: {n} files not analysed' },
    resume: 'Analyse the remaining file | Analyse the remaining {n} files',
    again: 'Analyse the file again with this model | Analyse all {n} files again with this model',
    /** A batch whose items are all records (the rows of .csv, .tsv and .jsonl files, named file#id) says rows where
     *  the strings above say files (QA: one sheet's posts read "4 of 5,000 files analysed"); one of files and rows
     *  (`mixed`) says items. Same placeholders as above. */
    records: {
      summary: '{done} of {total} rows analysed · {entities} name | {done} of {total} rows analysed · {entities} names',
      announceStart: 'Analysing {n} row… | Analysing {n} rows…',
      announceProgress: 'Batch: {percent} of the rows analysed.',
      summaryFailed: 'one row could not be used (reason below) | {n} rows could not be used (reasons below)',
      stoppedBy: { stop: 'stopped: one row not analysed | stopped: {n} rows not analysed', model: 'stopped by the model switch: one row not analysed | stopped by the model switch: {n} rows not analysed' },
      resume: 'Analyse the remaining row | Analyse the remaining {n} rows',
      again: 'Analyse the row again with this model | Analyse all {n} rows again with this model',
      openHint: 'Tap or click a row’s name (file#id) to open its text in the editor, with its names highlighted; arrow keys move between rows.',
    },
    mixed: {
      summary: '{done} of {total} items analysed · {entities} name | {done} of {total} items analysed · {entities} names',
      announceStart: 'Analysing {n} item… | Analysing {n} items…',
      announceProgress: 'Batch: {percent} of the items analysed.',
      summaryFailed: 'one item could not be used (reason below) | {n} items could not be used (reasons below)',
      stoppedBy: { stop: 'stopped: one item not analysed | stopped: {n} items not analysed', model: 'stopped by the model switch: one item not analysed | stopped by the model switch: {n} items not analysed' },
      resume: 'Analyse the remaining item | Analyse the remaining {n} items',
      again: 'Analyse the item again with this model | Analyse all {n} items again with this model',
      openHint: 'Tap or click a file’s or row’s name to open it in the editor, with its names highlighted; arrow keys move between items.',
    },
    status: { waiting: 'waiting', reading: 'reading…', stopped: 'stopped' },
    failure: {
      UNSUPPORTED: 'not a .txt, .md, .html, .docx, .pdf, .csv, .tsv, .jsonl, .srt, .vtt or .lrc file',
      TOO_BIG: 'too big',
      TOO_BIG_UNPACKED: 'too big once unpacked (far more data than {chars} characters of text take)',
      TOO_LONG: 'over {chars} characters of text',
      UNREADABLE: 'could not be read',
      UNREADABLE_PDF: 'could not be read: not a valid PDF file, or a damaged one',
      UNREADABLE_DOCX: 'could not be read: not a valid Word document (.docx), or a damaged one',
      PROTECTED: 'protected by a password',
      /** A .docx that is an OLE file, not a zip. */
      PROTECTED_DOCX: 'protected by a password, or an old Word document (.doc) renamed .docx: remove the password, or open it in Word or WPS and save it as .docx (Save As)',
      NO_TEXT: 'no text, only images (a scan?)',
      NOT_TEXT: 'not a text file',
      BATCH_FULL: 'not analysed: the batch holds 10 million characters already',
      ANALYSIS: 'the analysis failed',
      /** A .jsonl file ({line}: the line's number, from 1). */
      BAD_RECORD: 'could not be read: line {line} is not a JSON object',
      /** A .csv or .tsv file ({line}: the line whose quote is never closed). */
      BAD_QUOTE: 'could not be read: the quote (") opened on line {line} is never closed; close or remove it',
      TOO_MANY_RECORDS: 'more than {records} rows: split the file into parts',
      /** A row's .doc, .xlsx …: editor.importSaveAsDocx / importCopyText without the name, which the row shows above. */
      saveAsDocx: '{format}, which cannot be opened here. Open it in Word or WPS, save it as .docx (Save As), then open the saved file.',
      copyText: '{format}, which cannot be opened here. Copy its text and paste it into the editor, or save it as PDF and open that.',
      saveAsCsv: '{format}, which cannot be opened here. Save it as CSV (or TSV) and open that: each column is read by its name, which works best.',
      exportSrt: '{format}, which cannot be read here. Export it as .srt in your subtitle editor first, then open the .srt file.',
    },
    formats: { csv: 'CSV: one row per name found, with the file name', jsonl: 'JSON Lines: one object per file (its text and the names found)', names: 'Name list: one row per name across the files, with its count and the files it is in', pairs: 'Network of names: names that share sentences, across the files (CSV for Gephi and other graph tools, with the files)' },
    openHint: 'Tap or click a file’s name to open it in the editor, with its names highlighted; arrow keys move between files.',
    leftOut: 'Not read: its {parts} (only the body text, footnotes and endnotes)',
    readAs: 'Not UTF-8: read as {encoding}',
    invalidUtf8: 'One byte sequence is not valid UTF-8: shown as � | {count} byte sequences are not valid UTF-8: shown as �',
    /** A .csv, .tsv or .jsonl file one column of which was read, its other columns not: the column read, named
     *  ({column}) as recordsColumn has it, or editor.recordsColumnNumber with no header row. */
    recordsColumn: 'the “{column}” column',
    /** A line per such file under the summary ({name}: its path; {names}: the columns not read, listed as the editor's
     *  recordsLeftOut lists them; {count}: how many). */
    recordsLeftOut: '{name}: each row was read from {column}; its other column was not read: {names}. | {name}: each row was read from {column}; its other columns were not read: {names}.',
    /** As recordsLeftOut, for more than five ({names}: the first five; {count}: how many in all). */
    recordsLeftOutMore: '{name}: each row was read from {column}; its {count} other columns were not read, among them {names}.',
    /** Files of the same columns share a line: its {name} when more than three ({names}: the first three, separated
     *  as a list; {count}: how many in all). */
    recordsFilesMore: '{count} files ({names} …)',
    /** Past five such lines, one more ({count}: the files not listed). */
    recordsOtherFiles: 'One more file also has columns that were not read. | {count} more files also have columns that were not read.',
    namesHeading: 'Names found',
    redactedHeading: 'Redacted copies',
    redactedHow: 'Each file redacted with the Redact tab’s settings (replacing {types} with {mode}), one .txt (or Word document) per file in a .zip; a .csv, .tsv or .jsonl file as one table, each cell redacted (as Word documents, one per row).',
    samePseudonym: ' A name gets the same pseudonym in every file.',
    /** The switch under the rules' one: the copies named by number instead of after their files. Its help says what
     *  the files' names keep otherwise (leak QA: "the names in them replaced too" while a name only a file's name
     *  held stayed readable). */
    numbered: 'Name the copies by number (001.redacted.txt, 002…)',
    numberedHelp: 'Unticked, each copy keeps its file’s name and folders, with the names found in the texts, and those the model finds in the file and folder names, replaced there too. A name the model misses stays readable, as do one-character names and the part of a name the texts contain only in part. Numbered copies are all in one folder, in the list’s order, and the .zip does not record which file each came from.',
    /** Above the download buttons, under both switches, while the one for contact details is off (the Redact tab's
     *  patternsLeft, of the files). */
    patternsLeft: 'The files hold one phone or ID number, date of birth, nickname or the like that the copies leave readable. Tick its box above to replace it. | The files hold {count} phone or ID numbers, dates of birth, nicknames and the like that the copies leave readable. Tick their box above to replace them.',
    /** Above the download buttons, under both switches: the names of the files the redacted copies leave readable
     *  while the switch for them is off, with their types as the Redact tab's uncertainLeft names them. */
    uncertainLeft: 'One name in the files ({types}) scores under the confidence threshold\u00a0{threshold}: the copies leave it readable. Tick its box above to replace it. | {count} names in the files ({types}) score under the confidence threshold\u00a0{threshold}: the copies leave them readable. Tick their box above to replace them.',
    uncertainHelp: 'The Redact tab’s switch, for these copies too. Names the view hides with the confidence slider are replaced only while it is on; most are not names, but in redaction replacing too much is safer than too little.',
    redactedDownload: 'Download as text files (.zip)',
    redactedDownloadDocx: 'Download as Word documents (.zip)',
    annotatedHeading: 'Annotated copies',
    annotatedHow: 'Each file as a Word document with its names shaded in their type’s colour and their types after them, one .docx per file in a .zip.',
    annotatedDownload: 'Download as annotated Word documents (.zip)',
    shown: 'The list and the export follow the view’s type and confidence filters and your dictionary.',
  },
  entities: {
    none: 'No names found yet. Type or paste some text, and the names in it are listed here.',
    /** Text there, the model not loaded (downloading, or its load failed): "type some text" asked for what was there. */
    waitingForModel: 'Names will be listed here once the model has loaded.',
    /** Text analysed, and no name in it ({types}: the model's types, "Person, Place, or Organization"): not the
     *  same words as before any text (design QA). */
    noneFound: 'No names found in this text ({types}).',
    /** Names found, every one hidden by the view's filters. */
    noneShown: 'The one name found is not shown: its type is hidden in the legend, or it is under the minimum confidence. | None of the {n} names found is shown: their types are hidden in the legend, or they are under the minimum confidence.',
    filter: 'Find a name',
    matches: 'no name matches | {n} name matches | {n} names match',
    count: '{n} mention | {n} mentions',
    occurrences: '{n}×',
    /** The same count as a screen reader says it ("×" was read as "times" after the number: "1 times"). */
    occurrencesSpoken: '{n} occurrence | {n} occurrences',
    locate: 'Show “{text}” in the text ({n} occurrence) | Show “{text}” in the text ({n} occurrences)',
    /** The names to check, above the names (reviewList.ts): those shown that the model scored under {level}
     *  somewhere, least sure first, each with its lowest score. */
    review: 'To check',
    reviewCount: '{n} name | {n} names',
    reviewHelp: 'Names the model is less sure of (confidence under {level}), least sure first: worth checking one by one. A click shows each place in the text.',
    /** A name to check's title: its score is the lowest of its occurrences'. */
    reviewLocate: 'Show “{text}” in the text ({n} occurrence); its confidence: {score} | Show “{text}” in the text ({n} occurrences); the lowest confidence of them: {score}',
    /** The fold after the first five. */
    reviewMore: '{n} more',
    reviewFewer: 'Show fewer',
    shown: 'Only names shown in the highlighted view (legend and confidence filter) are listed and exported.',
    pairs: 'Named together',
    pairsHelp: 'Names that share a sentence, most sentences first. A click shows where.',
    pairWith: 'with',
    pairType: ' ({type})',
    pairSentences: 'in {n} sentence | in {n} sentences',
    pairLocate: 'Show where “{a}” and “{b}” are named together ({n} sentence) | Show where “{a}” and “{b}” are named together ({n} sentences)',
    pairsMore: 'All {n} pairs: Export → Network of names',
  },
  export: {
    format: 'Format',
    formats: { json: 'JSON (for programs, with positions)', csv: 'CSV (a table, one row per name found)', names: 'Name list (CSV: each name once, with its count)', pairs: 'Network of names (CSV: names that share sentences, for Gephi and other graph tools)', conll: 'CoNLL (for training models)', html: 'Annotated HTML' },
    download: 'Download',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'The browser did not allow copying; use Download instead.',
    preview: 'Preview',
    nothing: 'Analyse some text first.',
    /** Over Download and Copy when the view's filters leave names out: the exports follow the view. */
    leftOut: '{shown}; {count} not shown ({why}).',
    shownNames: 'Exports the one name shown | Exports the {count} names shown',
    noneShown: 'Exports no names',
    typesHidden: '{types} hidden in the legend',
    underThreshold: '{count} under the confidence threshold\u00a0{threshold}',
    reasonSeparator: ', ',
    docx: 'Download as an annotated Word document (.docx)',
    docxHelp: 'The text with every name shaded in its type’s colour and its type after it, for review in Word or LibreOffice.',
    print: 'Print or save as PDF',
    preparingPrint: 'Preparing to print…',
    printHelp: 'The highlighted text as a document: all of it, with the legend, the model and the time, without the editor and the panels. Pick “Save as PDF” in the print dialog for a file.',
  },
  redact: {
    patterns: 'Also find phone, ID, card and record numbers, e-mail addresses, dates of birth, ages, plates and house numbers',
    patternsHelp: 'By rule, not by the model. Order and parcel numbers after their label (订单号, 运单号 …) or by their carrier’s letters (SF, JD, YT, JT, DPK, and EMS and international post numbers). Travel and paper numbers after their label (PNR, 订座记录, 预订号, 确认号, 签证号, 取票号, 港澳通行证, 台胞证, 导游证号, Passport No., 批准号, 项目编号, 基金编号, 邮编), and by their shape Chinese passport numbers (E12345678), ORCID iDs and grant numbers in brackets after a funder (国家自然科学基金（61976123）); flight and train numbers are kept. A claim’s numbers after their label (保单号, 报案号, 理赔编号, 车架号, VIN, 发动机号, 发票号码, 发票代码) and a vehicle identification number by its check character; after 卡号 or 银行账户 any 12 to 19 digits. Dates, ages and other record numbers only after a label (出生日期, 入院日期, 采集时间, 门诊号, 男， …): a date or an age without one (a visit date in running text, 现年67岁) is kept. Also names after a signature’s label (审核者：, 主治医师：) where the model found none, securities codes (600519.SH, or six digits after 证券代码：) and the short name after 证券简称：.',
    /** Above Download and Copy, with uncertainLeft, while the switch at the top (under the types) is off. */
    patternsLeft: 'The text holds one phone or ID number, date of birth, nickname or the like that the result leaves readable. Tick its box above to replace it. | The text holds {count} phone or ID numbers, dates of birth, nicknames and the like that the result leaves readable. Tick their box above to replace them.',
    types: 'Replace these types',
    mode: 'Replace with',
    /** Short, each its example: the three side by side at 1366 px (design QA: "Mask ■■■" wrapped alone). */
    modes: { tag: 'Type tag [PER]', pseudonym: 'Pseudonym [Person 1]', mask: 'Mask ■■■' },
    /** Under the mask's choice. */
    /** One line in the side column at 1366 px: two pushed Download under the fold in English (final QA 46). */
    maskHelp: 'One ■ per character: names\' lengths stay visible.',
    /** Under the choices, with the mask's: why a judgment's or a contract's copy wants pseudonyms (court clerk QA). */
    pseudonymHelp: 'Pseudonyms keep people apart; type tags make plaintiff and defendant alike.',
    /** The same, inside a sentence. */
    modesInline: { tag: 'type tags', pseudonym: 'pseudonyms', mask: '■ masks' },
    pseudonym: {
      PER: '[Person {n}]', LOC: '[Place {n}]', ORG: '[Organization {n}]', COMPANY: '[Company {n}]', GOV: '[Government {n}]',
      POSITION: '[Position {n}]', SCENE: '[Attraction {n}]', BOOK: '[Book {n}]', MOVIE: '[Film {n}]', GAME: '[Game {n}]',
      PHONE: '[Phone {n}]', EMAIL: '[E-mail {n}]', ID_NUMBER: '[ID number {n}]', BANK_CARD: '[Bank card {n}]',
      BIRTH_DATE: '[Date of birth {n}]', DATE: '[Date {n}]', AGE: '[Age {n}]', RECORD_NUMBER: '[Record number {n}]', PLATE: '[Plate {n}]', ADDRESS_NUMBER: '[House number {n}]', STOCK_CODE: '[Stock code {n}]', other: '[{type} {n}]',
    },
    /** Tag mode's tags: the type codes in English, as they always were (scripts and readers of English copies
     *  expect [PER]); the Chinese UI has the pseudonyms' words without their number ([人名]). */
    tags: {
      PER: '[PER]', LOC: '[LOC]', ORG: '[ORG]', COMPANY: '[COMPANY]', GOV: '[GOV]',
      POSITION: '[POSITION]', SCENE: '[SCENE]', BOOK: '[BOOK]', MOVIE: '[MOVIE]', GAME: '[GAME]',
      PHONE: '[PHONE]', EMAIL: '[EMAIL]', ID_NUMBER: '[ID_NUMBER]', BANK_CARD: '[BANK_CARD]',
      BIRTH_DATE: '[BIRTH_DATE]', DATE: '[DATE]', AGE: '[AGE]', RECORD_NUMBER: '[RECORD_NUMBER]', PLATE: '[PLATE]', ADDRESS_NUMBER: '[ADDRESS_NUMBER]', STOCK_CODE: '[STOCK_CODE]', other: '[{type}]',
    },
    /** (no-break spaces: the count stays on one line with its word) */
    everywhere: 'Also replace other places the same name appears, where the model missed it (1\u00a0place) | Also replace other places the same name appears, where the model missed it ({count}\u00a0places)',
    everywhereGiven: 'Also replace other places the same name appears, where the model missed it (1\u00a0place, a given name alone) | Also replace other places the same name appears, where the model missed it ({count}\u00a0places, {given} of them a given name alone)',
    everywhereHelp: 'The model can mark a name in one sentence and miss it in another (inside Markdown, cut by a line wrap, with spaces or invisible characters between its characters, in full-width letters). A person found by the full name (陈思远) is also replaced where the given name stands alone (思远), as the same person, unless the given name is a common word (国庆, 建设) or makes one with the character before or after it (意思远), or follows another surname (李思远). The same goes for a foreign name\'s last part alone (史密斯 of 约翰·史密斯), and for 赵某 where the model found 赵 (its 某 kept). A name can also be an ordinary word (高明, 江山): untick this if the places counted above are words, not names.',
    uncertain: 'Also replace the names below the confidence threshold {threshold} (1\u00a0name) | Also replace the names below the confidence threshold {threshold} ({count}\u00a0names)',
    uncertainHelp: 'Names the view hides with the confidence slider are not replaced unless this is on; most are not names, but in redaction replacing too much is safer than too little. Types hidden in the legend are replaced all the same: only the boxes above count.',
    /** Above Download and Copy while the switch under it is off (the Batch tab's uncertainLeft, of one text). */
    /** ({types}: the names' type, or each type with its count: "Place 2 and Person 1") */
    uncertainLeft: 'One name in the text ({types}) scores under the confidence threshold\u00a0{threshold}: the result leaves it readable. Tick its box below to replace it. | {count} names in the text ({types}) score under the confidence threshold\u00a0{threshold}: the result leaves them readable. Tick their box below to replace them.',
    /** After the red lines above the buttons: focuses the switch the line asks for. */
    goToSwitch: 'Go to the box',
    /** Beside the rules' switch: shows or hides its help (aria-expanded says which). */
    details: 'Details',
    /** Always above Download and Copy. One line in the side column at 1366 px: two, under both red lines, pushed
     *  Download under the fold (final QA). */
    review: 'Names the model missed stay in: check before sharing.',
    result: 'Redacted text',
    previewNote: 'Shown above: the first {shown} of {total} characters. Download and Copy give the whole redacted text.',
    /** Beside downloadDocx: which file this one is. */
    download: 'Download as text (.txt)',
    downloadDocx: 'Download as a Word document (.docx)',
    /** Under both downloads. */
    docxHelp: 'The Word document holds the text as plain paragraphs: a table becomes one paragraph per cell, and the original formatting is not kept.',
    /** Under docxHelp, for a text from a file whose parts were not read ({parts}: editor.leftOutParts, listed). */
    leftOut: 'The copy and the downloads have none of the file’s {parts}: they were not read from it.',
    /** Above docxHelp: the downloads' names, before a download. */
    downloadName: 'File name: {name} (Word: {docx})',
    /** For a text opened from a .csv/.tsv/.jsonl file and still its rows (edits inside cells only): the file back as a
     *  table ({ext}: .csv, .tsv, .jsonl). */
    downloadTable: 'Download as a table ({ext})',
    /** Under downloadTable: {name}, the table's file name. */
    tableHelp: '{name}: the file’s own header, columns and rows, each cell redacted as the text is.',
    /** After tableHelp, when some columns were not analysed ({names}: their names, listed). */
    tableEmptied: 'Columns not read are left empty: {names}.',
    /** In place of downloadTable, once the text was edited outside its cells ({name}: the file). */
    tableLost: 'The text no longer lines up with the rows of {name} (an edit outside a cell), so it is not offered as a table. Open the file again for one.',
    /** After a click on downloadTable, in the rare case the copy cannot be split cell by cell. */
    tableFailed: 'This redaction could not be matched to the table cell by cell, so no table was written. The .txt download is complete.',
    /** In place of patternsLeft when some are in the file's name (which the downloads are named after): {count} in
     *  all, {inName} of them in the name. One sentence with them in brackets: the text alone holds fewer. */
    patternsLeftInName: 'The file name holds one phone or ID number, date of birth, nickname or the like that the result leaves readable. Tick its box above to replace it. | The text and its file name hold {count} phone or ID numbers, dates of birth, nicknames and the like ({inName} of them in the file name) that the result leaves readable. Tick their box above to replace them.',
  },
  lexicon: {
    heading: 'Your dictionary',
    help: 'Names the model misses or gets wrong, one per line: the name, a space, its type ({codes}, or {names}). A line “-name” stops the model marking exactly that text. Lines starting with # are comments. A name of one character (亮, 汉) is not marked where it makes a common word with the character before or after it (明亮, 汉字). Quicker: in the highlighted text select a name, click an entity, or move to it with the arrow keys and press Enter, then mark or correct it in one click.',
    placeholder: '腾讯 ORG\n字节跳动 机构名\n-新华',
    summary: '{n} entries · {m} marked in the text',
    problems: {
      'unknown-type': 'Line {line}: unknown type in “{content}” (use {codes}, or {names}).',
      'missing-type': 'Line {line}: “{content}” needs a type after a space, e.g. “{example}”.',
      'too-long': 'Line {line}: names longer than {max} characters are ignored.',
      /** A line set aside by a later line about the same name ({by}: its number; {byContent}: its text). */
      duplicate: 'Line {line}: “{content}” is repeated on line {by}; one is enough.',
      overridden: 'Line {line}: “{content}” conflicts with line {by}, “{byContent}”, which takes effect (the last line about a name wins).',
    },
    /** After the first 20 problem lines (a document pasted over the list by mistake gave one per line). */
    problemsMore: 'Lines with problems not listed: {n} more.',
    open: 'Add from file…',
    download: 'Download',
    fileRefused: '{name}: a dictionary file is a .txt file of at most 1 MB; nothing was added.',
    /** A file added: its lines the dictionary already held are left out (QA: the same file added twice doubled the list). */
    fileAdded: 'Added one line from {name}. | Added {n} lines from {name}.',
    fileNothingAdded: 'Nothing added from {name}.',
    fileSkipped: 'Skipped as already in the dictionary: {n}.',
    /** Entries the file itself said twice: never counted as in the dictionary (re-check QA: an empty box was said to hold them). */
    fileRepeated: 'Skipped as repeated in the file: {n}.',
    private: 'Kept in this browser (its local storage) until you clear it, including the names you add from the highlighted text; applied here only: the model does not change and nothing is sent anywhere.',
    clear: 'Clear dictionary',
    /** What the app does, no more: the browser's own storage files may keep the old value on disk until it compacts
     *  them, which a page cannot force (privacy QA: “none of it is kept” was a promise the app cannot keep). */
    cleared: 'Dictionary cleared: all entries were removed from this site’s storage in this browser.',
    restore: 'Restore',
    /** Edits (select all and delete, a document pasted over the list, Backspace held down) left fewer than half the
     *  entries of the list as it stood: {n} then, {m} now. That list is kept in localStorage beside the dictionary
     *  while this is shown: until one of these, or until half the entries are back. */
    replaced: 'Most of the dictionary was taken out ({n} entries before, {m} now). The earlier list is kept in this browser’s storage until you restore it, dismiss this or clear the dictionary.',
    dismissRestore: 'Dismiss',
    /** Entries that mark nothing in the text, and why (QA: "0 marked" and no reason, for names inside a longer
     *  name the model found). {name}: the entry; {names}: the names over it, quoted. */
    unmarked: {
      heading: 'These entries mark nothing in the text:',
      inside: '{name}: only inside the longer name {names} the model found; a dictionary name does not split a longer one.',
      dictionary: '{name}: overlaps {names}, also in your dictionary, which is marked instead.',
      pattern: '{name}: overlaps a number found by rule (phone, ID and so on), which is marked instead.',
      words: '{name}: only in the common words {names}; a name of one character is not marked where it makes a common word with the character before or after it.',
      /** Followed by the names, comma-separated. */
      absent: 'Not in the text: ',
      more: ' ({n} in all)',
      others: '{n} more entries not listed.',
      markInside: 'Mark “{name}”, not the longer name',
      markedInside: 'Added to your dictionary (kept in this browser): {lines} (the model’s longer name is no longer marked); “{name}” is now marked.',
    },
  },
  model: {
    loading: 'Loading model…',
    /** Above the view on a phone, in one row with its bar: the file and the sizes are left to the Model tab. */
    downloadShort: 'Downloading the model… {percent}',
    /** Above the view from `sm`: the sizes, and that it is downloaded once (the file's name is the Model tab's). */
    downloadOnce: 'Downloading the model ({loaded}\u00a0of\u00a0{total}, {percent}): once only, on first use',
    /** onnxruntime's WASM, still downloading once the model is in (phases.runtime): the Model tab's line, the one
     *  above the view, and the phone's short one, as for the model. */
    runtimeProgress: 'Downloading the analysis engine (onnxruntime): {loaded}\u00a0of\u00a0{total} ({percent})',
    runtimeOnce: 'Downloading the analysis engine ({loaded}\u00a0of\u00a0{total}, {percent}): once only, on first use',
    runtimeShort: 'Downloading the engine… {percent}',
    phases: {
      /** Another browser tab of the site is downloading the model: this one waits, then reads what it stored. */
      wait: 'Another tab is downloading the model; this one will use it when done…',
      manifest: 'Reading the model description…',
      /** (no-break spaces: the two figures stay on one line, as in Chinese) */
      download: 'Downloading the model ({file}): {loaded}\u00a0of\u00a0{total} ({percent})',
      verify: 'Checking the download…',
      cache: 'Saving the model in this browser…',
      session: 'Starting the model…',
      runtime: 'Downloading the analysis engine…',
      ready: 'Ready',
    },
    fromCache: 'Loaded from this browser’s storage, no download needed.',
    name: 'Name',
    version: 'Version',
    types: 'Kinds of names found',
    /** The one plain line on a model's quality; the F1 figures, corpus and id are under `details`. */
    accuracyLabel: 'Accuracy',
    accuracy: 'about {percent} (measured on text the model never saw)',
    details: 'Technical details',
    id: 'Model id',
    trainedOn: 'Trained on',
    f1PerType: 'F1 by type',
    f1: 'F1 (dev set)',
    size: 'Size',
    cached: 'Stored in this browser',
    yes: 'yes',
    no: 'no',
    storage: 'Site storage used',
    /** Right after the figure: the bracket brings its own space where the language wants one. */
    storageIncludes: ' (every stored model and the page’s offline files)',
    /** A note after a name, in brackets: 人名（PER）, the model's id. */
    aside: ' ({text})',
    clear: 'Remove the stored model',
    cleared: 'The stored model was removed. It will be downloaded again when needed.',
    confirmClear: 'Remove the stored model from this browser? It will be downloaded again next time.',
    confirmClearYes: 'Yes, remove it',
    retry: 'Try again',
    /** The site answered that a model file is not there (HTTP 404): not the visitor's connection. */
    missingFile: 'The model’s files could not be found on this website. Please try again later.',
    unknown: 'unknown',
    choose: 'Choose a model',
    customFolder: 'A model folder given in the page address (?model=) is in use.',
    updateAvailable: 'A new version of this model, {version}, is available: {size} to download. Until you update, the stored version stays in use.',
    updateNoDownload: 'A new version of this model, {version}, is available; no new files to download.',
    update: 'Update the model',
    updating: 'Updating the model… {percent}',
    storedHere: 'Stored in this browser ({size}): works offline.',
    notStored: 'Not stored in this browser yet: {size} to download.',
    notStoredUnknownSize: 'Not stored in this browser yet: downloading it needs a connection.',
    checking: 'Checking this browser’s storage…',
    storeForOffline: 'Store for offline use',
    /** Beside Store for offline use, disabled while the browser is offline. */
    needsConnection: 'needs a connection',
    storeLabel: 'Store for offline use: {name}',
    storing: 'Storing… {percent}',
    cancel: 'Cancel',
    storeCancelled: 'Storing was cancelled.',
    remove: 'Remove from this browser',
    removeLabel: 'Remove from this browser: {name}',
    notStoredFailed: 'This model is not stored in this browser yet, and it could not be downloaded: check the connection. Once downloaded it works offline too.',
    notStoredFailedOther: 'This model is not stored in this browser yet, and it could not be downloaded: check the connection. Meanwhile the model stored in this browser can be picked on the Model tab.',
  },
  catalog: {
    news: {
      name: 'News: people, places, organizations',
      short: 'News (3 types)',
      about: 'People, places and organizations: the most accurate on these three.',
      trainedOn: 'MSRA news corpus',
    },
    fine: {
      name: 'Fine-grained: ten types',
      short: 'Fine-grained (10 types)',
      about: 'Also companies, government bodies, positions, attractions, books, films and games, but less accurate.',
      trainedOn: 'CLUENER',
    },
  },
  status: {
    label: 'Status',
    /** A status item's name before its value (a full-width colon in Chinese). */
    labelled: '{label}: ',
    model: 'Model',
    backend: 'Backend',
    simd: 'SIMD',
    threads: '{n} threads',
    singleThread: 'single thread',
    /** The worker's state, in plain words (design QA: "Worker: running" was jargon). */
    worker: 'Status',
    downloading: 'downloading the model, {percent}',
    downloadingRuntime: 'downloading the analysis engine, {percent}',
    /** Said by the status line's live region, each a sentence that names what it is about. */
    announce: {
      downloading: 'Downloading the model: {percent}.',
      downloadingRuntime: 'Downloading the analysis engine: {percent}.',
      worker: 'Model: {state}.',
      loading: 'Loading the model “{model}”…',
      notDownloaded: 'The model could not be downloaded.',
      failed: 'The model failed to load.',
    },
    /** A note after a status value, in brackets (full-width in Chinese, no space before them). */
    aside: ' ({text})',
    modelNotDownloaded: 'model not downloaded',
    modelFailed: 'model failed to load',
    /** The status line's button that shows (and hides) the backend, memory and last call. */
    moreDetails: 'Details',
    states: { stopped: 'not loaded yet', starting: 'getting ready', ready: 'ready', busy: 'analysing', released: 'idle, memory freed' },
    idleIn: 'released in {s} s',
    memory: 'Memory',
    memoryUnavailable: 'not measurable in this browser',
    memoryReleased: 'returned to the browser',
    lastAnalysis: 'Last model call',
    /** One worker call's own figures, which differ from the highlighted view's "Analysed …" (its whole run, line
     *  breaks included): said, so the two do not read as one figure twice (design QA). */
    lastAnalysisValue: '{chars} characters in {time} (the model alone; line breaks not sent)',
    analysedAt: 'Analysed {time}',
    never: 'none yet',
    offline: 'Offline',
    updateAvailable: 'version {version} available',
    /** The model runs from memory: storage full (the Model tab says more). */
    notStored: 'not saved in this browser: storage full, no offline use',
  },
  errors: {
    EMPTY_INPUT: 'There is no text to analyse.',
    TOO_LARGE: 'This text is longer than {limit} characters: it stays in the editor, but is too large to analyse live here. Split it into parts.',
    ABORTED: 'The analysis was cancelled.',
    WORKER_CRASHED: 'The analysis worker crashed (perhaps out of memory). Your text is safe; edit it or press Try again to analyse it again.',
    QUOTA: 'This browser has no room left to store the model. It still works for this visit; free some site storage to keep it offline.',
    NOT_STORED: 'The model could not be stored in this browser (private mode, or storage turned off?). Analysis works as usual this time, with the model in memory; it will be downloaded again next visit.',
    STORED_DAMAGED: 'The copy of the model stored in this browser is damaged or incomplete, and it cannot be downloaded again right now. Connect and try again, or remove the stored model on the Model tab.',
    INTEGRITY: 'The downloaded model does not match its manifest (manifest.json): it was damaged on the way, or the server’s files are inconsistent. Try again later.',
    NETWORK: 'The model could not be downloaded. Check the connection and try again.',
    MODEL: 'The model could not be started.',
    unknown: 'Something went wrong: {message}',
  },
} as const
