// Pattern family of the legal gate for a banned service an office offers or brokers itself: 代孕 in a
// list of what it provides (为有生育意愿的家庭提供孕前优生检查、辅助生殖、代孕咨询等服务), and a child
// handed over privately (可为有意向的家庭对接民间私下送养信息, 帮忙牵线私下抱养孩子). Surrogacy is banned
// (人类辅助生殖技术管理办法 第三条), and an adoption outside registration is void and may be child
// trafficking (民法典 第一千一百零五条). Blood bought for a patient — a broker paid to find donors (如亲友
// 无法献血，也可通过中介有偿联系献血者, 可花钱请人代献血) — is banned too (献血法 第十八条: 非法组织他人
// 出卖血液); the blood centre's own subsidy to donors (献血者可获得…补贴) buys nothing. A ban, a case or a warning (严禁代孕, 私下送养不受法律保护,
// 打击非法代孕) only informs (regradeOfferedBannedService).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Within one sentence. */
const IN = '[^。；！？\\n]';

export const OFFERED_BANNED_SERVICE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:提供|开展|开设|承接|办理|推出|新增)${IN}{0,30}?)(?:代孕|代怀|借腹生子)(?:咨询|服务|中介|业务|套餐|指导)?(?=${IN}{0,16}?(?:等)?(?:服务|项目|业务|咨询))`,
      'g',
    ),
    message: '将代孕列为提供的服务，代孕属违法行为',
  },
  {
    rule: 'legal.illegal-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?:对接|提供|介绍|撮合|牵线|搭桥|发布|推送|协助|帮助|帮忙)${IN}{0,8}?(?:民间)?(?:私下|私自|私人)(?:送养|收养|领养|抱养|转让)(?:孩子|儿童|婴儿)?(?:信息|渠道|资源|对象|事宜)?`,
      'g',
    ),
    message: '为私下送养、收养牵线，规避收养登记，可能涉嫌拐卖儿童',
  },
  {
    rule: 'legal.illegal-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?:通过|找|联系|委托|借助)${IN}{0,4}?(?:中介|血头|黄牛|代献血)${IN}{0,6}?(?:有偿|付费|花钱|出钱|收费)?(?:联系|找|寻找|介绍|安排|组织)${IN}{0,4}?(?:献血者|献血员|供血者|卖血者|献血人员|人代献血)|(?:有偿|付费|花钱|出钱|高价)(?:联系|找|寻找|请|雇|购买|买)${IN}{0,4}?(?:献血者|献血员|供血者|卖血者|人代献血|人献血|血源)|(?:有偿|付费|花钱)代献血`,
      'g',
    ),
    message: '建议通过中介有偿寻找献血者，属非法组织他人出卖血液',
  },
]);

/** A ban, a case or a warning in the sentence. */
const ENFORCED =
  /严禁|禁止|不得|不要|切勿|非法|违法|违规|无效|不受法律保护|打击|查处|查获|整治|举报|涉嫌|犯罪|拐卖|警惕|提醒|谨防/;

export const regradeOfferedBannedService: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return ENFORCED.test(text.slice(from, to)) ? 'info' : severity;
};
