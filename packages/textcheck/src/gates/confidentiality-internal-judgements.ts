// An office's internal material told before it is settled or released: figures the post itself
// calls an internal estimate not yet published (以上数据为内部初步测算，尚未对外发布), an office's own
// internal assessment quoted (据我办内部研判, 根据我局内部掌握的情况), a meeting's preliminary view told
// while the final plan waits (初步意见是压减城区投资…最终方案待下次会议确定), a post's successor settled by
// a standing committee before the 任前公示 (市委常委会已研究拟由张某某同志接任), and where a visiting
// leader will stay, down to the building (下榻西湖国宾馆8号楼). All are work secrets until released; a
// publicity notice (任前公示, 现予公示) and a figure or plan the post says is published are not.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Published on purpose: a notice of the appointment or the plan. */
const NOTICE =
  /现予以?公示|特此公示|公示期|公示时间|公示如下|任前公示|已(?:正式)?(?:公布|发布|印发)/;
/** The final plan or decision still to come. */
const FINAL_PENDING = new RegExp(
  `(?:最终|正式)(?:方案|意见|决定|结果)${IN}{0,8}?(?:待|尚未|还未|未|将在|将于)|待${IN}{0,10}?(?:研究|审议|会议|讨论)${IN}{0,4}?(?:确定|决定|后)|(?:尚未|还未|还没有?)(?:最终)?(?:确定|定稿|定案|决定)|不同意见`,
);

