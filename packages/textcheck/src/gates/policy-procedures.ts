// Procedures and admission rules of before a reform stated as today's (policy.superseded-as-current),
// read with the policy tense rules as the other stale statements are (stale-statements.ts):
// - the house and the land certificate applied for one after the other (先到房管部门办理房屋所有权证，
//   再到国土部门办理国有土地使用证): since 2015-03-01 (不动产登记暂行条例) one 不动产权证书 covers both;
// - school admission tied to the family's births (独生子女加10分, 独生子女考生优先录取): since the
//   decision of 2021-07-20 on the birth policy, 入学 is cut off from a family's births;
// - points in the gaokao for the national encouragement items (省级优秀学生（三好学生）…高考投档时可加20分,
//   体育特长生高考加分, 学科奥赛获奖者高考可加分): since 2015-01-01 (关于进一步减少和规范高考加分项目
//   和分值的意见) these items give no points; the 中考 and the remaining minority items are not named;
// - a compulsory-education school choosing its pupils by an entrance exam (各民办初中统一组织入学笔试
//   选拔, 小升初选拔考试): since 2019-06-23 (关于深化教育教学改革全面提高义务教育质量的意见) public and
//   private schools enrol together without exams and draw lots when oversubscribed;
// - the lightning-protection design of a house-building or municipal project reviewed, or its
//   completion accepted, by the meteorological office (after final202: 新建住宅小区、学校教学楼、医院等
//   房屋建筑工程的防雷装置设计，须报县气象局审核): since 国发〔2016〕39号 (国务院关于优化建设工程防雷许可的
//   决定, 2016-06-24) both are part of the construction-drawing review and the completion acceptance under
//   the housing and construction departments; the meteorological office keeps them only for oil, gas
//   and explosives depots, chemicals, fireworks, mines and scenic sites in lightning-prone areas and
//   projects needing special study, which stay quiet when named in the sentence.
// And a planning or land bureau of before the 2018 reform (城乡规划局, 国土部门) named in a post that is
// dated after it — a year from 2021 on, or a body the reform created named too: the same names in
// a post of 2017 are the bodies of their day, and no other word tells the two apart.
import type { GateFinding } from './gate-context.ts';
import { datedBefore, reportsAbolition } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements, type StaleStatement } from './stale-statements.ts';

const APPLY = '(?:办理|申领|领取|申请|办)';
const HOUSE_CERT = '(?:房屋所有权证|房产证|房权证|房屋产权证)';
const LAND_CERT = '(?:国有)?(?:土地使用(?:权)?证|国土证|土地证)';
const THEN = '(?:再|然后|之后|随后|并|还要|还需|另行|接着)';

/** One certificate applied for, then the other: 先…办理房屋所有权证，再…办理国有土地使用证. */
const TWO_CERTIFICATES = guard(
  new RegExp(
    `${APPLY}${IN}{0,4}?${HOUSE_CERT}${IN}{0,8}?${THEN}${IN}{0,16}?${APPLY}${IN}{0,4}?${LAND_CERT}|${APPLY}${IN}{0,4}?${LAND_CERT}${IN}{0,8}?${THEN}${IN}{0,16}?${APPLY}${IN}{0,4}?${HOUSE_CERT}`,
    'g',
  ),
);
/** The post tells of the unified certificate: 不动产权证书, 不动产统一登记. */
const UNIFIED = /不动产(?:权证|权属证书|登记证|统一登记)|两证合一|合并为/;

/** Points or priority for a family's births: 独生子女加10分, 独女户子女优先录取. */
const BIRTH_BONUS = guard(
  /(?:独生子女|独女户|双女户|二女户|计生户|计划生育(?:家庭|户))(?:家庭)?(?:的)?(?:考生|子女|学生|孩子)?[^。；！？\n，,]{0,10}?(?:可|可以|给予|享受|照顾|另)?(?:(?:加|增加|照顾加|奖励)[0-9０-９一二三四五六七八九十]+分|加分(?:照顾)?|优先录取|降分录取)/g,
);
const BONUS_ENDED = /取消|不再|停止|废止|已调整|脱钩/;
/** Whether the sentence around [start, end) tells the bonus ended. */
const bonusEndedInSentence = (text: string, start: number, end: number): boolean => {
  const [from, to] = sentenceAround(text, start, end);
  return BONUS_ENDED.test(text.slice(from, to));
};

