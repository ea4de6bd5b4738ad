// A body named with the national prefix 国家 that is no state body: 国家气象总局 (中国气象局), 国家农业农村
// 委员会 (农业农村部), 国家铁路总局 (国家铁路局). The names that do exist are listed — the bodies of the
// State Council and its offices, commissions and headquarters, with their short forms — and any other
// 国家 + name + unit (委员会, 总局, 局, 总署, 署, 委, 办公室) is reported for checking. Former
// bodies are the policy gate's (superseded.tsv), and the stems of `state-body.ts`, which judges their
// prefixes and units itself, are left to it.
import type { SupersededEntry } from '../rules/types.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** Names with 国家 that are right, full and short (国家发展和改革委员会, 国家发改委). */
const NATIONAL_BODIES = [
  '国家安全部',
  '国家监察委员会',
  '国家监委',
  '国家发展和改革委员会',
  '国家发展改革委',
  '国家发改委',
  '国家民族事务委员会',
  '国家民委',
  '国家卫生健康委员会',
  '国家卫生健康委',
  '国家卫健委',
  '国家市场监督管理总局',
  '国家市场监管总局',
  '国家金融监督管理总局',
  '国家金融监管总局',
  '国家广播电视总局',
  '国家广电总局',
  '国家体育总局',
  '国家税务总局',
  '国家统计局',
  '国家国际发展合作署',
  '国家医疗保障局',
  '国家医保局',
  '国家机关事务管理局',
  '国家国防科技工业局',
  '国家国防科工局',
  '国家信访局',
  '国家粮食和物资储备局',
  '国家粮储局',
  '国家能源局',
  '国家数据局',
  '国家烟草专卖局',
  '国家烟草局',
  '国家移民管理局',
  '国家移民局',
  '国家林业和草原局',
  '国家林草局',
  '国家铁路局',
  '国家邮政局',
  '国家文物局',
  '国家中医药管理局',
  '国家中医药局',
  '国家疾病预防控制局',
  '国家疾控局',
  '国家矿山安全监察局',
  '国家矿山安监局',
  '国家消防救援局',
  '国家外汇管理局',
  '国家外汇局',
  '国家药品监督管理局',
  '国家药监局',
  '国家知识产权局',
  '国家新闻出版署',
  '国家电影局',
  '国家版权局',
  '国家互联网信息办公室',
  '国家网信办',
  '国家保密局',
  '国家密码管理局',
  '国家档案局',
  '国家宗教事务局',
  '国家宗教局',
  '国家公务员局',
  '国家外国专家局',
  '国家外专局',
  '国家航天局',
  '国家原子能机构',
  '国家核安全局',
  '国家海洋局',
  '国家语言文字工作委员会',
  '国家语委',
  '国家标准化管理委员会',
  '国家标准委',
  '国家认证认可监督管理委员会',
  '国家认监委',
  '国家自然科学基金委员会',
  '国家自然科学基金委',
  '国家减灾委员会',
  '国家减灾委',
  '国家禁毒委员会',
  '国家禁毒委',
  '国家禁毒办',
  '国家防汛抗旱总指挥部',
  '国家森林草原防灭火指挥部',
  '国家防灭火指挥部',
  '国家国防动员委员会',
  '国家国动委',
  '国家边海防委员会',
  '国家人民防空办公室',
  '国家人防办',
  '国家能源委员会',
  '国家科技伦理委员会',
  '国家安全委员会',
  '国家民航局',
  '国家审计署',
  '国家海关总署',
  '国家乡村振兴局',
  '国家测绘地理信息局',
  '国家防总',
  '国家防灾减灾救灾委员会',
  '国家防减救灾委',
  '国家防减灾救灾委员会',
  '国家认可委员会',
  '国家留学基金管理委员会',
  '国家留学基金委',
  '国家司法考试办公室',
  '国家预防腐败局',
  '国家气象局',
  '国家计划委员会',
  '国家经济贸易委员会',
  '国家经贸委',
  '国家科学技术委员会',
  '国家科委',
  '国家教育委员会',
  '国家教委',
  '国家体育运动委员会',
  '国家计划生育委员会',
  '国家计生委',
  '国家环境保护总局',
  '国家环保总局',
];

/**
 * The units a body's name ends with. 部 and 办 are left out: 国家住建部, 国家人社部 are informal names of
 * ministries (state-body.ts), and with them the search reads phrases (国家财政再拨付一部).
 */
const UNIT = '委员会|总指挥部|指挥部|总局|总署|办公室|局|署|委';
/**
 * 国家, a name of two to eight characters, a unit — not a foreign country's (美国国家海洋大气局), not
 * followed by what makes the unit part of a word (局长, 委员, 署名) and not a grade or a group (国家级,
 * 国家有关部委, 国家各部门).
 */
const CANDIDATE = guard(
  new RegExp(
    `(?<![国邦])国家(?![级的各有相和与及、])([\\u4e00-\\u9fff]{2,8}?)(?:${UNIT})(?![门长员署属委会理法事公级])`,
    'g',
  ),
);
/** Words that end like a unit: 发展大局, 机构改革部署, 主席签署. */
const WORD_NOT_UNIT = /(?:大|格|布|全|结|时|当|开|变|定|赌|骗)局$|(?:部|签|布)署$/;
/**
 * Names that are no body: 国家电网…供电局, 国家开发银行, 国家大剧院, 国家重点实验室…办公室; and two bodies
 * joined (国家监察部与中央纪委), a unit inside the name.
 */
const NOT_A_BODY =
  /[一二三四五六七八九十两多几与及同跟部局署]|主席|领导|电网|公司|集团|银行|大学|学院|医院|中心|实验室|基地|公园|工程|项目|标准|剧院|图书馆|博物馆|重点|一级|二级|三级|有关|相关|部委|机关|层面|战略|政策|法律|规定|统一|安全|利益|和地方|省|市|县/;

const supersededNames = new WeakMap<readonly SupersededEntry[], Set<string>>();
function formerNames(list: readonly SupersededEntry[]): Set<string> {
  let names = supersededNames.get(list);
  if (!names) supersededNames.set(list, (names = new Set(list.map((entry) => entry.term))));
  return names;
}

/**
 * A known name that starts the candidate or that the candidate starts (国家统计局 in 国家统计局长春调查队),
 * or a former body with or without 国家 (国家卫计委: 卫计委 is superseded).
 */
const isKnown = (name: string, former: Set<string>) =>
  former.has(name) ||
  former.has(name.slice(2)) ||
  NATIONAL_BODIES.some((body) => name.startsWith(body) || body.startsWith(name));

export function findUnknownNationalBodies(
  ctx: GateContext,
  stateBodyStems: ReadonlySet<string>,
): GateFinding[] {
  const text = ctx.doc.text;
  const former = formerNames(ctx.rules.tables.superseded);
  const out: GateFinding[] = [];
  for (const m of guardedMatches(CANDIDATE, text)) {
    const stem = m[1] ?? '';
    if (NOT_A_BODY.test(stem) || stateBodyStems.has(stem) || WORD_NOT_UNIT.test(m[0])) continue;
    if (isKnown(m[0], former)) continue;
    out.push({
      gate: 'political',
      rule: 'political.body-name',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: `“${m[0]}”不是国家机关的规范名称，请核实（如中国气象局、海关总署、农业农村部）`,
    });
  }
  return out;
}