export const INTERNAL_JUDGEMENT_FAMILIES: Family[] = [
  {
    // Data the post calls an internal estimate and unreleased, in either order: 以上数据为内部初步测算，
    // 尚未对外发布; （内部统计数，暂未公开）; 尚未对外公布的内部测算数据显示. A release's word that its
    // data are preliminary (初步核算数) names nothing internal.
    re: new RegExp(
      `内部(?:初步)?(?:测算|核算|估算|统计|掌握|汇总)(?:数|数据|数字|结果)?[，,、（(]?\\s*(?:目前)?(?:尚未|还未|暂未|未|暂不)(?:正式)?(?:对外)?(?:发布|公布|公开)|(?:尚未|还未|暂未)(?:正式)?(?:对外)?(?:发布|公布|公开)的内部(?:初步)?(?:测算|核算|估算|统计)(?:数|数据|数字|结果)`,
      'g',
    ),
    widenLeft: /(?:以上|上述|该|此|这些|本)?(?:数据|数字|情况)?(?:为|系|是|属)$/,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '文中注明为尚未对外发布的内部测算数据，属工作秘密，不宜公开，请核实',
  },
  {
    // An office's own internal assessment quoted as the source: 据我办内部研判, 根据我局内部掌握的情况,
    // 经本单位内部评估. A public 综合研判 or 经研判 without 内部 is an office's stated view.
    // A working group's own closed meeting too: 据巡察组内部碰头会研判, 经专案组内部会商分析; and a
    // command or task force's (根据指挥部内部研判, 据县疫情防控指挥部内部研判, 经工作专班内部评估).
    re: /(?:据|经|根据|按照?)(?:我(?:办|局|委|厅|部|处|室|院|所|中心|单位)|本(?:单位|部门|机关|局|办)|(?:巡察|巡视|审计|调查|专案|督查|核查|检查|工作|考察)组|[\u4e00-\u9fff]{0,8}?(?:指挥部|工作专班|专班|领导小组|防控办|应急办|疾控中心|联防联控机制))?内部(?:碰头会|碰头|会商会?|会议|讨论会?|分析会|研判会)?(?:上)?(?:的)?(?:研判|评估|分析|判断|掌握(?:的情况)?|通报|消息)/g,
    when: (text) => !NOTICE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '引用机关内部研判、评估情况，属工作秘密，不宜公开发布，请核实',
  },
  {
    // A meeting's preliminary view told while the final plan waits: 会上初步意见是压减城区投资、暂缓北区
    // 两座变电站建设…最终方案待下次会议确定; 党组会初步考虑为… A view announced as decided is no leak.
    re: new RegExp(
      `(?<=(?:会议|会上|党委会|党组会|常委会|办公会|常务会|碰头会|专题会)${IN}{0,30}?)初步(?:意见|意向|考虑|倾向|方案|想法)(?:是|为|倾向于?)${IN}{2,40}?(?=[。；！？!?\\n]|[，,]${IN}{0,16}?(?:不同意见|最终|待|尚未))`,
      'g',
    ),
    when: (text) => FINAL_PENDING.test(text) && !NOTICE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '会议尚未形成最终决定的初步意见属工作秘密，不宜公开，请核实',
  },
  {
    // A successor settled by a leading body and not yet publicised: 市委常委会已研究拟由张某某同志接任,
    // 县委常委会研究决定拟由李某担任, 党组会已酝酿拟由王某某接替. The 任前公示 itself publishes him.
    re: new RegExp(
      `(?:常委会|党组会|党委会|党组|书记办公会|组织部)(?:议)?(?:已经?|日前|近日)?(?:研究|讨论|酝酿|审议)(?:决定|同意|通过)?[，,]?(?:拟|初步确定|初定|拟定|决定)由${IN}{2,20}?(?:接任|出任|担任|接替|兼任|主持)`,
      'g',
    ),
    when: (text) => !NOTICE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // Where a visitor will stay, down to the building or room: 下榻西湖国宾馆8号楼, 将入住某宾馆3号楼.
    // A hotel named alone after the visit (代表团下榻某酒店) gives no security detail.
    re: new RegExp(
      `(?:下榻|将入住|拟入住|安排入住)${IN}{2,16}?(?:[0-9０-９一二三四五六七八九十]+号楼|[0-9０-９]+(?:号房|房间|号套房)|总统套房)`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开来访领导、外宾下榻的具体楼号房号，涉及安保秘密，请核实',
  },
  {
    // An internal count quoted, then said to be unreleased or of a disease (据内部统计，截至今日我市累计
    // 发现猴痘病例7例，该数据尚未对外发布; 根据内部汇总，全县已有3人死亡). Case counts of an infectious disease
    // are released by the health authority; an internal tally given first is a work secret.
    re: new RegExp(
      `(?:据|根据|按照?)(?:我(?:局|委|办|市|县|区)|本(?:单位|部门|系统))?内部(?:初步)?(?:测算|核算|估算|统计|汇总|摸排)(?:数据|数字|结果|情况)?[，,：:]?${IN}{2,40}?(?:(?=[，,]?(?:该|此|上述|以上|这一?|相关)?(?:数据|数字|情况)(?:目前)?(?:尚未|还未|暂未|未)(?:正式)?(?:对外)?(?:发布|公布|公开))|(?:病例|确诊|感染者?|死亡|患者)${IN}{0,6}?[0-9０-９一二三四五六七八九十百]+(?:例|人|名))`,
      'g',
    ),
    when: (text) => !NOTICE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '援引尚未对外发布的内部统计数据，属工作秘密，不宜公开，请核实',
  },
  {
    // A closed meeting's deliberation to hold back an enforcement decision: 在昨天的局党组会上，大家讨论
    // 认为对某乳企的虚假广告处罚决定暂缓公开; 局长办公会研究决定暂不公布该企业名单. How a penalty's
    // publication was weighed is a work secret; a decision published (依法向社会公开) holds nothing back.
    re: new RegExp(
      `(?:党组会|党委会|常委会|办公会|常务会|碰头会|专题会|局务会|班子会|联席会)(?:议)?(?:上)?${IN}{0,40}?(?:暂缓|暂不|推迟|延后|先不|不予|暂时不)(?:对外|向社会)?(?:公开|公布|发布|公示|曝光)`,
      'g',
    ),
    widenLeft:
      /(?:在|于)?(?:昨天|昨日|今天|今日|日前|近日|本周|上周)?(?:的|召开的)?[\u4e00-\u9fa5]{0,2}$/,
    when: (text) => !NOTICE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开内部会议对处罚、案件信息暂缓公开的讨论情况，属工作秘密，请核实',
  },
];
