// Pattern family of the legal gate: telecom and online fraud and illegal brokerage — jobs abroad
// on impossible pay, credit records "washed", laundering (洗白资金), buying medical-insurance cards,
// and foreign-exchange rules dodged through crypto or underground banks.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const LEGAL_FRAUD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Loans offered to those whose credit is spoiled: 征信花了也能贷, 黑户秒下款.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern:
      /征信花了?(?:也|都|照样)?能(?:贷|下款|借)|黑户(?:也能|秒)?下款|(?:不看|不查)征信(?:秒|当天)?(?:下款|放款)/g,
    message: '面向征信不良人群的贷款招揽，疑似非法放贷或贷款诈骗',
  },
  {
    // Cards and accounts rented out (帮信罪): 闲置银行卡、手机卡可出租给合作公司; a code asked for a
    // subsidy (填写银行卡号及手机验证码即可到账); bonus-on-deposit gambling (首充100送88, 最高赔50倍).
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:银行卡|手机卡|电话卡|电话号|微信号|支付宝账号)(?:(?!请勿|切勿|不要|不得|严禁|禁止|不能|不可|别)[^。；！？\n]){0,10}?(?:可)?(?:出租|出借|租给|借给|有偿转让)|(?:填写|输入|提供)[^。；！？\n]{0,8}?验证码(?:即可|就能|才能)?(?:到账|领取|发放|领钱)|首充[0-9０-９]+送[0-9０-９]+|最高赔[0-9０-９]+倍|配合[^。；！？\n]{0,8}?走账|走账[^。；！？\n]{0,8}?提成|跑分(?:平台|赚钱|佣金)|首次充值[0-9０-９]+元?送[0-9０-９]+|金豆[^。；！？\n]{0,6}?(?:回收|提现)/g,
    message: '涉诈或涉赌内容',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:无视|不看|不查|不管|秒过)(?:征信|黑白户|黑户|白户|网黑|逾期|负债)|(?:洗白|漂白)(?:资金|黑钱|赃款)|(?:资金|黑钱|赃款)洗白|(?:USDT|usdt|泰达币|U币)(?:高价)?(?:回收|收购|承兑)|(?:高价)?(?:回收|收购|承兑)(?:USDT|usdt|泰达币)/g,
    message: '涉嫌洗钱',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:人脸|刷脸|实名|活体)(?:认证|识别|验证)?(?:代过|代做|代刷|代认证|代解封)|代(?:过|做|刷)(?:人脸|实名|活体)/g,
    message: '代过人脸、实名认证属违法行为',
  },
  {
    // Credit cashed out through a middleman (套现), consumer credit that cannot be withdrawn (花呗、
    // 白条提现) and credit cards obtained through an agent (代办大额信用卡).
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:花呗|白条|月付|信用卡|信用额度|额度)[^。；！？\n]{0,8}?套现|(?:花呗|白条|月付)[^。；！？\n]{0,4}?(?:提现|取现|变现|回收)|代办(?:大额|高额|高额度|大额度)?信用卡|(?:大额|高额)信用卡(?:代办|包过|秒批|包下|快速下卡)/g,
    message: '信用卡套现、花呗提现或代办信用卡属违法金融中介',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:境外|海外|缅甸|柬埔寨|迪拜|东南亚)[^。，；！？\n]{0,4}?(?:高薪|高工资|月薪[0-9一二三四五六七八九十]+万)|(?:消除|洗白|删除|抹掉|修复)[^。，；！？\n]{0,4}?(?:不良信用|信用记录|不良记录)|(?:逾期|征信|黑户)[^。，；！？\n]{0,4}?洗白|(?:回收|收购)[^。，；！？\n]{0,6}?(?:医保卡|医保药|处方药)|不问(?:内容|来路|货物|用途)|代办[^。；！？\n]{0,12}?(?:特殊渠道|内部渠道|无需本人)/g,
    message: '疑似电信网络诈骗或违法中介信息',
  },
  {
    // Foreign-exchange rules dodged through crypto or underground banks, advised: 通过境外虚拟货币交易平台用
    // USDT进行场外兑换，规避外汇管制; 借道地下钱庄换汇. A warning (警惕…利用虚拟货币规避外汇管制) only
    // informs.
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:USDT|泰达币|虚拟货币|数字货币|比特币|地下钱庄)[^。；！？\n]{0,12}?(?:场外兑换|场外交易|兑换|换汇|结算|转移资金)[^。；！？\n]{0,6}?(?:规避|绕开|绕过|逃避|突破)(?:外汇管制|外汇监管|外汇额度|换汇额度)|(?:借道|通过|利用)地下钱庄(?:换汇|汇款|转移)/g,
    message: '引导利用虚拟货币、地下钱庄规避外汇管理，涉嫌非法经营',
  },
]);
