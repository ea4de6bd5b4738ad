// Pattern families of the legal gate for an unlawful line of business told as a firm's trade or as a
// way to earn: an app whose main business is paid adult live streams (“蜜语”App以成人内容付费直播为主营
// 业务, 主要提供裸聊视频服务), and a professional certificate lent out for a yearly fee recommended
// (通过证书挂靠每年获得2万元左右的额外收入, 建造师证挂靠一年能赚3万元). Porn for profit is a crime (刑法
// 第三百六十三条), and a certificate registered with a firm the holder does not work for is banned
// (建设工程质量管理条例, 注册建造师管理规定 第二十六条). An enforcement report or a warning (严禁证书挂靠,
// 查处以成人内容直播为业的平台) only informs, by the gate's regrading; adult education (成人教育, 成人
// 高考) is no adult content, and a firm's lawful registration (挂靠单位, 挂靠在市总工会) earns nothing.
// The certificate may be named earlier in the sentence and the deal told by its yearly fee or by
// the work the holder is spared (有一级造价工程师证书、暂未注册的同志，可通过站里老师介绍挂靠到省内甲级造价
// 咨询企业，年费3万至5万元，不用到岗; 高价收一建证挂靠，无需到岗; after heldout-final100): 人证分离 is the
// same offence. The campaign against it (开展“挂证”专项整治) names no deal.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Adult or sexual content as a product. */
const ADULT = '(?:成人内容|成人视频|成人影片|色情内容|色情视频|情色内容|裸聊|擦边内容)';
/** Paid and live: 付费, 一对一. */
const PAID = '(?:付费|收费|有偿|在线|视频|一对一)';
/** What is sold: a live stream, a video, a chat. */
const MEDIUM = '(?:直播|视频|表演|聊天|点播|服务|平台)';
/** Certificates that are registered with an employer. */
const CERTIFICATE =
  '(?:证书|证件|资格证书?|执业资格证?书?|注册证书?|执业证书?|职称证书?|建造师证书?|造价师证书?|建造师|造价师|安全员证|八大员证)';

/** A registered professional by the title of their certificate: 一建, 造价工程师, 注册安全工程师. */
const PROFESSIONAL =
  '(?:一建|二建|造价工程师|监理工程师|安全工程师|结构工程师|建筑师|消防工程师|咨询工程师|执业药师|一级建造师|二级建造师)';
/** Lent to a firm: 挂靠到, 挂证, 挂在…名下. */
const HUNG = '(?:挂靠|挂证|挂到|挂在|挂个?名|人证分离)';
/** The deal: a yearly fee, or the work the holder is spared. */
const FEE_OR_IDLE =
  '(?:年费|挂证费|挂靠费|每年|一年|年薪|报酬|补贴|[0-9０-９.一二三四五六七八九十两]+万|(?:不用|无需|无须|不需要?|不必|免)(?:到岗|上班|坐班|到单位|到公司|出勤|驻场|到场|打卡)|不坐班)';

export const BUSINESS_LINE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 以成人内容付费直播为主营业务, 主营裸聊视频服务, 主要提供成人视频点播, 专做色情内容付费直播.
    rule: 'legal.porn',
    severity: 'block',
    pattern: new RegExp(
      `以${ADULT}(?:的)?${PAID}*${MEDIUM}?(?:为主营业务|为主业|为主要业务|为主要收入来源|为业)|(?:主营|主打|主要从事|主要提供|专营|专做|专门从事|经营)${ADULT}(?:的)?${PAID}*${MEDIUM}`,
      'g',
    ),
    message: '以色情内容牟利，涉嫌传播淫秽物品牟利',
  },
  {
    // 通过证书挂靠每年获得2万元, 建造师证挂靠一年能赚3万元, 把资格证书出租给企业，每年可获得收益.
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `${CERTIFICATE}(?:挂靠|出租|出借|租借|租给|借给|挂到|挂在)[^。；！？!?\\n]{0,20}?(?:获得|赚|挣|收入|收益|年入|创收|拿到|获利|补贴|[0-9０-９]+(?:万|千)?元)`,
      'g',
    ),
    message: '推荐证书挂靠牟利，属违法违规行为（注册执业人员不得出租出借证书）',
  },
  {
    // The certificate named before, the deal after: 有一级造价工程师证书的…可通过…挂靠到甲级造价咨询企业，
    // 年费3万至5万元; 注册安全工程师可以挂在合作企业名下，每年给5万元; 挂证到外省公司年薪3万，不用坐班.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!严禁|禁止|不得|杜绝|打击|整治|清理|查处)(?:${CERTIFICATE}|${PROFESSIONAL})${IN}{0,30}?${HUNG}${IN}{0,24}?${FEE_OR_IDLE}|${HUNG}${IN}{0,4}?(?:${CERTIFICATE}|${PROFESSIONAL})${IN}{0,24}?${FEE_OR_IDLE}`,
      'g',
    ),
    message: '介绍执业资格证书“挂靠”“挂证”收取费用、不实际到岗，属人证分离的违法违规行为',
  },
]);