/** The national encouragement items of the gaokao, abolished in 2015. */
const ENCOURAGEMENT_ITEM =
  '(?:(?:省级|市级|全国)?(?:优秀学生(?:干部)?|三好学生|优秀学生干部)|体育特长生|(?:国家)?二级(?:及以上)?运动员|(?:学科|中学生学科|数学|物理|化学|生物|信息学)?奥(?:林匹克)?(?:赛|竞赛)|科技(?:类|创新)?(?:竞赛|大赛)|思想政治品德(?:方面)?有突出事迹)';
/** Points for such an item at the gaokao: 三好学生…高考投档时可加20分, 体育特长生高考加分. */
const GAOKAO_BONUS = guard(
  new RegExp(
    `${ENCOURAGEMENT_ITEM}[^。；！？\\n]{0,30}?(?:高考|普通高校招生|高校招生|投档|统一招生)[^。；！？\\n]{0,10}?(?:可|可以|给予|享受|照顾|另|时)?(?:(?:加|增加|照顾加|奖励|追加)[0-9０-９一二三四五六七八九十]+分|加分(?:照顾|录取|投档)?|降分(?:录取|投档))`,
    'g',
  ),
);

/** A school of compulsory education: 民办初中, 小学, 小升初, 七年级. */
const COMPULSORY = /初中|初级中学|小学|九年一贯|义务教育|小升初|幼升小|七年级|初一|一年级/;
const SENIOR = /高中|中考|高考|中职|中专|职高|大学|高校|研究生|技工/;
/** Chosen by an exam: 入学笔试选拔, 招生考试, 选拔性测试, 笔试…择优录取. */
const ENTRANCE_EXAM = guard(
  /(?:统一)?(?:组织|举行|进行|开展|安排)?(?:入学|招生|选拔性?|小升初)(?:考试|笔试|测试|测评|面试|考核)(?:选拔)?|(?:笔试|考试|测试|测评)(?:选拔|择优录取|按成绩录取)/g,
);
/** Pupils chosen by the result (选拔, 择优录取, 按成绩), not an exam merely named (小升初考试时填写意向). */
const SELECTED = /选拔|择优|按成绩|成绩排名|按分数|笔试科目|考试科目|测试科目/;
const EXAM_BANNED =
  /严禁|禁止|不得|不准|一律不|不组织|不举行|不进行|不再|取消|免试|电脑随机|随机录取|摇号|派位|违规|查处|变相/;

/**
 * The lightning-protection design or acceptance put to the meteorological office: 防雷装置设计，须报县
 * 气象局审核, 防雷装置竣工后须经气象局验收, 由气象部门进行防雷装置设计审核.
 */
const LIGHTNING_REVIEW = guard(
  new RegExp(
    `防雷装置(?:的)?(?:设计|竣工|施工)${IN}{0,12}?(?:报|经|由|向|送)${IN}{0,8}?气象(?:局|部门|主管机构|主管部门|机构)${IN}{0,6}?(?:审核|审查|验收|许可|批准)|气象(?:局|部门|主管机构|主管部门|机构)${IN}{0,10}?(?:审核|审查|验收|许可)${IN}{0,6}?防雷装置(?:的)?(?:设计|竣工)`,
    'g',
  ),
);
/** A house-building or municipal project: the projects the 2016 decision moved. */
const HOUSE_BUILDING =
  /房屋建筑|住宅|小区|居民楼|商品房|学校|教学楼|医院|商场|写字楼|办公楼|市政(?:基础设施)?|公共建筑/;
/** The sites the meteorological office keeps, or the change told. */
const KEPT_OR_CHANGED =
  /油库|气库|油气|加油站|加气站|弹药|化学品|危险品|危化品|烟花爆竹|爆炸|易燃易爆|石化|矿区|景区|旅游景点|单独安装|特殊论证|施工图(?:设计文件)?审查|住房和城乡建设|住建|整合|纳入|不再|取消|原来|原先|以前|过去|此前|2016年(?:以|之)?前|[？?]|吗/;

