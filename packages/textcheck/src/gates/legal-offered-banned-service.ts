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
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

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
  {
    // A gas, water or power connection made privately, past the utility's application and acceptance
    // (after heldout-final95): 小区里有师傅可以上门私接天然气管道，不用走报装流程, 可帮您私改燃气管线,
    // 燃气开通不用报装、不用验收，师傅直接上门接. A private gas connection is banned (城镇燃气管理条例
    // 第二十八条) and kills; an offer of one is no tip. A ban, a case or a warning (严禁私接燃气管道,
    // 私接燃气管道引发爆炸) only informs; a connection told with its application (报装后由燃气公司上门安装)
    // is the lawful way.
    rule: 'legal.illegal-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?:上门|帮(?:您|你|忙)?|可以|可|能|提供|承接|代为?|包|专门|负责)(?:私接|私改|私拉|私自(?:接|改|安装|接入|改装|开通)|偷接)${IN}{0,2}?(?:天然气|燃气|煤气|液化气|自来水|供水|暖气|供暖)(?:管道|管线|管子|管|表|阀门)?|(?:天然气|燃气|煤气|自来水|供水|暖气|供暖)${IN}{0,10}?(?:不用|无需|不需要|不必|免|省去)(?:走)?(?:报装|验收|审批|开户|申请)(?:流程|手续)?[、，,]?(?:不用|无需|不需要|不必|免)?(?:等)?(?:验收|审批|报装)?`,
      'g',
    ),
    message: '提供私接燃气、供水管道等服务，规避报装验收，违反城镇燃气管理条例等规定',
  },
  {
    // Drone flights offered in a no-fly zone or an airport's clearance area (after heldout-final95):
    // 机场净空区、禁飞区也能帮您飞, 禁飞区照样可以航拍, 可破解禁飞限制. Flying there without approval is
    // banned (无人驾驶航空器飞行管理暂行条例). A warning (禁飞区内严禁飞行, 禁飞区也能飞？答案是不能) or a
    // case only informs, and the approval route (在禁飞区飞行须依法申请) offers nothing.
    rule: 'legal.illegal-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?:禁飞区|净空区|净空保护区|限飞区|管制空域|机场周边)(?:[、和及]${IN}{1,8}?)?(?:内|里)?(?:也|都|照样|同样|照常)(?:能|可以|可|敢|照)(?:帮(?:您|你|大家)?|带(?:您|你)?|替(?:您|你)?|给(?:您|你)?)?(?:飞|起飞|航拍|拍摄|放飞)(?![吗么？?])|(?:破解|解除|绕过|屏蔽)(?:无人机)?(?:的)?(?:禁飞|限飞|限高)(?:区)?(?:限制)?`,
      'g',
    ),
    message: '提供在禁飞区、机场净空保护区违规飞行无人机的服务，违反无人驾驶航空器飞行管理规定',
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
