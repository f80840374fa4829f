// 中文界面文字；键必须与 en.ts 完全一致（由单元测试检查）。
import type en from './en'
import type { DeepStringRecord } from './types'

const zh: DeepStringRecord<typeof en> = {
  app: {
    title: 'Shiti 实体',
    documentTitle: '浏览器内中文实体识别',
    /** Shown in the header and the footer: also that the text is not kept (design QA: nothing said that a reload
     *  empties the editor). */
    tagline: '完全在浏览器中运行的中文命名实体识别。文字只在本页内存中处理，不上传、不保存；刷新页面即清空。',
    skipToEditor: '跳到编辑器',
    language: '语言',
    themeDark: '切换到深色主题',
    themeLight: '切换到浅色主题',
    appUpdateReady: 'Shiti 的新版本已安装。点“重新载入”即可使用（重新载入后编辑器中的文本不会保留，如有需要请先复制）。',
    appUpdateReplaced: 'Shiti 已在另一个标签页中更新。本页需重新载入后才能继续分析或打开 PDF（如有需要请先复制文本）。',
    reload: '重新载入',
  },
  types: {
    PER: '人名', LOC: '地名', ORG: '机构名',
    COMPANY: '公司', GOV: '政府机构', POSITION: '职位', SCENE: '景点', BOOK: '书名', MOVIE: '影视', GAME: '游戏',
    PHONE: '电话', EMAIL: '邮箱', ID_NUMBER: '身份证号', BANK_CARD: '银行卡号',
    BIRTH_DATE: '出生日期', DATE: '日期', AGE: '年龄', RECORD_NUMBER: '编号', PLATE: '车牌号', ADDRESS_NUMBER: '门牌号', STOCK_CODE: '证券代码',
  },
  typeMarks: { ORG: '机构名', GOV: '政府', POSITION: '职位', SCENE: '景点', ID_NUMBER: '身份证', BANK_CARD: '银行卡' },
  editor: {
    heading: '文本',
    label: '待分析的文本',
    placeholder: '在此粘贴或输入中文文本，或拖入 .txt、.md、.html、.docx、.pdf 文件……',
    /** Before the row of sample buttons, which load a sample in one click. */
    trySample: '试试示例：',
    open: '打开文件',
    clear: '清空',
    dropHere: '松开即可打开文件',
    chars: '{n} 个字符',
    importing: '正在读取 {name}……',
    importingPage: '正在读取 {name}：第 {page} / {pages} 页……',
    cancelImport: '停止',
    importCancelled: '已停止读取 {name}；编辑器内容未改变。',
    importEmpty: '{name} 是空的；编辑器内容未改变。',
    replaced: '之前的文本（{n} 个字符）已被替换。',
    restore: '恢复',
    dismissRestore: '不用了',
    /** {encoding} last: GB18030（GBK） ends in a full-width bracket, which takes no space after it. */
    readAsEncoding: '{name} 不是 UTF-8 编码，已按以下编码读取：{encoding}。',
    invalidUtf8: '{name}：有 {count} 处字节不是有效的 UTF-8，已显示为 �。',
    openedFirstOnly: '已打开 {name}；一同拖入的另外 {n} 个文件没有打开（“批量”标签页可一次分析多个文件）。',
    openedFirstWithFolders: '已打开 {name}；编辑器一次只打开一个文件，一同拖入的其余 {n} 项（含文件夹）没有打开。“批量”标签页可一次分析多个文件或整个文件夹。',
    /** Only folders dropped on the editor ({folder}: their names, quoted). */
    folderDropped: '{folder}是文件夹；编辑器一次只打开一个文件。要分析文件夹里的文件，请打开“批量”标签页，把文件夹拖到那里。',
    importUnsupported: '{name}：只能打开 .txt、.md、.html、.docx、.pdf、.csv、.tsv、.jsonl 文件和 .srt、.vtt、.lrc 字幕文件。',
    /** A file of a kind people often try ({format}: editor.formats, each starting with a Han character: no space after 是), with the way to one that opens. */
    importSaveAsDocx: '{name} 是{format}，这里无法直接打开。请在 Word 或 WPS 中打开它，用“另存为”保存为 .docx 格式，再打开保存好的文件。',
    importCopyText: '{name} 是{format}，这里无法打开。请复制其中的文字，在编辑器中粘贴；或先另存为 PDF，再打开 PDF 文件。',
    /** A spreadsheet: saved as .csv or .tsv it opens here, read column by column (列名：值), which masks its values best (school QA). */
    importSaveAsCsv: '{name} 是{format}，这里无法打开。请先另存为 CSV（或 TSV）文件再打开：按表头逐项读取，效果最好；也可复制其中的文字，在编辑器中粘贴。',
    /** An .ass or .ssa subtitle file: read as text, its Dialogue lines (styles, override tags) would be redacted too. */
    importExportSrt: '{name} 是{format}，无法直接读取：请先在字幕软件中导出为 .srt，再打开 .srt 文件。',
    formats: { doc: '旧版 Word 文档（.doc）', wps: '旧版 WPS 文字文档（.wps）', rtf: '富文本格式（.rtf）文件', odt: '开放文档格式（.odt）文件', sheet: '电子表格', slides: '演示文稿', ass: '字幕文件（.ass）', ssa: '字幕文件（.ssa）' },
    importTooBig: '{name} 大于 {limit}，无法在此打开。',
    importTooLong: '{name} 的文字超过 {chars} 个字符，无法在此打开。请分成几部分。',
    importUnreadable: '无法读取 {name}；编辑器内容未改变。',
    importUnreadableDocx: '无法读取 {name}：不是有效的 Word 文档（.docx），或已损坏。编辑器内容未改变。',
    importUnreadablePdf: '无法读取 {name}：不是有效的 PDF 文件，或已损坏。编辑器内容未改变。',
    importTooBigUnpacked: '{name} 解压后超过 {unpacked}，远超 {chars} 个字符的文本所需，无法在此打开。编辑器内容未改变。',
    importProtected: '{name} 设有密码保护；请去除密码后再打开。编辑器内容未改变。',
    /** A .docx that is an OLE file, not a zip: Word's password protection, or an old .doc renamed; the same two ways
     *  out as the Batch tab's batch.failure.PROTECTED_DOCX (QA: the editor gave only the first). */
    importProtectedDocx: '{name} 设有密码保护，或是改名为 .docx 的旧版 Word 文档（.doc）：请去除密码，或用 Word 或 WPS 打开后另存为 .docx，再重新打开。编辑器内容未改变。',
    importNoText: '{name} 中没有文字，只有图像（扫描件？）；本站不做文字识别（OCR）。编辑器内容未改变。',
    importNotText: '{name} 不是文本文件（其内容不是任何编码的文字）；编辑器内容未改变。',
    importBadRecord: '无法读取 {name}：第 {line} 行不是 JSON 对象（JSON Lines 每行一个对象）。编辑器内容未改变。',
    importBadQuote: '无法读取 {name}：第 {line} 行某个单元格开头的引号（"）没有闭合，其后各行会连成一条记录。请补上或删去这个引号，再重新打开。编辑器内容未改变。',
    recordsRead: '已从 {name} 的“{column}”列读取 1 条记录。 | 已从 {name} 的“{column}”列读取 {count} 条记录，每两条之间空一行。',
    recordsReadNoHeader: '已从 {name} 的第 {column} 列读取 1 条记录。文件没有表头行，第一行也作为记录读取。 | 已从 {name} 的第 {column} 列读取 {count} 条记录，每两条之间空一行。文件没有表头行，第一行也作为记录读取。',
    /** recordsRead or recordsReadNoHeader ({read}), then the other columns with something in them, not read ({names}: all of them, listed). */
    recordsLeftOut: '{read}未读取的列：{names}。',
    /** As recordsLeftOut, for more than five ({names}: the first five; {count}: how many in all). */
    recordsLeftOutMore: '{read}未读取的列：{names}等 {count} 列。',
    /** A column of a sheet with no header row, in recordsLeftOut's list ({n}: its number, from 1). */
    recordsColumnNumber: '第 {n} 列',
    /** A table of records with no text column (an order export, a staff list): every column read, a line each. */
    recordsReadAll: '已从 {name} 读取 1 条记录的全部 {columns} 列，每列一行。 | 已从 {name} 读取 {count} 条记录的全部 {columns} 列，每列一行，每两条记录之间空一行。',
    openedInstead: '无法打开 {failed}，已改为打开 {name}。',
    noneOpened: '拖入的 {n} 个文件都无法打开；“批量”标签页可一次读取多个文件，并逐一说明无法读取的原因。',
    leftOut: '{name} 的{parts}没有读取。这里只有正文，脚注和尾注附在末尾；其余部分请在 Word 中查看。',
    leftOutParts: { headers: '页眉', footers: '页脚', comments: '批注', hidden: '隐藏文字', unread: '部分无法读取的内容' },
  },
  samples: { news: '新闻', business: '财经', campus: '校园', traditional: '繁体（台湾）', tricky: '混排与特殊字符', long: '长文档（10 万字）' },
  view: {
    heading: '实体高亮',
    empty: '输入文字后，找到的名称会在这里高亮显示。',
    /** Above the empty view once the model is ready (a blank band was there: design QA). */
    ready: '模型已就绪：粘贴文字或点一个示例开始。',
    /** After a failed load's message, when there is text: it shows plain. */
    notHighlighted: '模型加载之前，文本中的名称不会高亮显示。',
    legend: '实体类型（点击显示或隐藏）',
    threshold: '最低置信度',
    /** Said once the threshold slider stops moving: what the view shows now, and how many fewer or more than before the move. */
    shownFewer: '显示 {n} 个名称（隐藏 {d} 个）',
    shownMore: '显示 {n} 个名称（多显示 {d} 个）',
    shownSame: '仍显示 {n} 个名称',
    keys: '右、左方向键：下一个、上一个名称；Home、End：第一个、最后一个；回车：更正它。',
    quality: '在模型没见过的文本上测得：显示的名称中 {precision} 正确，所有名称中有 {recall} 能显示出来',
    qualityAtOne: '阈值 1.00 几乎隐藏模型标出的所有名称，只剩词典中的名称。',
    qualityHelp: '在模型自己的开发集（训练时未见过的文本）上按此阈值测得。调低可少漏名称（适合脱敏），调高可减少误标。',
    /** A highlighted name reached with the arrow keys, as a screen reader names it. */
    markName: '{text}，{type}',
    entityTitle: '{type} · 置信度 {score}',
    lexiconTitle: '{type} · 来自自定义词典',
    patternTitle: '{type} · 按规则识别，非模型结果',
    /** The view's current name, described (its type is in its name): its confidence, or where it comes from. */
    markScore: '置信度 {score}',
    markFromLexicon: '来自自定义词典',
    markFromPattern: '按规则识别，非模型结果',
    /** An occurrence shown from the Entities tab, said while the focus stays there: which of how many. */
    revealed: '{text}，第 {n}/{total} 处',
    steps: {
      label: '“{text}”出现的各处',
      previous: '上一处',
      next: '下一处',
      back: '回到列表',
      close: '关闭',
    },
  },
  correct: {
    selectOne: '要把名称加入词典，请只选中名称本身（一行之内，不超过 {max} 个字符）。',
    markAs: '标为',
    changeTo: '改为',
    never: '不再标注',
    forget: '从词典删除',
    addTitle: '把“{text}”加入自定义词典：文中每一处都标为{type}',
    neverTitle: '把“-{text}”加入自定义词典：模型不再标出与之完全相同的文本',
    added: '已加入自定义词典（保存在本浏览器中）：{line}',
    /** After "Never mark" (the dictionary line it wrote, -name, is dictionary syntax, not words to read out). */
    neverDone: '不再标注：{text}（已加入词典，保存在本浏览器中）',
    /** All three confirmations say where the entry went: the dictionary is stored in this browser (privacy QA). */
    addedSplit: '已加入自定义词典（保存在本浏览器中）：{line}，以及 -{within}（模型标出的“{within}”不再标出）',
    removed: '已从自定义词典删除：{text}',
    /** A selection on the never-mark list (a "-name" line): said, with a way to take the line out (QA: only
     *  "Mark as" was offered, and undoing "Never mark" meant finding the line on the Dictionary tab). */
    onNeverList: '已设为不再标注：模型不会标出它。',
    allow: '让模型重新标注',
    allowTitle: '从自定义词典删除“-{text}”这一行：模型会重新标出与之相同的文本',
    allowed: '已从“不再标注”中删除：{text}（模型会重新标出它）',
    undo: '撤销',
    /** The × of the corrections' sheet on a phone. */
    close: '关闭更正栏',
    undone: '已撤销，词典恢复原样。',
    hint: '点击名称可更正；选中文字（或在“词典”标签页输入）可加入词典。',
  },
  progress: {
    label: '分析进度',
    running: '正在分析……已完成 {done} / {total} 个字符',
    cancel: '取消',
    cancelled: '分析已取消；已分析 {done} / {total} 个字符。',
    resume: '继续分析',
    started: '正在分析 {total} 个字符……',
    done: '已分析 {chars} 个字符，用时 {time}。',
    doneReused: '已分析 {chars} 个字符，用时 {time}；其余段落未改动或重复，沿用已有结果。',
  },
  partial: {
    redact: '只分析了 {done} / {total} 个字符：其余部分的名称尚未替换。',
    export: '只分析了 {done} / {total} 个字符：其余部分的名称不在导出中。',
    running: '分析尚未完成：完成后即可下载和复制。',
    tooLarge: {
      redact: '文本超过 {limit} 个字符，超出本页的分析范围：其中的名称未被识别，因此不提供脱敏文本。',
      export: '文本超过 {limit} 个字符，超出本页的分析范围：没有可导出的分析结果。',
    },
    stopped: {
      redact: '分析在读到任何文本之前就已停止：没有名称被替换，因此不提供脱敏文本。',
      export: '分析在读到任何文本之前就已停止：没有可导出的分析结果。',
    },
    pending: {
      redact: '文本尚未分析：分析完成后，脱敏文本将显示在这里。',
      export: '文本尚未分析：分析完成后即可导出。',
    },
  },
  tabs: { label: '结果与工具', entities: '实体', export: '导出', redact: '脱敏', batch: '批量', lexicon: '词典', model: '模型' },
  batch: {
    intro: '一次分析多个文件（.txt、.md、.html、.docx、.pdf）或整个文件夹：逐个在本浏览器中读取和分析。.csv、.tsv 或 .jsonl 文件每行一个结果，命名为“文件#编号”。',
    /** Left out on a touch screen without a mouse, where nothing is dragged (BatchPanel). */
    introDrop: '可选择文件，或拖到这里。',
    choose: '选择文件',
    chooseFolder: '选择文件夹',
    dropHere: '松开即可分析这些文件',
    /** The empty Batch tab's drop area, above the choosers. */
    dropArea: '把文件或文件夹拖放到这里',
    /** A folder chosen or dropped with no file the app opens in it (the batch shown stays). */
    nothingInFolder: '文件夹{folder}中没有 .txt、.md、.html、.docx、.pdf、.csv、.tsv、.jsonl 文件或 .srt、.vtt、.lrc 字幕文件。',
    /** A folder with more files that open here than a batch takes from one (`n` of them, `max` taken). */
    folderCut: '该文件夹中有 {n} 个可读取的文件，已按名称取前 {max} 个。其余文件请选择其子文件夹，或直接选择这些文件。',
    folderCutMore: '该文件夹中可读取的文件超过 {n} 个，已按名称取前 {max} 个。其余文件请选择其子文件夹，或直接选择这些文件。',
    nothingToRead: '没有 .txt、.md、.html、.docx、.pdf、.csv、.tsv、.jsonl 文件或 .srt、.vtt、.lrc 字幕文件可分析。',
    /** Before the way to open each kind (editor.importSaveAsDocx / importCopyText, naming its first file). */
    skipped: '有 {n} 个文件的格式无法在这里打开，未读取。',
    /** After `skipped`, one per way out, naming the kinds it is for (`kinds`: .doc、.wps …; `count`: their files). */
    skippedAdvice: {
      saveAsDocx: '其中 {kinds} 文件（{count} 个）请在 Word 或 WPS 中打开，用“另存为”保存为 .docx 格式，再打开保存好的文件。',
      copyText: '其中 {kinds} 文件（{count} 个）请复制其中的文字，在编辑器中粘贴；或先另存为 PDF，再打开 PDF 文件。',
      saveAsCsv: '其中 {kinds} 文件（{count} 个）请先另存为 CSV（或 TSV）文件再打开：按表头逐项读取。',
      exportSrt: '其中 {kinds} 字幕文件（{count} 个）无法直接读取：请先在字幕软件中导出为 .srt，再打开 .srt 文件。',
      other: '其中 {kinds} 文件（{count} 个）不是这里能读取的格式（可读取 .txt、.md、.html、.docx、.pdf、.csv、.tsv、.jsonl、.srt、.vtt、.lrc）。',
    },
    quoted: '“{name}”',
    /** Names, not entities, as the rest of the interface says (design QA: plain words, d6b2377). */
    summary: '已分析 {done} / {total} 个文件 · {entities} 个名称',
    /** Said while a batch runs: its start and each quarter (the summary above changes at every file). */
    announceStart: '正在分析 {n} 个文件……',
    announceProgress: '批量分析：已完成 {percent} 的文件。',
    summaryFailed: '{n} 个文件无法处理（原因见下）',
    analysing: '分析中……{percent}',
    /** A file whose every name the view's filters hide: said, not passed off as none (privacy QA). */
    noneShownUnderThreshold: '未显示：{count} 个低于置信度\u00a0{threshold}',
    noneShownInLegend: '未显示：其类型已在图例中隐藏',
    /** After a file's counts, and in the summary after the names shown. */
    moreUnderThreshold: '另有 {count} 个低于置信度\u00a0{threshold}',
    noEntities: '没有找到名称',
    emptyFile: '空文件',
    /** A record (row) with an empty text cell. */
    emptyRow: '空记录',
    stoppedBy: { stop: '已停止：{n} 个文件未分析', model: '因切换模型而停止：{n} 个文件未分析' },
    resume: '继续分析剩下的 {n} 个文件',
    again: '用当前模型重新分析这个文件 | 用当前模型重新分析全部 {n} 个文件',
    /** A batch whose items are all records (the rows of .csv, .tsv and .jsonl files, named file#id) says 条记录 where
     *  the strings above say 个文件 (QA: one sheet's posts read "已分析 4 / 5,000 个文件"); one of files and rows
     *  (`mixed`) says 项. Same placeholders as above. */
    records: {
      summary: '已分析 {done} / {total} 条记录 · {entities} 个名称',
      announceStart: '正在分析 {n} 条记录……',
      announceProgress: '批量分析：已完成 {percent} 的记录。',
      summaryFailed: '{n} 条记录无法处理（原因见下）',
      stoppedBy: { stop: '已停止：{n} 条记录未分析', model: '因切换模型而停止：{n} 条记录未分析' },
      resume: '继续分析剩下的 {n} 条记录',
      again: '用当前模型重新分析这条记录 | 用当前模型重新分析全部 {n} 条记录',
      openHint: '点记录名（文件名#编号）即可在编辑器中打开，查看高亮的名称；用方向键在记录间移动。',
    },
    mixed: {
      summary: '已分析 {done} / {total} 项 · {entities} 个名称',
      announceStart: '正在分析 {n} 项……',
      announceProgress: '批量分析：已完成 {percent}。',
      summaryFailed: '{n} 项无法处理（原因见下）',
      stoppedBy: { stop: '已停止：{n} 项未分析', model: '因切换模型而停止：{n} 项未分析' },
      resume: '继续分析剩下的 {n} 项',
      again: '用当前模型重新分析这一项 | 用当前模型重新分析全部 {n} 项',
      openHint: '点文件名或记录名即可在编辑器中打开，查看高亮的名称；用方向键在各项间移动。',
    },
    status: { waiting: '等待中', reading: '读取中……', stopped: '已停止' },
    failure: {
      UNSUPPORTED: '不是 .txt、.md、.html、.docx、.pdf、.csv、.tsv、.jsonl 文件或 .srt、.vtt、.lrc 字幕文件',
      TOO_BIG: '文件太大',
      TOO_BIG_UNPACKED: '解压后过大（远超 {chars} 个字符的文本所需）',
      TOO_LONG: '文字超过 {chars} 个字符',
      UNREADABLE: '无法读取',
      UNREADABLE_PDF: '无法读取：不是有效的 PDF 文件，或已损坏',
      UNREADABLE_DOCX: '无法读取：不是有效的 Word 文档（.docx），或已损坏',
      PROTECTED: '设有密码保护',
      /** A .docx that is an OLE file, not a zip. */
      PROTECTED_DOCX: '设有密码保护，或是改名为 .docx 的旧版 Word 文档（.doc）：请去除密码，或用 Word 或 WPS 打开后另存为 .docx',
      NO_TEXT: '没有文字，只有图像（扫描件？）',
      NOT_TEXT: '不是文本文件',
      BATCH_FULL: '未分析：本批文本已达 1000 万字上限',
      ANALYSIS: '分析失败',
      BAD_RECORD: '无法读取：第 {line} 行不是 JSON 对象',
      BAD_QUOTE: '无法读取：第 {line} 行的引号（"）没有闭合，请补上或删去',
      TOO_MANY_RECORDS: '超过 {records} 行：请把文件拆分成几部分',
      /** A row's .doc, .xlsx …: editor.importSaveAsDocx / importCopyText without the name, which the row shows above. */
      saveAsDocx: '{format}，这里无法直接打开。请在 Word 或 WPS 中打开它，用“另存为”保存为 .docx 格式，再打开保存好的文件。',
      copyText: '{format}，这里无法打开。请复制其中的文字，在编辑器中粘贴；或先另存为 PDF，再打开 PDF 文件。',
      saveAsCsv: '{format}，这里无法打开。请先另存为 CSV（或 TSV）文件再打开：按表头逐项读取，效果最好。',
      exportSrt: '{format}，无法直接读取：请先在字幕软件中导出为 .srt，再打开 .srt 文件。',
    },
    formats: { csv: 'CSV：每处名称一行，附文件名', jsonl: 'JSON Lines：每个文件一个对象（文本和找到的名称）', names: '名称清单：所有文件中每个名称一行，附出现次数和所在文件', pairs: '关系网：所有文件中同句出现的名称（CSV，可导入 Gephi 等绘图工具，附所在文件）' },
    openHint: '点文件名即可在编辑器中打开，查看高亮的名称；用方向键在文件间移动。',
    leftOut: '未读取：其{parts}（只读取正文、脚注和尾注）',
    readAs: '不是 UTF-8 编码，已按以下编码读取：{encoding}',
    invalidUtf8: '有 {count} 处字节不是有效的 UTF-8，已显示为 �',
    /** A .csv, .tsv or .jsonl file one column of which was read, its other columns not: the column read, named
     *  ({column}) as recordsColumn has it, or editor.recordsColumnNumber with no header row. */
    recordsColumn: '“{column}”列',
    /** A line per such file under the summary ({name}: its path; {names}: the columns not read, listed as the editor's
     *  recordsLeftOut lists them). */
    recordsLeftOut: '{name}：每行只读取了{column}，未读取的列：{names}。',
    /** As recordsLeftOut, for more than five ({names}: the first five; {count}: how many in all). */
    recordsLeftOutMore: '{name}：每行只读取了{column}，未读取的列：{names}等 {count} 列。',
    /** Files of the same columns share a line: its {name} when more than three ({names}: the first three; {count}: how
     *  many in all). */
    recordsFilesMore: '{names}等 {count} 个文件',
    /** Past five such lines, one more ({count}: the files not listed). */
    recordsOtherFiles: '另有 {count} 个文件也有未读取的列。',
    namesHeading: '找到的名称',
    redactedHeading: '脱敏副本',
    redactedHow: '按“脱敏”标签页的设置逐个脱敏（{types}替换为{mode}），每个文件一个 .txt（或 Word 文档），打包为 .zip；.csv、.tsv 或 .jsonl 文件则为一个表格，逐格脱敏（Word 文档仍为每条记录一个）。',
    samePseudonym: '同一名称在所有文件中使用同一个化名。',
    numbered: '副本按编号命名（001.redacted.txt、002…）',
    numberedHelp: '不勾选时，副本沿用原文件名和文件夹，其中在文件正文里找到的名称同样替换，模型在文件名和文件夹名中找到的名称也替换；模型漏掉的名称仍保留原文，只有一个字的名称，以及正文中只出现了一部分的名称的其余部分，也是如此。按编号命名时，副本都放在同一文件夹中，按列表顺序编号，.zip 中不记录各副本对应哪个文件。',
    /** Above the download buttons, under both switches, while the one for contact details is off (the Redact tab's
     *  patternsLeft, of the files). */
    patternsLeft: '文件中有 {count} 处像电话号码、证件号、出生日期、昵称等个人信息，副本中不会替换，仍保留原文。勾选上面对应的一项即可替换。',
    /** Above the download buttons, under both switches: the names of the files the redacted copies leave readable
     *  while the switch for them is off, with their types as the Redact tab's uncertainLeft names them. */
    uncertainLeft: '文件中有 {count} 个名称（{types}）低于置信度\u00a0{threshold}，副本中不会替换，仍保留原文。勾选上面对应的一项即可替换。',
    uncertainHelp: '与“脱敏”标签页的开关相同，也用于这些副本。高亮视图按置信度滑块隐藏的名称只在勾选时替换；它们多数不是名称，但脱敏宁可多替换。',
    redactedDownload: '下载为文本文件（.zip）',
    redactedDownloadDocx: '下载为 Word 文档（.zip）',
    annotatedHeading: '带标注的副本',
    annotatedHow: '每个文件一个 Word 文档，名称以其类型的颜色底纹标出并在其后注明类型，打包为 .zip。',
    annotatedDownload: '下载为带标注的 Word 文档（.zip）',
    shown: '列表和导出按高亮视图的类型和置信度筛选，并应用您的词典。',
  },
  entities: {
    none: '还没有找到名称。输入或粘贴文字后，找到的名称会列在这里。',
    /** Text there, the model not loaded (downloading, or its load failed): "type some text" asked for what was there. */
    waitingForModel: '模型加载之后，这里会列出文中的名称。',
    /** Text analysed, and no name in it ({types}: the model's types, 人名、地名或机构名): not the same words as
     *  before any text (design QA). */
    noneFound: '这段文字里没有找到{types}。',
    /** Names found, every one hidden by the view's filters. */
    noneShown: '找到的 {n} 个名称都未显示：其类型在图例中已隐藏，或低于最低置信度。',
    filter: '查找名称',
    matches: '没有匹配的名称 | {n} 个名称匹配 | {n} 个名称匹配',
    count: '{n} 处',
    occurrences: '{n} 次',
    /** The same count as a screen reader says it ("×" was read as "times" after the number: "1 times"). */
    occurrencesSpoken: '{n} 次',
    locate: '在文中显示“{text}”（共 {n} 处）',
    /** The names to check, above the names (reviewList.ts): those shown that the model scored under {level}
     *  somewhere, least sure first, each with its lowest score. */
    review: '待核对',
    reviewCount: '{n} 个',
    reviewHelp: '模型把握较小（置信度低于 {level}）的名称，最没把握的在前，建议逐个核对。点击可在文中逐处查看。',
    /** A name to check's title: its score is the lowest of its occurrences'. */
    reviewLocate: '在文中显示“{text}”（共 {n} 处），各处中最低的置信度为 {score}',
    /** The fold after the first five. */
    reviewMore: '其余 {n} 个',
    reviewFewer: '收起',
    shown: '只列出和导出高亮视图中显示的名称（受图例和置信度筛选影响）。',
    pairs: '同句出现',
    pairsHelp: '出现在同一句中的名称，按共同出现的句数排列。点击可在文中查看。',
    pairWith: '与',
    /** After each name of a pair: its type, in words and not only in colour. */
    pairType: '（{type}）',
    pairSentences: '同在 {n} 句',
    pairLocate: '在文中显示“{a}”与“{b}”同句出现之处（共 {n} 句）',
    pairsMore: '全部 {n} 对：导出 → 关系网',
  },
  export: {
    format: '格式',
    formats: { json: 'JSON（供程序使用，含位置）', csv: 'CSV（表格，每处名称一行）', names: '名称清单（CSV：每个名称一行，附出现次数）', pairs: '关系网（CSV：同句出现的名称，可导入 Gephi 等绘图工具）', conll: 'CoNLL（供模型训练使用）', html: '带标注的 HTML' },
    download: '下载',
    copy: '复制',
    copied: '已复制到剪贴板。',
    copyFailed: '浏览器不允许复制，请改用下载。',
    preview: '预览',
    nothing: '请先分析一些文本。',
    /** Over Download and Copy when the view's filters leave names out: the exports follow the view. */
    leftOut: '{shown}；另有 {count} 个未显示（{why}）。',
    shownNames: '导出当前显示的 {count} 个名称',
    noneShown: '导出内容不含任何名称',
    typesHidden: '图例中隐藏了{types}',
    underThreshold: '{count} 个低于置信度\u00a0{threshold}',
    reasonSeparator: '，',
    docx: '下载为带标注的 Word 文档（.docx）',
    docxHelp: '全文按原样，每个名称以其类型的颜色底纹标出，并在其后注明类型，便于在 Word 或 LibreOffice 中审阅。',
    print: '打印或存为 PDF',
    preparingPrint: '正在准备打印……',
    printHelp: '把高亮后的全文连同图例、模型和分析时间印成文档，不含编辑框和侧栏。要得到文件，在打印对话框中选择“另存为 PDF”。',
  },
  redact: {
    patterns: '同时识别电话、邮箱、证件号、银行卡号、出生日期、年龄、病历号等编号、车牌和门牌号',
    patternsHelp: '按规则识别，不经模型。订单号、快递单号在“订单号”“运单号”等字样后，或以快递公司的字母开头（顺丰 SF、京东 JD、圆通 YT、极兔 JT、德邦 DPK，以及 EMS 等国际邮件号）即可识别。行程和论文中的编号：“PNR”“订座记录”“预订号”“确认号”“签证号”“取票号”“港澳通行证”“台胞证”“导游证号”“批准号”“项目编号”“基金编号”“邮编”等字样后的编号，以及中国护照号（E12345678）、ORCID 和资助机构名称后括号内的项目编号（国家自然科学基金（61976123））也会替换；航班号、车次保留原文。保险理赔中的“保单号”“报案号”“理赔编号”“车架号”“VIN”“发动机号”“发票号码”等字样后的编号，以及校验位正确的车架号（VIN）也会替换；“卡号”“银行账户”后的 12 至 19 位数字即使校验不通过也会替换。日期、年龄和其他编号只认“出生日期”“入院日期”“采集时间”“门诊号”“男，”等字样后的：没有这类字样的日期和年龄（正文中的就诊日期、“现年67岁”）保留原文。签名处（“审核者：”“主治医师：”）后模型未识别的人名、证券代码（600519.SH，或“证券代码：”后的六位数字）和“证券简称：”后的简称也会替换。',
    /** Above Download and Copy, with uncertainLeft, while the switch at the top (under the types) is off. */
    patternsLeft: '文本中有 {count} 处像电话号码、证件号、出生日期、昵称等个人信息，结果中不会替换，仍保留原文。勾选上面对应的一项即可替换。',
    types: '替换以下类型',
    mode: '替换为',
    /** Short, each its example: the three side by side at 1366 px (design QA: 遮盖 ■■■ wrapped alone). */
    modes: { tag: '类型标签 [人名]', pseudonym: '化名 [人名1]', mask: '遮盖 ■■■' },
    /** Under the mask's choice. */
    maskHelp: '每个字符一个 ■，名称的长度仍看得出来。',
    /** 遮盖说明之下：判决书、合同为何宜用化名（法院书记员 QA）。 */
    pseudonymHelp: '化名能区分不同的人；类型标签分不出原告和被告。',
    /** The same, inside a sentence. */
    modesInline: { tag: '类型标签', pseudonym: '化名', mask: '遮盖符 ■' },
    pseudonym: {
      PER: '[人名{n}]', LOC: '[地名{n}]', ORG: '[机构{n}]', COMPANY: '[公司{n}]', GOV: '[政府机构{n}]',
      POSITION: '[职位{n}]', SCENE: '[景点{n}]', BOOK: '[书名{n}]', MOVIE: '[影视{n}]', GAME: '[游戏{n}]',
      PHONE: '[电话{n}]', EMAIL: '[邮箱{n}]', ID_NUMBER: '[身份证号{n}]', BANK_CARD: '[银行卡号{n}]',
      BIRTH_DATE: '[出生日期{n}]', DATE: '[日期{n}]', AGE: '[年龄{n}]', RECORD_NUMBER: '[编号{n}]', PLATE: '[车牌号{n}]', ADDRESS_NUMBER: '[门牌号{n}]', STOCK_CODE: '[证券代码{n}]', other: '[{type}{n}]',
    },
    tags: {
      PER: '[人名]', LOC: '[地名]', ORG: '[机构]', COMPANY: '[公司]', GOV: '[政府机构]',
      POSITION: '[职位]', SCENE: '[景点]', BOOK: '[书名]', MOVIE: '[影视]', GAME: '[游戏]',
      PHONE: '[电话]', EMAIL: '[邮箱]', ID_NUMBER: '[身份证号]', BANK_CARD: '[银行卡号]',
      BIRTH_DATE: '[出生日期]', DATE: '[日期]', AGE: '[年龄]', RECORD_NUMBER: '[编号]', PLATE: '[车牌号]', ADDRESS_NUMBER: '[门牌号]', STOCK_CODE: '[证券代码]', other: '[{type}]',
    },
    everywhere: '也替换模型在别处漏标的同一名称（{count} 处）',
    everywhereGiven: '也替换模型在别处漏标的同一名称（{count} 处，其中 {given} 处是单独出现的名字）',
    everywhereHelp: '模型可能在一句中标出某个名称，在另一句中漏掉（Markdown 标记里、被换行断开、字间夹有空格或不可见字符、写成全角字母）。标出的人名是姓加两字名时（陈思远），单独出现的名字（思远）也按同一人替换；但名字本身是常用词（国庆、建设）、与前后的字组成词语（意思远）或前面是另一个姓（李思远）时不替换。外国人名单独出现的最后一段（约翰·史密斯的史密斯）同样处理；模型标出“赵”时，别处的“赵某”也替换（“某”保留）。名称也可能是普通词语（高明、江山）：若上面数出的地方其实是普通词语，取消勾选即可。',
    uncertain: '也替换低于置信度 {threshold} 的名称（{count} 个）',
    uncertainHelp: '高亮视图按置信度滑块隐藏的名称默认不替换；它们多数不是名称，但脱敏宁可多替换。图例中隐藏的类型照样替换，只看上面勾选的类型。',
    /** Above Download and Copy while the switch under it is off (the Batch tab's uncertainLeft, of one text). */
    /** ({types}: the names' type, or each type with its count: "地名 2和人名 1") */
    uncertainLeft: '文本中有 {count} 个名称（{types}）低于置信度\u00a0{threshold}，结果中不会替换，仍保留原文。勾选下面对应的一项即可替换。',
    /** After the red lines above the buttons: focuses the switch the line asks for. */
    goToSwitch: '转到该选项',
    /** Beside the rules' switch: shows or hides its help (aria-expanded says which). */
    details: '说明',
    /** Always above Download and Copy. */
    review: '模型漏掉的名称不会被替换，分享前请通读一遍。',
    result: '脱敏结果',
    previewNote: '上面只显示前 {shown} 个字符（共 {total} 个）；下载或复制可得到完整的脱敏文本。',
    /** Beside downloadDocx: which file this one is. */
    download: '下载为文本（.txt）',
    downloadDocx: '下载为 Word 文档（.docx）',
    /** Under both downloads. */
    docxHelp: 'Word 文档仅含纯文本段落：表格的每个单元格成为一段，不保留原文件的格式。',
    /** Under docxHelp, for a text from a file whose parts were not read ({parts}: editor.leftOutParts, listed). */
    leftOut: '复制和下载的副本不含原文件的{parts}（未读取）。',
    /** Above docxHelp: the downloads' names, before a download. */
    downloadName: '文件名：{name}（Word 文档：{docx}）',
    /** For a text opened from a .csv/.tsv/.jsonl file and still its rows (edits inside cells only): the file back as a
     *  table ({ext}: .csv, .tsv, .jsonl). */
    downloadTable: '下载为表格（{ext}）',
    /** Under downloadTable: {name}, the table's file name. */
    tableHelp: '{name}：表头、单元格的位置与原文件相同，每个单元格按正文的方式脱敏。',
    /** After tableHelp, when some columns were not analysed ({names}: their names, listed). */
    tableEmptied: '未读取的列留空：{names}。',
    /** In place of downloadTable, once the text was edited outside its cells ({name}: the file). */
    tableLost: '文本已在单元格之外改动，无法再与 {name} 的单元格逐一对应，因此不提供表格下载。如需表格，请重新打开该文件。',
    /** After a click on downloadTable, in the rare case the copy cannot be split cell by cell. */
    tableFailed: '本次脱敏结果无法逐格对应到表格，未生成表格。.txt 下载的内容是完整的。',
    /** In place of patternsLeft when some are in the file's name (which the downloads are named after): {count} in
     *  all, {inName} of them in the name. One sentence with them in brackets: the text alone holds fewer. */
    patternsLeftInName: '文本和文件名中共有 {count} 处像电话号码、证件号、出生日期、昵称等个人信息（其中 {inName} 处在文件名中），结果中不会替换，仍保留原文。勾选上面对应的一项即可替换。',
  },
  lexicon: {
    heading: '自定义词典',
    help: '模型漏掉或认错的名称，每行一个：名称、空格、类型（{names}或 {codes}）。以“-”开头的行让模型不再标出与之完全相同的文本。以 # 开头的行是注释。单字名称（亮、汉）与前后一字构成常用词时（明亮、汉字）不会标出。更快的做法：在高亮文本中选中名称、点击实体，或用方向键移到实体后按回车，一键标注或更正。',
    placeholder: '腾讯 机构名\n字节跳动 ORG\n-新华',
    summary: '{n} 个词条 · 文中标出 {m} 处',
    problems: {
      'unknown-type': '第 {line} 行：“{content}”的类型无法识别（类型须为{names}或 {codes}）。',
      'missing-type': '第 {line} 行：“{content}”后面缺少类型（与名称之间空一格），例如“{example}”。',
      'too-long': '第 {line} 行：超过 {max} 个字符的名称会被忽略。',
      /** A line set aside by a later line about the same name ({by}: its number; {byContent}: its text). */
      duplicate: '第 {line} 行：“{content}”与第 {by} 行重复，保留一行即可。',
      overridden: '第 {line} 行：“{content}”与第 {by} 行“{byContent}”冲突，以第 {by} 行为准（同一名称以最后一行为准）。',
    },
    /** After the first 20 problem lines (a document pasted over the list by mistake gave one per line). */
    problemsMore: '另有 {n} 行有问题，未列出。',
    open: '从文件添加……',
    download: '下载',
    fileRefused: '{name}：词典文件须为不超过 1 MB 的 .txt 文件；未添加任何内容。',
    /** A file added: its lines the dictionary already held are left out (QA: the same file added twice doubled the list). */
    fileAdded: '已从 {name} 添加 {n} 行。',
    fileNothingAdded: '未从 {name} 添加任何内容。',
    fileSkipped: '词典中已有的 {n} 行已跳过。',
    /** Entries the file itself said twice: never counted as in the dictionary (re-check QA: an empty box was said to hold them). */
    fileRepeated: '文件中重复的 {n} 行已跳过。',
    private: '保存在本浏览器（本地存储）中，直到您清空为止，包括从高亮文本中加入的名称；只在本页使用，模型本身不变，也不会发送到任何地方。',
    clear: '清空词典',
    /** What the app does, no more: the browser's own storage files may keep the old value on disk until it compacts
     *  them, which a page cannot force (privacy QA: “不再保存任何词条” was a promise the app cannot keep). */
    cleared: '已清空词典：已从本站在本浏览器中的存储里删除所有词条。',
    restore: '恢复',
    /** Edits (select all and delete, a document pasted over the list, Backspace held down) left fewer than half the
     *  entries of the list as it stood: {n} then, {m} now. That list is kept in localStorage while this is shown. */
    replaced: '词典的大部分词条已被删除（之前 {n} 个，现在 {m} 个）。之前的词条仍留在本浏览器的存储中，直到您恢复、选择不恢复或清空词典为止。',
    dismissRestore: '不恢复',
    /** Entries that mark nothing in the text, and why (QA: "0 marked" and no reason, for names inside a longer
     *  name the model found). {name}: the entry; {names}: the names over it, quoted. */
    unmarked: {
      heading: '以下词条在文中没有标出：',
      inside: '{name}：只出现在模型找到的较长名称{names}里，词典中的名称不会拆开较长的名称。',
      dictionary: '{name}：在文中与词典中的{names}重叠，标出的是后者。',
      pattern: '{name}：在文中与按规则找到的号码（电话、证件号等）重叠，标出的是号码。',
      words: '{name}：只出现在常用词{names}里；单字名称与前后一字构成常用词时不会标出。',
      /** Followed by the names, 、-separated. */
      absent: '不在文中：',
      more: '等，共 {n} 个',
      others: '另有 {n} 个词条未列出。',
      markInside: '标出“{name}”，不再标注较长的名称',
      markedInside: '已加入自定义词典（保存在本浏览器中）：{lines}（模型标出的较长名称不再标出），“{name}”现已标出。',
    },
  },
  model: {
    loading: '正在加载模型……',
    /** Above the view on a phone, in one row with its bar: the file and the sizes are left to the Model tab. */
    downloadShort: '正在下载模型 {percent}',
    /** Above the view from `sm`: the sizes, and that it is downloaded once (the file's name is the Model tab's). */
    downloadOnce: '正在下载模型（{loaded}\u00a0/\u00a0{total}，{percent}），只在首次使用时下载一次',
    /** onnxruntime's WASM, still downloading once the model is in (phases.runtime). */
    runtimeProgress: '正在下载分析引擎（onnxruntime）：{loaded}\u00a0/\u00a0{total}（{percent}）',
    runtimeOnce: '正在下载分析引擎（{loaded}\u00a0/\u00a0{total}，{percent}），只在首次使用时下载一次',
    runtimeShort: '正在下载分析引擎 {percent}',
    phases: {
      /** Another browser tab of the site is downloading the model: this one waits, then reads what it stored. */
      wait: '另一个标签页正在下载模型，完成后本页直接使用……',
      manifest: '正在读取模型说明……',
      /** (no-break spaces: "475 KB /" and "11 MB" were on two lines on a phone, QA) */
      download: '正在下载模型（{file}）：{loaded}\u00a0/\u00a0{total}（{percent}）',
      verify: '正在校验下载内容……',
      cache: '正在把模型保存到本浏览器……',
      session: '正在启动模型……',
      runtime: '正在下载分析引擎……',
      ready: '就绪',
    },
    fromCache: '已从本浏览器的存储中加载，无需下载。',
    name: '名称',
    version: '版本',
    types: '识别的名称类型',
    /** The one plain line on a model's quality; the F1 figures, corpus and id are under `details`. */
    accuracyLabel: '准确度',
    accuracy: '约 {percent}（在模型没见过的文本上测得）',
    details: '技术细节',
    id: '模型编号',
    trainedOn: '训练语料',
    f1PerType: '各类型 F1',
    f1: 'F1（开发集）',
    size: '大小',
    cached: '已存储在本浏览器',
    yes: '是',
    no: '否',
    storage: '本站已用存储',
    /** Right after the figure: the bracket brings its own space where the language wants one. */
    storageIncludes: '（所有已存储的模型和离线使用的网页文件）',
    /** A note after a name, in brackets: 人名（PER）, the model's id. */
    aside: '（{text}）',
    clear: '删除已存储的模型',
    cleared: '已删除存储的模型，需要时会重新下载。',
    confirmClear: '要从本浏览器删除已存储的模型吗？下次使用时会重新下载。',
    confirmClearYes: '确定删除',
    retry: '重试',
    /** The site answered that a model file is not there (HTTP 404): not the visitor's connection. */
    missingFile: '网站上找不到模型文件，请稍后再试。',
    unknown: '未知',
    choose: '选择模型',
    customFolder: '正在使用页面地址（?model=）指定的模型文件夹。',
    updateAvailable: '此模型有新版本 {version}：需下载 {size}。更新之前，仍使用已存储的版本。',
    updateNoDownload: '此模型有新版本 {version}，无需下载新文件。',
    update: '更新模型',
    updating: '正在更新模型……{percent}',
    storedHere: '已存储在本浏览器（{size}），可离线使用。',
    notStored: '尚未存储在本浏览器：需下载 {size}。',
    notStoredUnknownSize: '尚未存储在本浏览器：下载需要联网。',
    checking: '正在检查本浏览器的存储……',
    storeForOffline: '存储以便离线使用',
    /** Beside Store for offline use, disabled while the browser is offline. */
    needsConnection: '需联网',
    storeLabel: '存储以便离线使用：{name}',
    storing: '正在存储……{percent}',
    cancel: '取消',
    storeCancelled: '已取消存储。',
    remove: '从本浏览器删除',
    removeLabel: '从本浏览器删除：{name}',
    notStoredFailed: '此模型尚未存储在本浏览器，且无法下载：请检查网络连接。下载一次之后即可离线使用。',
    notStoredFailedOther: '此模型尚未存储在本浏览器，且无法下载：请检查网络连接。在此期间，可以在“模型”标签页选择已存储在本浏览器的模型。',
  },
  catalog: {
    news: {
      name: '新闻：人名、地名、机构名',
      short: '新闻（三类）',
      about: '找出人名、地名、机构名，这三类最准。',
      trainedOn: 'MSRA 新闻语料',
    },
    fine: {
      name: '细粒度：十类',
      short: '细粒度（十类）',
      about: '另有公司、政府机构、职位、景点、书名、影视、游戏，但准确度较低。',
      trainedOn: 'CLUENER',
    },
  },
  status: {
    label: '状态',
    /** A status item's name before its value (a full-width colon in Chinese). */
    labelled: '{label}：',
    model: '模型',
    backend: '后端',
    simd: 'SIMD',
    threads: '{n} 线程',
    singleThread: '单线程',
    /** The worker's state, in plain words (design QA: 工作线程：运行中 was jargon). */
    worker: '状态',
    downloading: '正在下载模型，{percent}',
    downloadingRuntime: '正在下载分析引擎，{percent}',
    /** Said by the status line's live region, each a sentence that names what it is about. */
    announce: {
      downloading: '正在下载模型：{percent}。',
      downloadingRuntime: '正在下载分析引擎：{percent}。',
      worker: '模型：{state}。',
      loading: '正在加载模型“{model}”……',
      notDownloaded: '模型未能下载。',
      failed: '模型加载失败。',
    },
    /** A note after a status value, in brackets (full-width in Chinese, no space before them). */
    aside: '（{text}）',
    modelNotDownloaded: '模型未下载',
    modelFailed: '模型未能加载',
    /** The status line's button that shows (and hides) the backend, memory and last call. */
    moreDetails: '详情',
    states: { stopped: '尚未加载', starting: '正在准备', ready: '就绪', busy: '正在分析', released: '闲置，已释放内存' },
    idleIn: '{s} 秒后释放',
    memory: '内存',
    memoryUnavailable: '此浏览器无法测量',
    memoryReleased: '已归还给浏览器',
    lastAnalysis: '上次模型调用',
    /** One worker call's own figures, which differ from the highlighted view's "Analysed …" (its whole run, line
     *  breaks included): said, so the two do not read as one figure twice (design QA). */
    lastAnalysisValue: '{chars} 个字符，{time}（仅模型本身，不计换行）',
    analysedAt: '分析于 {time}',
    never: '尚无',
    offline: '离线',
    updateAvailable: '有新版本 {version}',
    /** The model runs from memory: storage full (the Model tab says more). */
    notStored: '未能保存到本浏览器：存储空间不足，无法离线使用',
  },
  errors: {
    EMPTY_INPUT: '没有可分析的文本。',
    TOO_LARGE: '文本超过 {limit} 个字符：内容仍保留在编辑器中，但太大，无法在此实时分析。请分成几部分。',
    ABORTED: '分析已取消。',
    WORKER_CRASHED: '分析线程崩溃（可能内存不足）。您的文本仍在；编辑文本或点击“重试”即可重新运行。',
    QUOTA: '浏览器存储空间不足，无法保存模型。本次访问仍可使用；释放本站存储后即可离线使用。',
    NOT_STORED: '无法把模型存储在本浏览器（可能处于隐私模式，或存储已被停用）。本次分析照常进行，模型在内存中运行；下次访问时会重新下载。',
    STORED_DAMAGED: '本浏览器中存储的模型已损坏或不完整，而且现在无法重新下载。请联网后重试，或在“模型”标签页删除已存储的模型。',
    INTEGRITY: '下载的模型文件与其清单（manifest.json）不符：可能在传输中损坏，或服务器上的文件不一致。请稍后重试。',
    NETWORK: '无法下载模型。请检查网络连接后重试。',
    MODEL: '无法启动模型。',
    unknown: '出错了：{message}',
  },
}

export default zh