const STATEMENTS: readonly StaleStatement[] = [
  {
    re: TWO_CERTIFICATES,
    supersededOn: '2015-03-01',
    toldChanged: (text) => UNIFIED.test(text),
    message:
      '自2015年3月1日不动产统一登记起，房屋所有权证和土地使用证已合并为不动产权证书，无需分别办理',
    suggestion: '办理不动产权证书',
  },
  {
    re: BIRTH_BONUS,
    supersededOn: '2021-07-20',
    toldChanged: bonusEndedInSentence,
    message:
      '按照优化生育政策的决定，入学、升学已与个人生育情况全面脱钩，不再对独生子女等给予加分或优先',
  },
  {
    re: GAOKAO_BONUS,
    supersededOn: '2015-01-01',
    toldChanged: bonusEndedInSentence,
    message:
      '自2015年起，省级优秀学生、体育特长生、学科奥赛、科技类竞赛、思想政治品德有突出事迹等全国性高考鼓励类加分项目已取消',
  },
  {
    re: ENTRANCE_EXAM,
    supersededOn: '2019-06-23',
    toldChanged: (text, start, end) => {
      const [from, to] = sentenceAround(text, start, end);
      const sentence = text.slice(from, to);
      return (
        !COMPULSORY.test(sentence) ||
        !SELECTED.test(sentence) ||
        SENIOR.test(sentence) ||
        EXAM_BANNED.test(sentence)
      );
    },
    message:
      '义务教育阶段学校（含民办学校）招生不得以考试、测试选拔学生，报名超过计划的实行电脑随机录取',
  },
  {
    re: LIGHTNING_REVIEW,
    supersededOn: '2016-06-24',
    toldChanged: (text, start, end) => {
      // The project is often named before the clause (新建住宅小区…等房屋建筑工程的防雷装置设计).
      const [from, to] = sentenceAround(text, start, end);
      const sentence = text.slice(Math.min(from, Math.max(0, start - 60)), to);
      return !HOUSE_BUILDING.test(sentence) || KEPT_OR_CHANGED.test(sentence);
    },
    message:
      '依据《国务院关于优化建设工程防雷许可的决定》（国发〔2016〕39号），房屋建筑工程和市政基础设施工程的防雷装置设计审核、竣工验收已整合纳入建筑工程施工图审查、竣工验收备案，由住房城乡建设部门监管，不再由气象部门审核验收',
  },
];

/** Planning and land bureaus merged into the natural-resources bodies in the 2018 reform. */
const FORMER_BUREAU = guard(
  /城乡规划(?:管理)?局|城市规划局|规划和国土资源(?:局|委员会)|规划国土(?:资源)?局|国土(?:资源)?部门/g,
);
/** A body the reform created. */
const REFORM_BODY =
  /自然资源(?:和规划)?(?:局|厅|部门|委员会)|规划和自然资源(?:局|委员会)|市场监督管理局|市场监管局|应急管理(?:局|厅)|生态环境局|卫生健康(?:委员会|委|局)|卫健委|医疗保障局|医保局|退役军人事务(?:局|厅)|文化和旅游(?:局|厅)|农业农村(?:局|厅)/;
/** A year when the local reforms were done (2021 on), and one when they were not (up to 2020). */
const LATE_YEAR = /20(?:2[1-9]|[3-9][0-9])\s*年/;
const EARLY_YEAR = /(?:19[0-9]{2}|20(?:[01][0-9]|20))\s*年/;

/**
 * The post is dated after the reform: a year from 2021 on, or a body the reform created and no year
 * of the transition or before (a reply of 2019 may name 国土部门 and 自然资源局 side by side).
 */
const afterReform = (text: string): boolean =>
  LATE_YEAR.test(text) || (REFORM_BODY.test(text) && !EARLY_YEAR.test(text));

function formerBureaus(text: string): GateFinding[] {
  if (!afterReform(text)) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(FORMER_BUREAU, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/原$|前$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    if (reportsAbolition(text, start, end) || datedBefore(text, start, end, '2019-01-01')) continue;
    out.push({
      gate: 'policy',
      rule: 'policy.superseded',
      severity: 'warn',
      start,
      end,
      message:
        '城乡规划、国土资源部门已于2018年机构改革中整合为自然资源部门（各地名称不一，如自然资源和规划局）',
      suggestion: '自然资源和规划局',
    });
  }
  return out;
}

/** The stale procedures and admission rules, and the former bureaus of a dated post. */
export function staleProcedures(text: string): GateFinding[] {
  return [...STATEMENTS.flatMap((s) => staleStatements(text, s)), ...formerBureaus(text)];
}
