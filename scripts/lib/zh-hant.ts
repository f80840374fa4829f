// The Traditional Chinese UI messages (src/i18n/zh-Hant.ts) are zh.ts converted by opencc-js, Simplified to
// Taiwan standard with its vocabulary (文件 → 檔案, 网络 → 網路): written by scripts/make-zh-hant.ts, and a
// unit test checks that the committed file is what the conversion of today's zh.ts gives.
import * as OpenCC from 'opencc-js'
import zh from '../../src/i18n/zh'

type Tree = { [key: string]: string | Tree }

function convertTree(tree: Tree, convert: (s: string) => string): Tree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) =>
    [key, typeof value === 'string' ? convert(value) : convertTree(value, convert)]))
}

// Words the Taiwan vocabulary reads in their computing sense where the page means the everyday one, and
// mainland words opencc's phrase list leaves as they are. In order: 電子郵箱 before 郵箱.
// 类型 (kind of name) is 類型 in Taiwan too, not the programmer's 型別; text is 文字; an example 範例;
// a confidence score 信賴度; the Enter key is called so; redaction of personal data is 遮蔽 (個資遮蔽);
// an e-mail address is 電子郵件; highlighted 標示, recognition 辨識, custom 自訂, undo 復原, matching 符合,
// a scan 掃描檔, an ID card 身分證, a page's address 網址, clear 清除; quotes 「」 outside, 『』 inside.
const EVERYDAY_WORDS: readonly [mainland: string | RegExp, taiwan: string][] = [
  ['型別', '類型'], ['文本', '文字'], ['示例', '範例'], ['置信度', '信賴度'], ['回車', 'Enter'], ['脫敏', '遮蔽'],
  ['電子郵箱', '電子郵件'], ['郵箱', '電子郵件'],
  ['高亮顯示', '標示'], ['高亮', '標示'], ['識別', '辨識'], ['自定義', '自訂'],
  ['撤銷', '復原'], ['匹配', '符合'], ['掃描件', '掃描檔'],
  // The ID type's name, its tag and its mark: 證件號碼 and 證件, read alike in Hong Kong and Taiwan (regional QA 10: the
  // Taiwan 身分證字號 named an HKID, the text beside it saying 身份證號碼). Before 身份證 in prose, Taiwan's 身分證.
  ['身份證號', '證件號碼'], [/^身份證$/gu, '證件'], ['身份證', '身分證'], ['頁面地址', '網址'], ['清空', '清除'],
  ['“', '「'], ['”', '」'], ['‘', '『'], ['’', '』'],
  // Taiwan's words where OpenCC keeps the mainland's (QA): 附檔名 is "file extension" there, not "with the file
  // name"; a check digit is a 檢查碼; 恢復 as the button's "Restore" is 還原, but the dictionary is 恢復原樣 as it
  // was (QA, Taiwan and Hong Kong: 回復原樣 read oddly; 還原原樣 says 原 twice).
  ['附檔名', '附檔案名稱'], ['打開', '開啟'], ['聯網', '連網'], ['當前模型', '目前的模型'], ['選中', '選取'],
  ['用時 {time}', '耗時 {time}'], ['訪問', '造訪'], ['滑塊', '滑桿'], ['批註', '註解'],
  [/恢復(?!原樣)/gu, '還原'], ['查詢名稱', '搜尋名稱'], ['校驗位', '檢查碼'], ['校驗', '驗證'], ['打包為 .zip', '壓縮成 .zip'],
  ['發送', '傳送'],
  // A list is a 清單 in Taiwan, as the page says elsewhere (回到清單, 按清單順序編號); 列表 is the mainland's (QA).
  ['列表', '清單'],
  // Native-speaker review: a tab of the page is a 分頁 (標籤頁 is the mainland's); an ID card's number is its
  // 身分證字號 (where prose says one: the type's name is 證件號碼, above); a # line is a 註解; a threshold a 門檻值; the
  // browser's local storage its 本機儲存空間; removing a password 移除密碼; "something went wrong" 發生錯誤.
  ['標籤頁', '分頁'], ['身分證號', '身分證字號'], ['註釋', '註解'], ['閾值', '門檻值'], ['本地儲存', '本機儲存空間'],
  ['去除密碼', '移除密碼'], ['出錯了', '發生錯誤'],
  // A listed company's 证券代码 is its 證券代號 in Taiwan (OpenCC reads 代码 as a program's, 程式碼).
  ['證券程式碼', '證券代號'],
  // A sheet's column is a 欄 in Taiwan and its row a 列 (the mainland's 列 and 行): "每行只讀取了第 3 列" read there
  // as rows dropped (re-check QA). The column words of the records notes (「{column}」列, 第 {n} 列, 未讀取的列,
  // 等 {count} 列, 全部 {columns} 列, 每列一行), not 列表, 列出, 列在, 排列; then the rows: the Batch tab's 每行 (each
  // row) and a sheet with no header row (表頭行, Taiwan's 標題列) whose first row (第一行) is read as a record.
  [/(」|第 \{\w+\} |未讀取的|等 \{count\} |全部 \{columns\} |每)列(?![表出在舉印])/gu, '$1欄'], ['每行只讀取了', '每列只讀取了'],
  ['沒有表頭行，第一行也', '沒有標題列，第一列也'],
]

/** The file's whole text. */
export function renderZhHant(): string {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' })
  const convert = (s: string) => EVERYDAY_WORDS.reduce((text, [mainland, taiwan]) => text.replaceAll(mainland, taiwan), toTaiwan(s))
  const messages = convertTree(zh as unknown as Tree, convert)
  return `// 繁體中文介面文字：由 scripts/make-zh-hant.ts 以 opencc-js（簡體 → 臺灣正體，含詞彙）從 zh.ts 產生，請勿手改。
// Generated from zh.ts by scripts/make-zh-hant.ts (npx tsx scripts/make-zh-hant.ts); edit zh.ts, then run it.
import type en from './en'
import type { DeepStringRecord } from './types'

const zhHant: DeepStringRecord<typeof en> = ${JSON.stringify(messages, null, 2)}

export default zhHant
`
}
