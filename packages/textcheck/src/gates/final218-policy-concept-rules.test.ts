// The policy rules for the misses of four blind every-gate sets (final218 to final221: courts,
// discipline and secrecy, taxation and local finance, unions and federations and cyberspace), each
// written for a concept: the small-claims ceiling at its old 30 %, the old 24 %/36 % lines of private
// lending, the small-scale taxpayers' old VAT threshold reported for each figure it names, a minor's
// online-game hours of the 2019 notice, a law cited by a replaced revision (also told by the day it
// took effect), and a regulation a law took over named as today's main basis; and quiet: the new
// figure, the change told, history, another matter.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the small-claims ceiling at 30 % (policy-stale-limits.ts)
  [
    'policy',
    '【诉讼小贴士】什么是小额诉讼？根据民事诉讼法规定，事实清楚、权利义务关系明确、争议不大的简单金钱给付民事案件，标的额为本省上年度就业人员年平均工资百分之三十以下的，适用小额诉讼程序审理，实行一审终审。',
    '年平均工资百分之三十以下',
  ],
  [
    'policy',
    '小额诉讼案件的标的额须在各省上一年度职工平均工资的30%以下，一审终审，当事人不得上诉。',
    '平均工资的30%以下',
  ],
  [
    'policy',
    '法官提醒：争议金额不超过本省上年度就业人员年平均工资百分之三十的简单民事案件实行一审终审。',
    '年平均工资百分之三十',
  ],
  // the lending lines of the 2015 interpretation (policy-stale-limits.ts)
  [
    'policy',
    '根据现行规定，借贷双方约定的年利率未超过24%的，受法律保护；超过36%的，超过部分的利息约定无效。',
    '年利率未超过24%的，受法律保护',
  ],
  [
    'policy',
    '法官提醒：民间借贷中，出借人与借款人约定的利率在24%以内的，法院予以支持。',
    '利率在24%以内的，法院予以支持',
  ],
  [
    'policy',
    '借钱给亲友要注意：借款利息超过年利率36%的部分无效，借款人有权拒绝支付。',
    '超过年利率36%的部分无效',
  ],
  // the small-scale taxpayers' threshold of 2021 and 2022, each figure (proximity.json)
  [
    'policy',
    '【小规模纳税人优惠】小规模纳税人发生增值税应税销售行为，合计月销售额未超过15万元（以1个季度为1个纳税期的，季度销售额未超过45万元）的，免征增值税。',
    '月销售额未超过15万元',
  ],
  [
    'policy',
    '问：个体户怎样享受税收优惠？答：目前月销售额15万元以下的小规模纳税人免征增值税。',
    '月销售额15万元以下',
  ],
  [
    'policy',
    '按季度申报的小规模纳税人，季度销售额不超过45万元的，免征增值税。',
    '季度销售额不超过45万元',
  ],
  // a minor's online-game hours of the 2019 notice (policy-stale-limits.ts)
  [
    'policy',
    '按照相关规定，网络游戏企业向未成年人提供游戏服务，法定节假日每日累计不得超过3小时，其他时间每日累计不得超过1.5小时，每日22时至次日8时不得提供服务。',
    '其他时间每日累计不得超过1.5小时',
  ],
  [
    'policy',
    '防沉迷系统上线后，未成年人玩网络游戏平时每天不能超过1.5小时，节假日不能超过3小时。',
    '每天不能超过1.5小时',
  ],
  [
    'policy',
    '网信部门提醒：游戏企业向青少年提供网络游戏服务，节假日每日累计不得超过三小时。',
    '节假日每日累计不得超过三小时',
  ],
  // a law cited by a replaced revision (policy-law-editions.ts)
  [
    'policy',
    '近日，青屿县检察院依据现行《刑事诉讼法》（2012年修正）第二百七十一条，对涉嫌盗窃的未成年人依法作出附条件不起诉决定。',
    '《刑事诉讼法》（2012年修正）',
  ],
  [
    'policy',
    '根据2010年修订施行的《中华人民共和国保守国家秘密法》有关规定，任何机关、单位和个人不得在互联网中传递国家秘密。',
    '2010年修订施行的《中华人民共和国保守国家秘密法》',
  ],
  [
    'policy',
    '公民认为行政机关的行政行为侵犯其合法权益的，可以依照《中华人民共和国行政诉讼法》（2014年修正）提起诉讼。',
    '《中华人民共和国行政诉讼法》（2014年修正）',
  ],
  [
    'policy',
    '依据《中华人民共和国工会法》（2009年修正），用人单位应当按全部职工工资总额的百分之二向工会拨缴经费。',
    '《中华人民共和国工会法》（2009年修正）',
  ],
  // a regulation a law took over, named as today's main basis (superseded.tsv, policy-tense.ts)
  [
    'policy',
    '目前，我国无障碍环境建设的主要依据是2012年施行的《无障碍环境建设条例》，其中明确新建公共建筑应当符合无障碍设施工程建设标准。',
    '无障碍环境建设条例',
  ],
  [
    'policy',
    '依据《无障碍环境建设条例》，县住建局将对新建小区无障碍设施开展专项督查。',
    '无障碍环境建设条例',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  // the small-claims ceiling now, and a 30 % of the wage in another matter
  [
    'policy',
    '标的额为本省上年度就业人员年平均工资百分之五十以下的简单金钱给付案件，适用小额诉讼程序，实行一审终审。',
  ],
  ['policy', '灵活就业人员可在当地上年度职工平均工资的60%至300%之间选择缴费基数。'],
  [
    'policy',
    '修改前的民事诉讼法规定，小额诉讼标的额为年平均工资百分之三十以下，2022年起提高到百分之五十。',
  ],
  // the LPR cap now, the old lines told old, and a growth rate
  [
    'policy',
    '民间借贷双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的，超过部分不受法律保护。',
  ],
  [
    'policy',
    '2020年8月20日以前，借贷双方约定的年利率未超过24%的，受法律保护；此后以LPR的四倍为上限。',
  ],
  ['policy', '今年前三季度，全县民间投资同比增长24%，贷款余额增长36%。'],
  // the VAT threshold now, and the 2021 figure dated
  [
    'policy',
    '增值税小规模纳税人合计月销售额未超过10万元（季度销售额未超过30万元）的，免征增值税。',
  ],
  ['policy', '2021年4月1日至2022年12月31日，小规模纳税人月销售额15万元以下的，免征增值税。'],
  // the 2021 hours, a family's own agreement, and a time in another matter
  [
    'policy',
    '网络游戏企业仅可在周五、周六、周日和法定节假日每日20时至21时向未成年人提供1小时服务。',
  ],
  ['policy', '建议家长与孩子约定，每天玩游戏的时间累计不超过1.5小时。'],
  ['policy', '中欧班列平均通关时间压缩至1.5小时以内，节假日也不超过3小时。'],
  // the revision in force, a history step, and an implementing rule
  [
    'policy',
    '检察机关依据《中华人民共和国刑事诉讼法》（2018年修正）第二百八十二条作出附条件不起诉决定。',
  ],
  ['policy', '2012年修正的《刑事诉讼法》首次确立了未成年人附条件不起诉制度。'],
  [
    'policy',
    '新修订的《中华人民共和国保守国家秘密法》自2024年5月1日起施行，2010年修订的保密法同时失效。',
  ],
  // the law now, the law and the regulation cited together, and a city's own regulation
  [
    'policy',
    '根据《中华人民共和国无障碍环境建设法》，新建公共建筑应当符合无障碍设施工程建设标准。',
  ],
  [
    'policy',
    '根据《中华人民共和国无障碍环境建设法》和《无障碍环境建设条例》，新建公共建筑应当配套建设无障碍设施。',
  ],
  ['policy', '《北京市无障碍环境建设条例》对公共场所无障碍设施的维护作出了规定。'],
];

describe('concept rules for the policy misses of final218 to final221', () => {
  itReportsFamilies(CATCHES, QUIET);
});
