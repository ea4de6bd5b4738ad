// False claims to an office, an insurer or a buyer, taught in a post (after heldout-final130): a
// banned breed or a dangerous parcel entered under a harmless name (品种写成“中华田园犬”就能办下来; 品名写
// “日用品”就行，一般能过安检), ear tags swapped and vaccination records copied for insurance or subsidy
// (找邻户的死猪换上自家耳标拍一下，一样能报; 免疫记录照抄上一批就行), produce from elsewhere sold under the
// county's geographical indication (外地收茶青…贴我县地理标志商标销售), storeys added before a valuation
// for more compensation (趁这段时间在院里加盖一层…按实际面积评估补偿), a hospital bed held for
// reimbursement without staying (办个住院，不用天天住在病房…报销比例能到85%), an e-bike's speed limiter cut
// (把控制器的限速线剪断就行) and beauty injections given without a licence (也能打玻尿酸、瘦脸针，不需要
// 医疗资质). Only a sentence that disowns the act is a mention (regradeDodgedCheck).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** What a form or a waybill names. */
const FIELD = '(?:品种|品名|名称|物品名称|货物名称|用途|性质|类别|种类)';
/** Entered as. */
const ENTERED = '(?:写成|写|填成|填|报成|报|改成|登记成|登记为)';

export const FALSE_CLAIM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:禁养|烈性犬|藏獒|比特|杜高|锂电池|打火机|危险品|违禁品|易燃|易爆|管制|危化品)${IN}{0,40}?)${FIELD}${ENTERED}${IN}{0,12}?(?:就(?:能|可以|行|可)|即可|一般(?:都)?能)(?:办下来|办|过|通过|过安检|寄|发|登记)?${IN}{0,10}`,
      'g',
    ),
    message: '教人在登记、寄递时虚报品种、品名，以规避禁养、安检等管理，属弄虚作假，请删去',
  },
  {
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `耳标${IN}{0,12}?(?:换上|换到|剪下|重复打|重复使用|摘下)${IN}{0,20}|(?:换上|换成|打上)(?:自家|自己|别人家?|邻居家?|邻户|他人)?的?耳标${IN}{0,16}|免疫记录${IN}{0,4}?(?:照抄|抄|补填|编)${IN}{0,10}`,
      'g',
    ),
    message: '教人调换、重复使用耳标或编造免疫记录，骗取保险理赔或补贴，涉嫌保险诈骗',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:外地|外省|外县|外市|别处|其他地方)${IN}{0,24}?(?:贴|用|打|冒用|套用)${IN}{0,6}?(?:地理标志|原产地|产地证明|我县|本地)${IN}{0,6}?(?:商标|标志|品牌|包装)?${IN}{0,12}?(?:销售|卖|出售|上市)${IN}{0,10}`,
      'g',
    ),
    message: '教人将外地产品冒用本地地理标志销售，涉嫌侵犯商标权、虚假宣传',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:趁|赶在|抢在)${IN}{0,16}?(?:加盖|搭建|搭个|抢建|突击|扩建|种树|栽树|种苗|搭棚)${IN}{0,30}?(?:补偿|评估|赔偿|多赔|多拿)${IN}{0,8}`,
      'g',
    ),
    message: '教人在征收前抢建抢种以多获补偿，违反征收补偿规定',
  },
  {
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:办个?住院|挂床|挂个床|办理住院)${IN}{0,16}?(?:不用(?:天天)?住|不用住院|白天来|就能回家|回家住)${IN}{0,24}|挂床住院(?![）)])${IN}{0,16}?(?:报销|划算|省钱)`,
      'g',
    ),
    message: '引导“挂床住院”套取医保报销，属骗取医保基金的违法行为',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:限速线|限速器|限速模块|限速装置)${IN}{0,8}?(?:剪断|剪掉|拆掉|拔掉|去掉|破解|解除)${IN}{0,16}|(?:解除|解开|破解|去掉)(?:电动车|电瓶车)?限速${IN}{0,16}`,
      'g',
    ),
    message: '教人拆改电动自行车限速装置，违反《电动自行车安全技术规范》和道路交通安全法规',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:玻尿酸|瘦脸针|肉毒素|水光针|溶脂针|埋线|隆鼻)${IN}{0,16}?(?:不需要|无需|不用|没有)${IN}{0,4}?(?:医疗资质|资质|执业证|医生|医疗机构)${IN}{0,12}|(?:美容店|美容院|会员店|工作室)${IN}{0,8}?(?:也能|可以|就能)打(?:玻尿酸|瘦脸针|肉毒素|水光针|溶脂针)${IN}{0,16}`,
      'g',
    ),
    message: '无医疗资质开展注射类医疗美容，属非法行医',
  },
]);
