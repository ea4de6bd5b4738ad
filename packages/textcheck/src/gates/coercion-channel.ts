// Services withheld to force an interaction, in three shapes the older families miss: the counter
// closed so that a service can only be had through an app (养老金资格认证一律通过“某某”APP人脸识别
// 办理，窗口不再受理; 线下不再办理，只能通过小程序申请) — 国办发〔2018〕123号 forbids making the public
// download an app, and offline service must stay for those who cannot use one — an app or account
// demanded or else no service (扫码注册“智慧城管”小程序…，否则不予办理店招店牌设置备案; 关注本公众号，
// 否则无法领取补贴), and a service held back unless the citizen gives the top rating, told with 否则
// (须点击“非常满意”，否则不予办结) or as a bare condition (不点满意不给办). A service offered online and
// at the counter, or moved to another counter, names no app that the public must use, and 否则 with
// a risk (否则容易上当受骗) withholds nothing.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** An app or a phone as the only channel. */
const APP = '(?:APP|app|App|客户端|小程序|公众号|手机)';
/** Only through it: 一律通过, 只能使用, 须登录. */
const ONLY = '(?:一律|只能|仅能|仅限|只可|必须|统一|全部|均须|须|请)(?:通过|使用|在|登录|下载|用)';
/** The counter or any offline place. */
const COUNTER = '(?:窗口|线下|现场|柜台|大厅|人工|营业厅|服务大厅)';
/** …no longer serves: 不再受理, 一律不予办理, 停止受理. */
const REFUSES = '(?:不再|不予|一律不再?|一律不予|停止|概不|不)(?:受理|办理|接待|提供(?:服务|办理))';
/** What a service gives, withheld. */
const SERVICE = '(?:办结|办理|受理|打印|出具|领取|盖章|发放|取件|出件|取证|审批|通过|出证|发证|办)';
/** Signing up to an app or account: 注册“智慧城管”小程序, 下载…APP, 关注本公众号. */
const SIGN_UP = `(?:下载|注册|安装|关注|绑定|激活)${IN}{0,12}?(?:${APP}|账号|平台|[“"][^”"]{2,12}[”"])`;
/** A service an office gives, or a licence or filing it grants. */
const GRANT =
  '(?:办理|受理|办结|审批|审核|备案|登记|年检|年审|发放|领取|发证|出证|盖章|入学|报名|开业|营业|续期|验收|通过)';
const TOP_RATING = '[“"]?(?:非常满意|十分满意|满意|五星好评|5星好评|好评|五星|5星|满分)[”"]?';

export const CHANNEL_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // An app as the only channel, the counter refusing, in either order: 一律通过“智慧人社”APP办理，
    // 窗口不再受理; 大厅不再受理，一律通过小程序申请.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern: new RegExp(
      `${ONLY}${IN}{0,20}?${APP}${IN}{0,16}?[，,；;]\\s*${COUNTER}${IN}{0,4}?${REFUSES}|${COUNTER}${IN}{0,4}?${REFUSES}${IN}{0,6}?[，,；;]${IN}{0,10}?${ONLY}${IN}{0,20}?${APP}`,
      'g',
    ),
    message: '关闭窗口、只能通过APP等移动应用办理，属强制群众下载使用（国办发〔2018〕123号）',
  },
  {
    // A top rating or else no service: 须在评价器上点击“非常满意”，否则窗口不予办结; 不点满意不给办;
    // also a reply to the follow-up text demanded, or else the case is sent back (务必回复“非常满意”，
    // 否则工单将被退回重新办理).
    rule: 'coercion.rating',
    severity: 'warn',
    pattern: new RegExp(
      `(?:点击|点选|按下?|勾选|给予?|给出|打出?|评为?|选择?|填写?|回复|回答|答复)(?:个)?${TOP_RATING}(?:评价|评分)?${IN}{0,10}?(?:否则|不然|要不然)${IN}{0,10}?(?:(?:不予|不能|无法|不得|不给|暂缓|拒绝|不再)(?:为您|给您|予以)?${SERVICE}|(?:将被|会被|被|要被|将|会)(?:退回|退单|打回|驳回))|不(?:点|给|打|评|选)(?:个)?${TOP_RATING}(?:就)?(?:不予|不能|无法|不给|不让)(?:为您|给您|予以)?${SERVICE}`,
      'g',
    ),
    message: '以评价“满意”、满分作为提供服务的条件，干预评价，属形式主义',
  },
  {
    // An app or account demanded, or else no service: 请商户扫码注册“智慧城管”小程序并上传营业执照，
    // 否则不予办理备案; 请下载“某某”APP完成认证，不然无法领取补贴.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern: new RegExp(
      `${SIGN_UP}${IN}{0,30}?(?:否则|不然|要不然)${IN}{0,10}?(?:一律|将|均|都|就)?(?:不予|不能|无法|不得|不给|暂缓|暂停|拒绝|不再|停止)(?:为您|给您|予以)?${IN}{0,6}?${GRANT}`,
      'g',
    ),
    message:
      '以不予办理相关业务强制群众下载、注册、关注移动应用，属强制互动（国办发〔2018〕123号）',
  },
  {
    // An app or account demanded before a service is given, without 否则: 办理低保年审时，须现场关注本镇
    // 公众号方可受理; 必须下载“某某”APP并注册，才能办理. Not a service that is itself online
    // (须注册登录“浙里办”后方可网上申报: the account is the channel) nor one the account merely offers
    // (关注公众号后可在线查询). A rating demanded on the way (下载…APP并给予五星好评后方可办理) is the
    // rating family's.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?:须|必须|需要?|务必|一律|均须|要求)(?:先|现场|当场|在窗口|在现场|统一)*${SIGN_UP}(?:(?!好评|满意|五星)${IN}){0,10}?(?:后|之后)?[，,]?(?:方可|才能|才可以?|方能|才予|才给|才会)(?:为您|给您|予以|为其)?(?!在线|线上|网上|网络)(?:${IN}{0,4}?)${GRANT}`,
      'g',
    ),
    message: '以关注、下载、注册移动应用作为办理业务的前提，属强制互动（国办发〔2018〕123号）',
  },
]);
