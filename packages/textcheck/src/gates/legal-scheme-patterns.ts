// Pattern families of the legal gate for schemes offered outright and for threats: certificates of
// every kind sold (各类毕业证、学位证均可办理, 学历证书、职称证都能代办), a fixed monthly return with the
// principal promised back (每月返利3%，到期本金全额返还: illegal fund-raising, often sold as a pension
// plan), prescription drugs offered without a prescription (安眠药网上就能买，不用处方) and a threat to
// strike on sight (见一次打一次, 碰到一回揍一回). A service hall listing the documents it issues names
// no diploma; a bank's interest (到期还本付息) is no 返利; an OTC drug needs no prescription; warnings
// and enforcement reports only inform (regradeLegal in legal-regrade.ts).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Certificates that only a school or an examining body may issue. */
const DIPLOMA = '(?:毕业证书?|学位证书?|学历证书?|学历|文凭|职称证书?|资格证书?|资格证|技能证书?)';
/** Any certificate in the list with it. */
const CERT = `(?:${DIPLOMA}|驾驶证|驾照|身份证|户口本?|结婚证|离婚证|房产证|健康证|上岗证|等级证书?|操作证|从业证)`;
const PERCENT = '[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]';
const RETURN = '(?:返利|回报|分红|返息|返现|红利|收益)';

export const LEGAL_SCHEME_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Diplomas and licences of every kind sold: 各类毕业证、资格证、驾驶证均可办理, 学历证书、职称证都能
    // 代办, 各种文凭包办. A diploma in the list, then "all can be had"; or 代办 before a list that
    // holds one (代办驾驶证、学历证、各类资格证书).
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern: new RegExp(
      `(?:各类|各种|一切|所有|各级)?(?:${CERT}[、，,/和及与]?){0,4}${DIPLOMA}(?:[、，,/和及与]?${CERT}){0,4}(?:等)?(?:各类)?(?:证件|证书)?(?:均|都|皆|全|全部|统统|一律)(?:可|能|可以|能够)(?:代办|包办|办理|办|制作|做|办到|补办到)|(?:代办|包办|快速办理|加急办理|专业办理)(?:各类|各种)?(?:${CERT}[、，,/和及与]){0,4}(?:各类|各种)?${DIPLOMA}`,
      'g',
    ),
    message: '兜售或代办各类证书，涉嫌伪造、买卖国家机关证件',
  },
  {
    // A fixed return with the principal promised back: 每月2%的养老返利，三年到期本金全额返还;
    // 年回报率15%，保本保息; 每季度分红3%，稳赚不赔.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:(?:每月|每年|每季度?|每天|每日|月|年化|年|日)${IN}{0,8}?${PERCENT}(?:的)?${IN}{0,6}?${RETURN}|(?:月|年|日|季度?)${RETURN}率?(?:高达|达到?|为|可达|稳定在)?${PERCENT})[^。！？\\n]{0,40}?(?:本金${IN}{0,6}?(?:返还|退还|归还|退回|无风险|不变|有保障|保障)|保本|稳赚不赔|零风险|无风险)`,
      'g',
    ),
    message: '承诺固定高额返利并保本，涉嫌非法集资',
  },
  {
    // Public funds cashed out through a middleman: 医保卡个人账户余额可提现，当天到账，手续费10%;
    // 社保卡余额套现; 公积金不用离职也能全额提取，扣点8%. Medical-insurance and housing-fund money may
    // only be spent or drawn as the rules allow, and the offer needs a sign of the trade (a fee, a
    // same-day payout, a WeChat id or 代办) — a notice of how to draw the fund lawfully has none.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:医保卡|医保账户|医保个人账户|医保余额|医保统筹|社保卡|社保账户|住房公积金|公积金|个人账户)(?:(?!不(?:能|可|得|予|允许|支持)|未|禁止|严禁|勿|无法|并非)${IN}){0,10}?(?:可|能|可以|均可|都能|帮你?|代|包|轻松|快速|一键)?(?:提现|套现|取现|变现|套取|兑现|换现金|转现金|全额提取|取出来)(?=${IN}{0,30}?(?:当天到账|秒到|到账快|手续费|服务费|扣点|点位|[0-9０-９]+[%％]|加(?:我)?(?:微信|V|v|薇|QQ)|微信|代办|办理|联系))`,
      'g',
    ),
    message: '兜售医保、社保、公积金套现服务，涉嫌诈骗或骗取社会保障基金',
  },
]);

/**
 * A prescription drug offered without one, read as said: a caution on use in the sentence (但不要长期
 * 服用) does not make it a mention; bans, OTC drugs and warnings do (noPrescriptionOffer).
 */
export const NO_PRESCRIPTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A prescription drug without a prescription: 网上就能买到，无需处方; 不用医生开处方也能买; 免处方
    // 直接发货. The drug named in the sentence (checked in legal.gate.ts: noPrescriptionOffer).
    rule: 'legal.drugs',
    severity: 'warn',
    pattern:
      /(?:无需|无须|不需要?|不用|免|不要|没有)(?:医生)?(?:开具?|开的)?(?:处方|药方|医嘱)(?:单)?(?:也|就|即可|都|照样)?(?:能|可以?)?(?:买|购买|购|拿药|下单|发货|到手|开药)?/g,
    message: '处方药须凭医师处方购买，不得宣传无需处方即可购买',
  },
]);

/** A drug named in the sentence, and no OTC drug, ban or enforcement word. */
export function noPrescriptionOffer(sentence: string): boolean {
  return (
    /药|唑仑|安定|曲马多|抗生素|头孢|阿莫西林|激素|伟哥|西地那非|可待因|右美沙芬|处方药|地西泮/.test(
      sentence,
    ) &&
    !/非处方|OTC|otc|甲类|乙类|不得|严禁|禁止|切勿|谨防|违法|违规|查处|凭处方|须凭|必须凭|需凭|提醒|警惕|不要轻信|不可/.test(
      sentence,
    )
  );
}

/** A threat to strike on sight: 见一次砍一次, 碰到一回揍一回, 见一个打一个. Never a mere mention. */
export const THREAT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?:见|碰|遇|撞|逮|看)(?:到|见|着)?(?:他|她|他们|你|你们)?(?:一|1)(?:次|回|个|趟)[，,]?(?:我)?(?:就)?(?:砍|打|揍|捅|杀|剁|弄|收拾|削|扎)(?:他|她|你)?(?:一|1)(?:次|回|个|顿|刀)/g,
    message: '扬言实施暴力的威胁性表述',
  },
]);
