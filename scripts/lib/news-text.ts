// News text for the benchmark: the first paragraphs of the shared raw corpus (CCTV news transcripts)
// when it is present, read straight from the .xz and never stored in the repository; otherwise a
// stand-in built from a handful of hand-written news sentences, named as such in the output.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './node-engine'

const CORPUS = join(REPO_ROOT, '..', 'shared', 'data', 'raw', 'zh_corpus.txt.xz')

const STAND_IN = [
  '新华社北京3月5日电，第十四届全国人民代表大会第二次会议今天上午在人民大会堂开幕。',
  '国务院总理李强代表国务院向大会作政府工作报告，报告回顾了过去一年的工作。',
  '上海市人民政府与世界银行签署合作协议，双方将在城市更新和绿色金融领域深化合作。',
  '中国科学院院士王小明在广州举行的学术会议上介绍了新型储能材料的研究进展。',
  '联合国秘书长古特雷斯在日内瓦表示，国际社会应加强合作应对气候变化带来的挑战。',
  '浙江省杭州市今年前两个月外贸进出口总额同比增长百分之八点五，其中出口增长明显。',
]

export function newsText(chars: number): { text: string; source: string } {
  if (existsSync(CORPUS)) {
    // Decompress only what is needed: xz stops when the pipe closes after maxBuffer.
    const run = spawnSync('xz', ['-dc', CORPUS], { maxBuffer: chars * 4 + 4096, encoding: 'utf8' })
    const out = run.stdout ?? ''
    const cut = Array.from(out).slice(0, chars).join('')
    if (cut.length >= chars * 0.99) {
      return { text: cut, source: `first ${chars.toLocaleString('en')} characters of ../shared/data/raw/zh_corpus.txt.xz (CCTV news transcripts)` }
    }
  }
  let text = ''
  for (let i = 0; text.length < chars; i++) text += STAND_IN[i % STAND_IN.length]
  return { text: text.slice(0, chars), source: 'STAND-IN: six hand-written news sentences repeated (../shared/data/raw not found)' }
}
