// Sample texts for the editor, written for this app (not taken from any training corpus).

export interface Sample {
  /** i18n key suffix under `samples.` */
  id: 'news' | 'business' | 'campus' | 'traditional' | 'tricky'
  text: string
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'news',
    text:
      '新华社北京11月20日电 国家主席习近平20日在人民大会堂会见来访的联合国秘书长古特雷斯。' +
      '双方就气候变化、可持续发展等议题交换了意见。外交部部长王毅参加会见。\n' +
      '会见后，古特雷斯前往上海，出席在浦东举行的中国国际进口博览会开幕式。',
  },
  {
    id: 'business',
    text:
      '阿里巴巴集团今天在杭州发布季度财报。董事会主席蔡崇信表示，公司将继续加大在云计算领域的投入，' +
      '并计划在新加坡和法兰克福新建数据中心。\n' +
      '分析人士认为，腾讯和华为也将在东南亚市场加快布局。中国人民银行当天公布的数据显示，社会融资规模保持稳定。',
  },
  {
    id: 'campus',
    text:
      '上海交通大学与复旦大学的学生代表队在黄浦江畔举行了一年一度的赛艇比赛。' +
      '中国奥委会副主席李玲蔚到场观赛，并为获胜队伍颁奖。\n' +
      '比赛结束后，两校校友会在外滩共同举办了庆祝晚会，北京大学和清华大学也派代表出席。',
  },
  {
    // Taiwan's characters and words (紐西蘭, 衛): read through the model folder's two tables (character by
    // character alone, 紐西蘭總理 is taken for a person's name).
    id: 'traditional',
    text:
      '中央社台北12月5日電 紐西蘭總理今天抵達台北，與行政院長在立法院會面，雙方同意加強經貿合作。' +
      '經濟部次長林志明隨後陪同貴賓前往新竹，參觀工業技術研究院的實驗室。\n' +
      '香港特區政府發言人指出，世界衛生組織的代表下週將訪問香港大學，與醫學院的研究團隊座談。',
  },
  {
    id: 'tricky',
    text:
      '<img src=x onerror=alert(1)> 这一行是HTML，应当原样显示。\n' +
      '😀 张伟在Google北京办公室工作，他的同事Alice来自伦敦。\n' +
      '全角ＡＢＣ与半角ABC混排；零宽\u200b字符；𠀋是扩展区汉字。',
  },
]

/**
 * A long document for trying the streaming progress bar: the samples repeated until `targetChars` is
 * reached, every paragraph numbered so that no two are identical (identical paragraphs are analysed
 * once, which would make the document look shorter to the model than it is).
 */
export function longDocument(targetChars = 100_000): string {
  const parts: string[] = []
  let length = 0
  for (let i = 1; length < targetChars; i++) {
    const lines = SAMPLES[(i - 1) % 3]!.text.split('\n')
    lines.forEach((line, j) => {
      const part = `（${i}.${j + 1}）${line}\n`
      parts.push(part)
      length += part.length
    })
  }
  return parts.join('').slice(0, targetChars)
}
