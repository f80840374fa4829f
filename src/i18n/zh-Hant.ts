// 繁體中文介面文字：由 scripts/make-zh-hant.ts 以 opencc-js（簡體 → 臺灣正體，含詞彙）從 zh.ts 產生，請勿手改。
// Generated from zh.ts by scripts/make-zh-hant.ts (npx tsx scripts/make-zh-hant.ts); edit zh.ts, then run it.
import type en from './en'
import type { DeepStringRecord } from './types'

const zhHant: DeepStringRecord<typeof en> = {
  "app": {
    "title": "Shiti 實體",
    "documentTitle": "瀏覽器內中文實體辨識",
    "tagline": "完全在瀏覽器中執行的中文命名實體辨識。您的文字不會離開本頁面。",
    "skipToEditor": "跳到編輯器",
    "language": "語言",
    "themeDark": "切換到深色主題",
    "themeLight": "切換到淺色主題",
    "source": "原始碼",
    "appUpdateReady": "Shiti 的新版本已安裝。重新載入頁面即可使用（重新載入後編輯器中的文字不會保留，如有需要請先複製）。",
    "appUpdateReplaced": "Shiti 已在另一個標籤頁中更新。本頁需重新載入後才能繼續分析或開啟 PDF（如有需要請先複製文字）。",
    "reload": "重新載入"
  },
  "types": {
    "PER": "人名",
    "LOC": "地名",
    "ORG": "機構名",
    "COMPANY": "公司",
    "GOV": "政府機構",
    "POSITION": "職位",
    "SCENE": "景點",
    "BOOK": "書名",
    "MOVIE": "影視",
    "GAME": "遊戲",
    "PHONE": "電話",
    "EMAIL": "電子郵件",
    "ID_NUMBER": "身分證號",
    "BANK_CARD": "銀行卡號"
  },
  "typeMarks": {
    "ORG": "機構名",
    "GOV": "政府",
    "POSITION": "職位",
    "SCENE": "景點",
    "ID_NUMBER": "身分證",
    "BANK_CARD": "銀行卡"
  },
  "editor": {
    "heading": "文字",
    "label": "待分析的文字",
    "placeholder": "在此貼上或輸入中文文字，或拖入 .txt、.md、.html、.docx、.pdf 檔案……",
    "trySample": "試試範例：",
    "open": "開啟檔案",
    "clear": "清除",
    "dropHere": "鬆開即可開啟檔案",
    "chars": "{n} 個字元",
    "importing": "正在讀取 {name}……",
    "importingPage": "正在讀取 {name}：第 {page} / {pages} 頁……",
    "cancelImport": "停止",
    "importCancelled": "已停止讀取 {name}；編輯器內容未改變。",
    "importEmpty": "{name} 是空的；編輯器內容未改變。",
    "replaced": "之前的文字（{n} 個字元）已被替換。",
    "restore": "還原",
    "dismissRestore": "不用了",
    "readAsEncoding": "{name} 不是 UTF-8 編碼，已按 {encoding} 讀取。",
    "invalidUtf8": "{name}：有 {count} 處位元組不是有效的 UTF-8，已顯示為 �。",
    "openedFirstOnly": "已開啟 {name}；一同拖入的另外 {n} 個檔案沒有開啟（「批次」標籤頁可一次分析多個檔案）。",
    "openedFirstWithFolders": "已開啟 {name}；編輯器一次只開啟一個檔案，一同拖入的其餘 {n} 項（含資料夾）沒有開啟。「批次」標籤頁可一次分析多個檔案或整個資料夾。",
    "folderDropped": "{folder}是資料夾；編輯器一次只開啟一個檔案。要分析資料夾裡的檔案，請開啟「批次」標籤頁，把資料夾拖到那裡。",
    "importUnsupported": "{name}：只能開啟 .txt、.md、.html、.docx 和 .pdf 檔案。",
    "importTooBig": "{name} 大於 {limit}，無法在此開啟。",
    "importTooLong": "{name} 的文字超過 {chars} 個字元，無法在此開啟。請分成幾部分。",
    "importUnreadable": "無法讀取 {name}；編輯器內容未改變。",
    "importProtected": "{name} 設有密碼保護；請去除密碼後再開啟。編輯器內容未改變。",
    "importNoText": "{name} 中沒有文字，只有影像（掃描檔？）；本站不做文字辨識（OCR）。編輯器內容未改變。",
    "importNotText": "{name} 不是文字檔案（其內容不是任何編碼的文字）；編輯器內容未改變。",
    "leftOut": "{name} 的{parts}沒有讀取。這裡只有正文，腳註和尾註附在末尾；其餘部分請在 Word 中檢視。",
    "leftOutParts": {
      "headers": "頁首",
      "footers": "頁尾",
      "comments": "註解"
    }
  },
  "samples": {
    "news": "新聞",
    "business": "財經",
    "campus": "校園",
    "traditional": "繁體（臺灣）",
    "tricky": "刁鑽輸入",
    "long": "長文件（10 萬字）"
  },
  "view": {
    "heading": "實體標示",
    "empty": "輸入文字後，實體會在這裡標示。",
    "legend": "實體類型（點選顯示或隱藏）",
    "threshold": "最低信賴度",
    "keys": "右、左方向鍵：下一個、上一個名稱；Home、End：第一個、最後一個；Enter：更正它。",
    "quality": "在未訓練過的文字上：顯示的名稱 {precision} 正確，全部名稱中 {recall} 被顯示",
    "qualityAtOne": "閾值 1.00 幾乎隱藏模型標出的所有名稱，只剩詞典中的名稱。",
    "qualityHelp": "在模型自己的開發集（訓練時未見過的文字）上按此閾值測得。調低可少漏名稱（適合遮蔽），調高可減少誤標。",
    "markName": "{text}，{type}",
    "entityTitle": "{type} · 信賴度 {score}",
    "lexiconTitle": "{type} · 來自自訂詞典",
    "patternTitle": "{type} · 按規則辨識，非模型結果"
  },
  "correct": {
    "selectOne": "要把名稱加入詞典，請只選取名稱本身（一行之內，不超過 {max} 個字元）。",
    "markAs": "標為",
    "changeTo": "改為",
    "never": "不再標註",
    "forget": "從詞典刪除",
    "addTitle": "把「{text}」加入自訂詞典：文中每一處都標為{type}",
    "neverTitle": "把「-{text}」加入自訂詞典：模型不再標出與之完全相同的文字",
    "added": "已加入自訂詞典（儲存在本瀏覽器中）：{line}",
    "addedSplit": "已加入自訂詞典：{line}，以及 -{within}（模型標出的「{within}」不再標出）",
    "removed": "已從自訂詞典刪除：{text}",
    "undo": "復原",
    "undone": "已復原，詞典回復原樣。",
    "hint": "點選名稱可更正；選取文字（或在「詞典」標籤頁輸入）可加入詞典。"
  },
  "progress": {
    "label": "分析進度",
    "running": "正在分析……已完成 {done} / {total} 個字元",
    "cancel": "取消",
    "cancelled": "分析已取消；已分析 {done} / {total} 個字元。",
    "resume": "繼續分析",
    "started": "正在分析 {total} 個字元……",
    "done": "已分析 {chars} 個字元，耗時 {time}。",
    "doneReused": "已分析 {chars} 個字元，耗時 {time}；其餘段落未改動或重複，沿用已有結果。"
  },
  "partial": {
    "redact": "只分析了 {done} / {total} 個字元：其餘部分的名稱尚未替換。",
    "export": "只分析了 {done} / {total} 個字元：其餘部分的名稱不在匯出中。",
    "running": "分析尚未完成：完成後即可下載和複製。",
    "tooLarge": {
      "redact": "文字超過 {limit} 個字元，超出本頁的分析範圍：其中的名稱未被辨識，因此不提供遮蔽文字。",
      "export": "文字超過 {limit} 個字元，超出本頁的分析範圍：沒有可匯出的分析結果。"
    },
    "stopped": {
      "redact": "分析在讀到任何文字之前就已停止：沒有名稱被替換，因此不提供遮蔽文字。",
      "export": "分析在讀到任何文字之前就已停止：沒有可匯出的分析結果。"
    },
    "pending": {
      "redact": "文字尚未分析：分析完成後，遮蔽文字將顯示在這裡。",
      "export": "文字尚未分析：分析完成後即可匯出。"
    }
  },
  "tabs": {
    "label": "結果與工具",
    "entities": "實體",
    "export": "匯出",
    "redact": "遮蔽",
    "batch": "批次",
    "lexicon": "詞典",
    "model": "模型"
  },
  "batch": {
    "intro": "一次分析多個檔案（.txt、.md、.html、.docx、.pdf）或整個資料夾：逐個在本瀏覽器中讀取和分析。可選擇檔案，或拖到這裡。",
    "choose": "選擇檔案",
    "chooseFolder": "選擇資料夾",
    "dropHere": "鬆開即可分析這些檔案",
    "dropArea": "把檔案或資料夾拖放到這裡",
    "nothingInFolder": "資料夾{folder}中沒有 .txt、.md、.html、.docx 或 .pdf 檔案。",
    "nothingToRead": "沒有 .txt、.md、.html、.docx 或 .pdf 檔案可分析。",
    "quoted": "「{name}」",
    "summary": "已分析 {done} / {total} 個檔案 · {entities} 個實體",
    "summaryFailed": "{n} 個檔案無法處理（原因見下）",
    "analysing": "分析中……{percent}",
    "noEntities": "沒有實體",
    "emptyFile": "空檔案",
    "stoppedBy": {
      "stop": "已停止：{n} 個檔案未分析",
      "model": "因切換模型而停止：{n} 個檔案未分析"
    },
    "resume": "繼續分析剩下的 {n} 個檔案",
    "again": "用目前的模型重新分析全部 {n} 個檔案",
    "status": {
      "waiting": "等待中",
      "reading": "讀取中……",
      "stopped": "已停止"
    },
    "failure": {
      "UNSUPPORTED": "不是 .txt、.md、.html、.docx 或 .pdf 檔案",
      "TOO_BIG": "檔案太大",
      "TOO_LONG": "文字超過 {chars} 個字元",
      "UNREADABLE": "無法讀取",
      "UNREADABLE_PDF": "無法讀取：不是有效的 PDF 檔案，或已損壞",
      "UNREADABLE_DOCX": "無法讀取：不是有效的 Word 文件（.docx），或已損壞",
      "PROTECTED": "設有密碼保護",
      "NO_TEXT": "沒有文字，只有影像（掃描檔？）",
      "NOT_TEXT": "不是文字檔案",
      "BATCH_FULL": "未分析：本批文字已達 1000 萬字上限",
      "ANALYSIS": "分析失敗"
    },
    "formats": {
      "csv": "CSV：每個實體一行，附檔案名稱",
      "jsonl": "JSON Lines：每個檔案一個物件（文字和實體）",
      "names": "名稱清單：所有檔案中每個名稱一行，附出現次數和所在檔案",
      "pairs": "名稱對：所有檔案中同句出現的名稱（CSV 邊列表，可匯入 Gephi，附所在檔案）"
    },
    "openInEditor": "在編輯器中開啟 {name}，檢視標示的實體",
    "leftOut": "未讀取：其{parts}（只讀取正文、腳註和尾註）",
    "readAs": "不是 UTF-8 編碼，已按 {encoding} 讀取",
    "invalidUtf8": "有 {count} 處位元組不是有效的 UTF-8，已顯示為 �",
    "redactedHeading": "遮蔽副本",
    "redactedHow": "按「遮蔽」標籤頁的設定逐個遮蔽（{types}替換為{mode}），每個檔案一個 .txt（或 Word 文件），壓縮成 .zip。",
    "samePseudonym": "同一名稱在所有檔案中使用同一個化名。",
    "redactedDownload": "下載為文字檔案（.zip）",
    "redactedDownloadDocx": "下載為 Word 文件（.zip）",
    "annotatedHeading": "帶標註的副本",
    "annotatedHow": "每個檔案一個 Word 文件，名稱以其類型的顏色底紋標出並在其後註明類型，壓縮成 .zip。",
    "annotatedDownload": "下載為帶標註的 Word 文件（.zip）",
    "shown": "列表和匯出按標示檢視的類型和信賴度篩選，並應用您的詞典。"
  },
  "entities": {
    "none": "暫無實體。",
    "filter": "搜尋名稱",
    "matches": "沒有符合的名稱 | {n} 個名稱符合 | {n} 個名稱符合",
    "count": "{n} 處",
    "occurrences": "{n} 次",
    "locate": "在文中顯示「{text}」（共 {n} 處）",
    "shown": "只列出和匯出標示檢視中顯示的實體（受圖例和信賴度篩選影響）。",
    "pairs": "同句出現",
    "pairsHelp": "出現在同一句中的名稱，按共同出現的句數排列。點選可在文中檢視。",
    "pairWith": "與",
    "pairType": "（{type}）",
    "pairSentences": "同在 {n} 句",
    "pairLocate": "在文中顯示「{a}」與「{b}」同句出現之處（共 {n} 句）",
    "pairsMore": "全部 {n} 對：匯出 → 名稱對"
  },
  "export": {
    "format": "格式",
    "formats": {
      "json": "JSON（含偏移量的實體）",
      "csv": "CSV",
      "names": "名稱清單（CSV：每個名稱一行，附出現次數）",
      "pairs": "名稱對（CSV 邊列表：同句出現的名稱，可匯入 Gephi）",
      "conll": "CoNLL（BIO）",
      "html": "帶標註的 HTML"
    },
    "download": "下載",
    "copy": "複製",
    "copied": "已複製到剪貼簿。",
    "copyFailed": "瀏覽器不允許複製，請改用下載。",
    "preview": "預覽",
    "nothing": "請先分析一些文字。",
    "docx": "下載為帶標註的 Word 文件（.docx）",
    "docxHelp": "全文按原樣，每個名稱以其類型的顏色底紋標出，並在其後註明類型，便於在 Word 或 LibreOffice 中審閱。",
    "print": "列印或存為 PDF",
    "printHelp": "把標示後的全文連同圖例、模型和分析時間印成文件，不含編輯框和側欄。要得到檔案，在列印對話方塊中選擇「另存為 PDF」。"
  },
  "redact": {
    "patterns": "同時辨識電話號碼、電子郵件、身分證號和銀行卡號",
    "patternsHelp": "按規則辨識，不經模型：中國大陸、臺灣和香港的電話號碼、電子郵件、檢查碼正確的身分證號、通過 Luhn 驗證的銀行卡號。開啟後在所有地方標出（標示、列表、匯出、批次）。",
    "patternsLeft": "文字中有 {count} 處像電話號碼、電子郵件、身分證號或銀行卡號，結果裡沒有替換：勾選上面一項即可替換。",
    "types": "替換以下類型",
    "mode": "替換為",
    "modes": {
      "tag": "類型標籤，如 [PER]",
      "pseudonym": "化名，如 [人名1]",
      "mask": "遮蓋 ■■■"
    },
    "modesInline": {
      "tag": "類型標籤",
      "pseudonym": "化名",
      "mask": "■ 遮蓋"
    },
    "pseudonym": {
      "PER": "[人名{n}]",
      "LOC": "[地名{n}]",
      "ORG": "[機構{n}]",
      "COMPANY": "[公司{n}]",
      "GOV": "[政府機構{n}]",
      "POSITION": "[職位{n}]",
      "SCENE": "[景點{n}]",
      "BOOK": "[書名{n}]",
      "MOVIE": "[影視{n}]",
      "GAME": "[遊戲{n}]",
      "PHONE": "[電話{n}]",
      "EMAIL": "[電子郵件{n}]",
      "ID_NUMBER": "[身分證號{n}]",
      "BANK_CARD": "[銀行卡號{n}]",
      "other": "[{type}{n}]"
    },
    "everywhere": "也替換模型在別處漏標的同一名稱（{count} 處）",
    "everywhereHelp": "模型可能在一句中標出某個名稱，在另一句中漏掉（Markdown 標記裡、被換行斷開、字間夾有空格或不可見字元、寫成全形字母）。名稱也可能是普通詞語（高明、江山）：若上面數出的地方其實是普通詞語，取消勾選即可。",
    "uncertain": "也替換低於信賴度 {threshold} 的名稱（{count} 個）",
    "uncertainHelp": "標示檢視按信賴度滑桿隱藏的名稱預設不替換；它們多數不是名稱，但遮蔽寧可多替換。圖例中隱藏的類型照樣替換，只看上面勾選的類型。",
    "result": "遮蔽結果",
    "download": "下載",
    "copy": "複製",
    "downloadDocx": "下載為 Word 文件（.docx）"
  },
  "lexicon": {
    "heading": "自訂詞典",
    "help": "模型漏掉或認錯的名稱，每行一個：名稱、空格、類型（{names}，或 {codes}）。以「-」開頭的行讓模型不再標出與之完全相同的文字。以 # 開頭的行是註釋。更快的做法：在標示文字中選取名稱或點選實體，一鍵標註或更正。",
    "placeholder": "騰訊 機構名\n字節跳動 ORG\n-新華",
    "summary": "{n} 個詞條 · 文中標出 {m} 處",
    "problems": {
      "unknown-type": "第 {line} 行：「{content}」的類型無法辨識（請用{names}，或 {codes}）。",
      "missing-type": "第 {line} 行：「{content}」後面缺少類型（與名稱之間空一格），例如「{example}」。",
      "too-long": "第 {line} 行：超過 {max} 個字元的名稱會被忽略。"
    },
    "open": "從檔案新增…",
    "download": "下載",
    "fileRefused": "{name}：詞典檔案須為不超過 1 MB 的 .txt 檔案；未新增任何內容。",
    "private": "儲存在本瀏覽器（本地儲存）中，直到您清除為止，包括從標示文字中加入的名稱；只在本頁使用，模型本身不變，也不會傳送到任何地方。",
    "clear": "清除詞典",
    "cleared": "已清除詞典：本瀏覽器中不再儲存任何詞條。",
    "restore": "還原"
  },
  "model": {
    "heading": "模型",
    "loading": "正在載入模型……",
    "phases": {
      "manifest": "正在讀取模型說明……",
      "download": "正在下載模型（{file}）：{loaded} / {total}（{percent}）",
      "verify": "正在驗證下載內容……",
      "cache": "正在把模型儲存到本瀏覽器……",
      "session": "正在啟動模型……",
      "ready": "就緒"
    },
    "fromCache": "已從本瀏覽器的儲存中載入，無需下載。",
    "name": "名稱",
    "version": "版本",
    "types": "實體類型",
    "f1": "F1（驗證集）",
    "size": "大小",
    "cached": "已儲存在本瀏覽器",
    "yes": "是",
    "no": "否",
    "storage": "本站已用儲存",
    "storageIncludes": "（所有已儲存的模型和離線使用的網頁檔案）",
    "aside": "（{text}）",
    "clear": "清除快取的模型",
    "cleared": "已刪除快取的模型，需要時會重新下載。",
    "confirmClear": "要從本瀏覽器刪除已儲存的模型嗎？下次使用時會重新下載。",
    "confirmClearYes": "確定刪除",
    "retry": "重試",
    "unknown": "未知",
    "choose": "選擇模型",
    "customFolder": "正在使用網址（?model=）指定的模型資料夾。",
    "updateAvailable": "此模型有新版本 {version}：需下載 {size}。更新之前，仍使用已儲存的版本。",
    "updateNoDownload": "此模型有新版本 {version}，無需下載新檔案。",
    "update": "更新模型",
    "updating": "正在更新模型……{percent}",
    "storedHere": "已儲存在本瀏覽器（{size}），可離線使用。",
    "notStored": "尚未儲存在本瀏覽器：需下載 {size}。",
    "notStoredUnknownSize": "尚未儲存在本瀏覽器：下載需要連網。",
    "checking": "正在檢查本瀏覽器的儲存……",
    "storeForOffline": "儲存以便離線使用",
    "needsConnection": "需連網",
    "storeLabel": "儲存以便離線使用：{name}",
    "storing": "正在儲存……{percent}",
    "cancel": "取消",
    "storeCancelled": "已取消儲存。",
    "remove": "從本瀏覽器移除",
    "removeLabel": "從本瀏覽器移除：{name}",
    "notStoredFailed": "此模型尚未儲存在本瀏覽器，且無法下載：請檢查網路連線。下載一次之後即可離線使用。",
    "notStoredFailedOther": "此模型尚未儲存在本瀏覽器，且無法下載：請檢查網路連線。在此期間，可以在「模型」標籤頁選擇已儲存在本瀏覽器的模型。"
  },
  "catalog": {
    "news": {
      "name": "新聞：人名、地名、機構名",
      "short": "新聞（三類）",
      "about": "PER、LOC、ORG。以 MSRA 新聞訓練，這三類最準。"
    },
    "fine": {
      "name": "細粒度：十類",
      "short": "細粒度（十類）",
      "about": "另有公司、政府機構、職位、景點、書名、影視、遊戲。以 CLUENER 訓練，準確率較低。"
    }
  },
  "status": {
    "label": "狀態",
    "labelled": "{label}：",
    "model": "模型",
    "backend": "後端",
    "simd": "SIMD",
    "threads": "{n} 執行緒",
    "singleThread": "單執行緒",
    "worker": "工作執行緒",
    "downloading": "正在下載模型，{percent}",
    "announce": {
      "downloading": "正在下載模型：{percent}。",
      "worker": "模型工作執行緒：{state}。",
      "notDownloaded": "模型未能下載。",
      "failed": "模型載入失敗。"
    },
    "aside": "（{text}）",
    "modelNotDownloaded": "模型未下載",
    "modelFailed": "模型載入失敗",
    "moreDetails": "詳情",
    "states": {
      "stopped": "未啟動",
      "starting": "啟動中",
      "ready": "執行中",
      "busy": "分析中",
      "released": "空閒後已釋放"
    },
    "idleIn": "{s} 秒後釋放",
    "memory": "記憶體",
    "memoryUnavailable": "此瀏覽器無法測量",
    "memoryReleased": "已歸還給瀏覽器",
    "lastAnalysis": "上次模型呼叫",
    "lastAnalysisValue": "{chars} 個字元，{time}（僅模型本身，不計換行）",
    "analysedAt": "分析於 {time}",
    "never": "尚無",
    "offlineReady": "可離線使用",
    "offline": "離線",
    "updateAvailable": "有新版本 {version}"
  },
  "errors": {
    "EMPTY_INPUT": "沒有可分析的文字。",
    "TOO_LARGE": "文字超過 {limit} 個字元：內容仍保留在編輯器中，但太大，無法在此即時分析。請分成幾部分。",
    "ABORTED": "分析已取消。",
    "WORKER_CRASHED": "分析執行緒崩潰（可能記憶體不足）。您的文字仍在；編輯文字或點選重試即可重新執行。",
    "QUOTA": "瀏覽器儲存空間不足，無法儲存模型。本次造訪仍可使用；釋放本站儲存後即可離線使用。",
    "NOT_STORED": "無法把模型儲存在本瀏覽器（可能處於隱私模式，或儲存已被停用）。本次分析照常進行，模型在記憶體中執行；下次造訪時會重新下載。",
    "STORED_DAMAGED": "本瀏覽器中儲存的模型已損壞或不完整，而且現在無法重新下載。請連網後重試，或在「模型」標籤頁清除快取的模型。",
    "INTEGRITY": "下載的模型檔案與其清單（manifest.json）不符：可能在傳輸中損壞，或伺服器上的檔案不一致。請稍後重試。",
    "NETWORK": "無法下載模型。請檢查網路連線後重試。",
    "MODEL": "無法啟動模型。",
    "unknown": "出錯了：{message}"
  }
}

export default zhHant
