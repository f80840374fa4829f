// Car makes and models are no one's name (police QA, accident reports): what both models found over a car goes, people
// and places named with 汉 秦 宋 唐 stay. The entities are the models' own spans on these sentences (shiti-news-v1 "news",
// shiti-cluener-v1 "fine"), taken with scripts/lib/node-engine.
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { carSpans, withoutCarModels } from '../../../src/app/carModels'
import { redact } from '../../../src/app/redact'
import { chainOverlays } from '../../../src/app/overlays'
import { carModelOverlay } from '../../../src/app/carModels'

/** Entities at the given substrings, each after the one before. */
function spans(text: string, found: [string, string, number?][]): Entity[] {
  let from = 0
  return found.map(([name, type, score = 0.9]) => {
    const start = text.indexOf(name, from)
    if (start < 0) throw new Error(`${name} not in ${text}`)
    from = start + 1
    return { start, end: start + name.length, type, text: name, score }
  })
}
const kept = (text: string, found: [string, string, number?][]) => withoutCarModels(text, spans(text, found)).map((e) => `${e.type}:${e.text}`)
const pseudonym = (type: string, n: number) => `[${type}${n}]`
const ALL = new Set(['PER', 'LOC', 'ORG', 'COMPANY', 'SCENE'])

describe('withoutCarModels', () => {
  it('drops the make and the model the news model read as a company and a person (大众帕萨特 -> [机构1][人名2])', () => {
    const text = '当事人：赵立军，驾驶京A·12345号小型轿车（大众帕萨特，行驶证登记所有人：北京华联物流有限公司）。'
    const found: [string, string][] = [['赵立军', 'PER'], ['大众', 'ORG'], ['帕萨特', 'PER'], ['北京华联物流有限公司', 'ORG']]
    expect(kept(text, found)).toEqual(['PER:赵立军', 'ORG:北京华联物流有限公司'])
    expect(redact(text, withoutCarModels(text, spans(text, found)), { types: ALL, mode: 'pseudonym', pseudonym })).toBe(
      '当事人：[PER1]，驾驶京A·12345号小型轿车（大众帕萨特，行驶证登记所有人：[ORG1]）。')
  })

  it('leaves no half of a model (特斯拉Model 3 -> [机构4] 3, 奔驰E300 -> [机构5]E300)', () => {
    const text = '现场另有沪AD12345号车辆（特斯拉Model 3）停放，以及一辆黑色奔驰E300轿车。'
    const found: [string, string][] = [['特斯拉Model', 'ORG'], ['奔驰', 'ORG']]
    expect(kept(text, found)).toEqual([])
    expect(redact(text, withoutCarModels(text, spans(text, found)), { types: ALL, mode: 'pseudonym', pseudonym })).toBe(text)
  })

  it('drops the makes with models of either model, whatever type it gave them', () => {
    expect(kept('丰田凯美瑞、本田雅阁、日产轩逸三车连环追尾。', [['丰田', 'ORG'], ['凯美瑞', 'PER'], ['本田雅阁', 'ORG'], ['日产轩逸', 'ORG']])).toEqual([])
    expect(kept('特斯拉Model 3与特斯拉Model Y在路口追尾。', [['特斯拉Model 3', 'SCENE'], ['特斯拉Model Y', 'PER']])).toEqual([])
    expect(kept('车主李华的比亚迪汉EV停在地下车库。', [['李华', 'PER'], ['比亚迪汉EV', 'LOC']])).toEqual(['PER:李华'])
    expect(kept('王磊驾驶的宝马X5越野车撞上护栏。', [['王磊', 'PER'], ['宝马', 'ORG']])).toEqual(['PER:王磊'])
    expect(kept('刘洋驾驶奥迪A6L在南京路与一辆奥迪Q5发生剐蹭。', [['刘洋', 'PER'], ['奥迪A6L', 'ORG'], ['南京路', 'LOC']])).toEqual(['PER:刘洋', 'LOC:南京路'])
    expect(kept('宝马3系和宝马5系并排停放，奥迪Q3停在门口。', [['宝马3系', 'ORG'], ['宝马', 'ORG'], ['奥迪Q3', 'MOVIE']])).toEqual([])
    expect(kept('唐某驾驶比亚迪唐DM-i与宋某驾驶的比亚迪宋PLUS相撞。', [['唐', 'PER'], ['比亚迪', 'PER'], ['唐DM-i', 'PER'], ['宋', 'PER'], ['比亚迪宋PLUS', 'ORG']]))
      .toEqual(['PER:唐', 'PER:宋'])
  })

  it('keeps the place the fine-grained model ran a car into, after its preposition, and nothing else of such a run', () => {
    expect(kept('张汉明驾驶比亚迪秦PLUS沿解放路行驶。', [['张汉明', 'PER'], ['比亚迪秦PLUS沿解放路', 'LOC']])).toEqual(['PER:张汉明', 'LOC:解放路'])
    expect(kept('他驾驶一辆大众帕萨特轿车驶入辅路。', [['大众帕萨特轿车驶入辅路', 'LOC']])).toEqual([])
    expect(kept('特斯拉Model Y在路口追尾。', [['特斯拉Model Y在路口', 'LOC']])).toEqual([])
  })

  it('drops a model alone only where the sentence speaks of a vehicle, and only a name that is the model', () => {
    expect(kept('肇事车辆为白色卡罗拉，驾驶人王强已被控制。', [['卡罗拉', 'PER'], ['王强', 'PER']])).toEqual(['PER:王强'])
    expect(kept('韩冰说，他的帕萨特已经开了十年。', [['韩冰', 'PER'], ['帕萨特', 'PER']])).toEqual(['PER:韩冰'])
    // A person whose name holds a model's (孙思域), a foreign 卡罗拉, a 凯美瑞 the text does not say is a car.
    expect(kept('证人孙思域称看见一辆红色轿车驶离。', [['孙思域', 'PER']])).toEqual(['PER:孙思域'])
    expect(kept('卡罗拉·施密特驾车前往柏林。', [['卡罗拉·施密特', 'PER'], ['柏林', 'LOC']])).toEqual(['PER:卡罗拉·施密特', 'LOC:柏林'])
    expect(kept('赵雅阁是本案的被害人。', [['赵雅阁', 'PER']])).toEqual(['PER:赵雅阁'])
  })

  it('keeps people and places named with 汉 秦 宋 唐, and 比亚迪 only before a model', () => {
    expect(kept('秦朗驾驶一辆大众迈腾，在高速上超速。', [['秦朗', 'PER']])).toEqual(['PER:秦朗'])
    expect(kept('宋建国开着比亚迪宋Pro去接孩子。', [['宋建国', 'PER'], ['比亚迪宋Pro', 'PER']])).toEqual(['PER:宋建国'])
    expect(kept('唐小丽是比亚迪唐的车主。', [['唐小丽', 'PER'], ['比亚迪唐', 'PER']])).toEqual(['PER:唐小丽'])
    expect(kept('陈汉生和宋雨桐在唐山买了一辆丰田卡罗拉。', [['陈汉生', 'PER'], ['宋雨桐', 'PER'], ['唐山', 'LOC'], ['丰田', 'ORG'], ['卡罗拉', 'PER']]))
      .toEqual(['PER:陈汉生', 'PER:宋雨桐', 'LOC:唐山'])
    expect(kept('秦岭脚下的汉中市，一辆日产天籁与一辆别克君威相撞。', [['秦岭', 'LOC'], ['汉中市', 'LOC'], ['别克君威', 'LOC']])).toEqual(['LOC:秦岭', 'LOC:汉中市'])
    expect(kept('吴秦在汉口修车，民警在宋庄走访了车主。', [['吴秦', 'PER'], ['汉口', 'LOC'], ['宋庄', 'LOC']])).toEqual(['PER:吴秦', 'LOC:汉口', 'LOC:宋庄'])
    // 比亚迪's one-character model is a surname too: the salesman 秦朗 of 比亚迪秦朗经理 stays a person.
    expect(kept('比亚迪秦朗经理介绍了新车。', [['比亚迪秦朗', 'PER']])).toEqual(['PER:秦朗'])
    expect(kept('比亚迪汉族员工占多数。', [['比亚迪', 'ORG']])).toEqual(['ORG:比亚迪'])
  })

  it('leaves a make alone a company (特斯拉公司, 大众点评, a quarter after it)', () => {
    expect(kept('特斯拉公司首席执行官马斯克访问上海。', [['特斯拉公司', 'ORG'], ['马斯克', 'PER'], ['上海', 'LOC']])).toEqual(['ORG:特斯拉公司', 'PER:马斯克', 'LOC:上海'])
    expect(kept('比亚迪股份有限公司和大众汽车集团发布了年报。', [['比亚迪股份有限公司', 'ORG'], ['大众汽车集团', 'ORG']])).toEqual(['ORG:比亚迪股份有限公司', 'ORG:大众汽车集团'])
    expect(kept('特斯拉Q3财报显示营收增长，比亚迪H1营收也涨了。', [['特斯拉', 'ORG'], ['比亚迪', 'ORG']])).toEqual(['ORG:特斯拉', 'ORG:比亚迪'])
    expect(kept('大众点评的数据显示用户数增长。', [['大众', 'ORG']])).toEqual(['ORG:大众'])
    expect(carSpans('这首歌宛如天籁之音，海豚在游。')).toEqual([])
  })

  it('reads full-width letters and a space as the models write them', () => {
    expect(kept('一辆特斯拉Ｍｏｄｅｌ　３停在路边。', [['特斯拉', 'ORG']])).toEqual([])
    expect(kept('比亚迪 汉EV停在路边。', [['比亚迪', 'ORG']])).toEqual([])
  })

  it('is laid over the model entities first, as an overlay', () => {
    const text = '他开着大众帕萨特。'
    const found = spans(text, [['大众', 'ORG'], ['帕萨特', 'PER']])
    expect(chainOverlays(carModelOverlay())(text, found)).toEqual([])
  })
})
