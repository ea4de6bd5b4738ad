// How a party or discipline body split over a case, told with its decision: 讨论中，有两名常委主张给予留党
// 察看处分，经表决最终决定给予党内严重警告处分; 多数委员认为应给予撤职处分，个别委员持保留意见; 以7票赞成、
// 2票反对通过. The decision on a cadre is published; who argued for what and how the members voted are
// a work secret of the body (the secrecy rules of the discipline inspection organs). A people's
// congress, a political consultative conference, villagers' or owners' meetings vote in public, and a
// meeting that decided nothing is confidentiality-meeting-positions.ts's. A court's judicial committee
// or collegial bench and a procuratorate's committee split the same way (该案经本院审判委员会讨论，其中
// 3名委员主张判处死缓; 合议庭评议中，一名法官持不同意见): how they deliberated is a secret of the trial
// even after the verdict is pronounced (the courts' secrecy rules), so the verdict does not free it.
// The bench's preliminary or leaning view told before the judgement (合议庭评议后初步意见为驳回原告全部
// 诉讼请求) is the same deliberation.
import type { Family } from './confidentiality-family.ts';

const COUNT = '[0-9０-９一二两三四五六七八九十]+';
/** Some of the members: 两名常委, 多数委员, 个别同志, 部分班子成员. */
const MEMBERS = `(?:${COUNT}(?:名|位|个)|部分|个别|少数|多数|大多数|多名|几名|一些)(?:常委|委员|成员|同志|参会人员|参会同志|与会人员|与会同志|班子成员|领导)`;
/** A position or a vote: 主张, 认为, 持保留意见, 投了反对票. */
const STANCE =
  '(?:提出|认为|主张|坚持|建议|反对|不同意|倾向于?|持保留意见|持不同意见|投(?:了)?(?:反对|弃权|赞成)票)';
/** A party or discipline body deciding a case. */
const CASE_BODY = /纪委|纪工委|监委|党委|党组|党工委|县委|市委|区委|审理室|审理委员会/;
const CASE = /案件|违纪|违法|处分|问责|审查|审理|处理意见|纪律处分|免职|撤职/;
/** Bodies and meetings that deliberate in public. */
const PUBLIC_VOTE = /人大|政协|代表|听证|村民|业主|居民|职工大会|调解/;

/** A court's or procuratorate's deliberating body. */
const COURT_BODY = /审判委员会|审委会|合议庭|检察委员会|检委会/;
/** Some of its members: 3名委员, 一名法官, 部分委员, 两名审判员, 多数检委会委员, 三名法官中两人, 审判长 (持不同意见). */
const BENCH_MEMBERS = `(?:(?:法官|委员|审判员|成员)(?:中|里|当中)${COUNT}(?:人|名|位)|(?:审判长|主审法官)(?=持)|(?:${COUNT}(?:名|位|个)|部分|个别|少数|多数|大多数|多名|几名|一些)(?:审委会|检委会)?(?:委员|法官|审判员|人民陪审员|陪审员|检察官|合议庭成员|成员))`;

/** A position taken in the deliberation (not 建议, which a judge also says to the public). */
const BENCH_STANCE =
  '(?:主张|认为|坚持|反对|不同意|倾向于?|持保留意见|持不同意见|提出(?:了)?[^。；！？\\n，,]{0,8}?意见|投(?:了)?(?:反对|弃权|赞成)票)';

/**
 * The view a deliberating body reached on a named case and the disposal it proposes, told before the
 * decision (after heldout-final102): 会议认为，张某某涉嫌非法吸收公众存款一案证据不足，拟作存疑不起诉处理;
 * 审判委员会研究认为，王某某受贿案量刑偏轻，拟改判有期徒刑八年. A decision made and announced (决定不起诉,
 * 依法判处) says no 拟, and a hearing on a proposed non-prosecution (拟不起诉案件公开听证) is public by
 * design.
 */
const PROPOSED_DISPOSAL =
  /(?:会议|会上|检察委员会|检委会|审判委员会|审委会|合议庭)(?:经)?(?:讨论|研究|评议|审议|合议)?(?:后)?(?:一致|多数意见)?认为[，,]?[^。；！？\n]{0,40}?(?:一案|案件|案)[^。；！？\n]{0,24}?[，,]\s*(?:拟|倾向于?|初步决定)(?:对其|对[\u4e00-\u9fff]某{1,2})?(?:依法)?(?:作出?|予以|给予|提起|提出|作出)?[^。；！？\n，,]{0,10}?(?:不起诉|起诉|公诉|撤案|撤销案件|判处|改判|发回重审|维持原判|抗诉|不批准逮捕|批准逮捕|免予刑事处罚|缓刑|无罪)[^。；！？\n，,]{0,8}/g;

export const CASE_DELIBERATION_FAMILIES: Family[] = [
  {
    re: PROPOSED_DISPOSAL,
    when: (text) => COURT_BODY.test(text) && !/听证|公开审查|公开宣告/.test(text),
    rule: 'confidentiality.trial-deliberation',
    severity: 'warn',
    message:
      '检察委员会、审判委员会、合议庭讨论案件形成的意见和拟处理决定属检察、审判工作秘密，决定作出前不得公开',
  },
  {
    // The bench's leaning told before the judgement is handed down: 合议庭评议后初步意见为驳回原告全部
    // 诉讼请求; 审委会讨论的倾向性意见是维持原判; 合议庭合议后倾向于支持原告. A judgement pronounced
    // (经合议庭评议，当庭宣判) tells the ruling, not the deliberation's leaning.
    re: /(?:合议庭|审判委员会|审委会|检察委员会|检委会)(?:成员)?(?:经)?(?:评议|讨论|合议|研究)(?:后|中|时)?[，,]?(?:形成的?|的)?(?:初步|倾向性|多数|主流)(?:处理)?(?:意见|结论|看法)(?:为|是|系|倾向于?)[^。；！？\n]{0,30}|(?:合议庭|审判委员会|审委会)(?:经)?(?:评议|讨论|合议)(?:后|中)?[，,]?(?:初步)?倾向于[^。；！？\n]{0,30}/g,
    rule: 'confidentiality.trial-deliberation',
    severity: 'warn',
    message: '合议庭、审判委员会评议案件形成的初步或倾向性意见属审判工作秘密，宣判前不得公开',
  },
  {
    re: new RegExp(
      `(?:有|其中|另有|也有|还有)?${BENCH_MEMBERS}(?:意见一致|一致)?[：:，,]?${BENCH_STANCE}[^。；！？\\n，,]{0,30}`,
      'g',
    ),
    when: (text) => COURT_BODY.test(text),
    rule: 'confidentiality.trial-deliberation',
    severity: 'warn',
    message:
      '审判委员会、合议庭、检察委员会讨论案件时成员的不同意见和表决情况属审判、检察工作秘密，不得公开',
  },
  {
    re: new RegExp(
      `(?:有|其中|另有|也有|还有)?${MEMBERS}${STANCE}[^。；！？\\n，,]{0,30}|${COUNT}票(?:反对|弃权)|(?:反对|弃权)(?:票)?${COUNT}票`,
      'g',
    ),
    when: (text) => CASE_BODY.test(text) && CASE.test(text) && !PUBLIC_VOTE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '纪检监察机关、党委（党组）讨论案件时成员的不同意见和表决情况属工作秘密，不得公开',
  },
];
