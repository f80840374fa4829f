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
    // Companies, ministries and a foreign city, each of which the news model reads right (checked with `npm run
    // annotate`), in words of our own rather than a news wire's stock phrases (中国将继续扩大对外开放 is one): the
    // sample before showed its mistakes first (华 of 华为 as a place, 腾讯 missed, 法兰克福新建数据中心 as one place;
    // design QA).
    id: 'business',
    text:
      '华为公司今天在深圳发布年度报告。首席财务官孙丽华表示，公司将在德国慕尼黑设立新的研究中心，并与当地高校合作培养人才。\n' +
      '商务部发言人当天回答记者提问时说，欢迎外资企业扩大在中国的业务。腾讯公司和小米集团也晒出了第三季度成绩单；中国人民银行称，企业贷款需求有所回暖。',
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
    // Text as it is pasted from the web and chats: an emoji (two UTF-16 units), Latin among Han characters, a URL,
    // a pasted HTML tag (shown as typed, never run), full-width letters and digits, a zero-width space (U+200B,
    // after 折叠屏) and a rare character outside the BMP (𠀋, a surrogate pair) in a name. It read as a debug page
    // before (<img src=x onerror=alert(1)>, "这一行是HTML", design QA).
    id: 'tricky',
    text:
      '朋友圈转发😀：张伟今天在Google北京办公室做了分享，录像见 https://example.com/talk?id=42 。\n' +
      '网店商品页复制：<b>限时特价</b> 华为ＭａｔｅＸ６折叠屏\u200b手机，另有 iPhone 15 可选；店主李𠀋说周末从广州发货。',
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
