// Sanctions announced by bodies that hold no power to punish or to enforce (after final194, final196
// and final197): a technical service station or centre fining farmers (对拒不接受强制免疫的养殖户，本站将
// 依法处以一千元以下罚款 — the fine is the agriculture department's, 《动物防疫法》), a township judicial
// office fining a party (由镇司法所对当事人处以200元以下罚款), and a mediation committee enforcing its
// own agreement (一方拒不履行的，本委员会将依法强制执行 — only a court enforces one it has confirmed,
// 《人民调解法》第三十三条). Mediation is voluntary (《人民调解法》第三条、第二十三条), so no one is fined or
// brought by force for staying away from it. Public service units and judicial offices are no
// administrative organs (《行政处罚法》第十七条). A body that reports a case to the department (报县农业
// 农村局处罚), a party told to apply to a court, a ban or a question is quiet (regradeUnlawfulSanction).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A station or centre that serves, not regulates: 畜牧兽医站, 农技站, 文化站, 便民服务中心. */
const SERVICE_UNIT =
  '(?:畜牧兽医站|兽医站|畜牧站|农技站|农业技术推广站|农技推广站|农经站|农村经营管理站|水利站|水务站|文化站|农业综合服务中心|综合服务中心|便民服务中心|党群服务中心|政务服务中心|卫生院|社区卫生服务中心|疾控中心|疾病预防控制中心|司法所)';
/** A body that mediates: 人民调解委员会, 医调委, 调解中心. */
const MEDIATOR = '(?:调解委员会|调委会|医调委|调解中心|调解组织|人民调解员|调解员)';
/** The post's own voice for a station, a centre, an office or a committee. */
const SELF = '(?:本站|我站|本中心|我中心|本所|我所|本委员会|我委员会|本委|我委|本会|我会)';
/** Between the body and its sanction: no referral to the department, the police or a court. */
const NO_REFERRAL =
  '(?:(?!报|移送|移交|提请|交由|由|局|部门|公安|法院|政府|申请|协助|配合)[^。；！？!?\\n])';
/** A fine or a confiscation. */
const FINE = `(?:(?:处以|处|给予|予以|作出)${IN}{0,10}?罚款|没收)`;

export const MEDIATION_SANCTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A service station or centre, or a judicial office, fining of itself: 由镇司法所对当事人处以200元以下
    // 罚款; 本站将依法处以一千元以下罚款 in a post the station signs. A unit fined (对该卫生院处以罚款) is a case.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!对${IN}{0,6})(?:${SERVICE_UNIT}|${SELF}(?=[^]{0,400}?${SERVICE_UNIT})|${SELF}(?<=${SERVICE_UNIT}[^]{0,400}?${SELF}))${NO_REFERRAL}{0,20}?${FINE}`,
      'g',
    ),
    message:
      '兽医站、农技站、服务中心等事业单位和司法所不是行政机关，无行政处罚权（《行政处罚法》第十七条），罚款应由法定的行政机关依法作出',
  },
  {
    // A mediation committee enforcing an agreement or fining a party: 本委员会将依法强制执行, 医调委将对
    // 拒不履行的一方处以罚款.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!对${IN}{0,6})(?:${MEDIATOR}|${SELF}(?=[^]{0,400}?${MEDIATOR})|${SELF}(?<=${MEDIATOR}[^]{0,400}?${SELF}))${NO_REFERRAL}{0,12}?(?:强制执行|强制履行|${FINE})`,
      'g',
    ),
    message:
      '人民调解委员会无强制执行权和处罚权：调解协议经人民法院司法确认后，一方拒不履行的，对方可以向人民法院申请强制执行（《人民调解法》第三十三条）',
  },
  {
    // A party fined, detained or brought by force for staying away from mediation: 经两次通知拒不参加
    // 调解的，处以罚款; 调解…无正当理由不到场的，将强制带至调解现场. A court summoning a defendant is
    // another matter (法院, 开庭, 到庭).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=调解[^]{0,80}?)(?:拒不|无正当理由(?:拒)?不|不按时|未按时|拒绝)(?:到场|参加|出席|到会)(?:调解)?(?:(?!法院|法庭|开庭|到庭|撤回|视为)${IN}){0,24}?(?:罚款|拘留|拘传|强制(?:到场|带至|带到|传唤))`,
      'g',
    ),
    message:
      '人民调解遵循当事人自愿原则，当事人有权拒绝调解（《人民调解法》第三条、第二十三条），不得因不到场、不参加调解而罚款或强制到场',
  },
]);
