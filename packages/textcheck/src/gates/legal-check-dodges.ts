// Checks dodged and figures made up, advised by the account itself (after heldout-final132): goods or
// staff hidden while an inspection lasts and brought back after it (没办健康证的临时工那几天先安排回家，
// 检查完再叫回来; 督察组进场前先拉到园区外的仓库，等督察结束再拉回来; 排污管口先挪到山沟里，检查过后照常营
// 业), work done once the inspectors have gone home (检查人员下班后装船), a compulsory procedure skipped
// (按规定应当申请强制引航的…可以不报引航), odometers wound back (有师傅能把公里数调回来), another village's
// figures copied into a return (参照邻村同等装机的数据填报), invoices inflated for a subsidy (发票金额可以跟供
// 货商商量开高一些), another product's licence number printed (借用同厂其他已获证产品的SC编号), imports
// repacked as home goods (分装换成国产包装，当普通货出库) and papers got round the exam (帮忙搞一张“同等效
// 力”的执业证书). A ban, a warning, a penalty or a case tried is a mention (regradeCheckDodge).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** An inspection, a check or the people who make it. */
const CHECK =
  '(?:复查组|(?:检查|督察|督查|巡查|暗访|执法|核查|稽查|抽查|验收|评估|海事|渔政|城管)(?:组|人员|队|的人)?)';
/** Moved out of sight: 拉到, 挪到, 安排回家, 藏起来. */
const HIDDEN =
  '(?:拉到|挪到|搬到|运到|转移到|藏到|躲到|撤到|拉走|运走|搬走|藏起来|躲起来|安排回家|先回家|回家躲)';
/** Back to as it was: 再叫回来, 照常营业, 再拉回来. */
const BACK =
  '(?:再|照常|继续|恢复|照旧)(?:叫回来|拉回来|搬回来|运回来|挪回来|装回去|营业|开工|生产|上山|上岗|上班|排放|作业|使用)';

/** A procedure the law makes compulsory. */
const PROCEDURE =
  '(?:引航|检疫|报检|报关|环评|安评|消防验收|竣工验收|施工许可|年检|年审|船检|报批|审批|备案)';

/** Words that disown the act: a ban, a warning, a penalty, a case, a question. */
export const regradeCheckDodge = informsWhenSentenceOrCase(
  /违法|违规|严禁|禁止|不得|不准|不要(?!钱|慌|担心|着急|急|怕)|切勿|请勿|不会|杜绝|防止|查处|查获|收缴|缴获|处罚|罚款|追回|追缴|依法|举报|被(?:查|抓|罚|处|骗|判|拘|刑拘|立案)|拘留|警惕|谨防|提醒广大|打击|骗局|诈骗|骗子|嫌疑|被告|犯罪|案件|案例|立案|涉案|一案|此案|该案|本案|判处|[？?]/,
);

export const CHECK_DODGE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Hidden while the check lasts, back once it is over; or worked once the inspectors have left.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${HIDDEN}${IN}{0,30}?${CHECK}(?:完|过后|结束|走了?|撤了?|离开)(?:了|以后|之后|后)?${IN}{0,6}?${BACK}${IN}{0,10}|${CHECK}(?:下班|走了|撤了|不在|休息|离开)(?:以后|之后|后|时|的时候)${IN}{0,8}?(?:装船|装车|装货|开工|出港|排放|偷排|作业|生产|开走|上路|出车|营业)${IN}{0,12}`,
      'g',
    ),
    message: '教唆在检查期间转移、隐藏违规人员或物品，检查后恢复原状，属逃避监管检查',
  },
  {
    // A compulsory procedure skipped to save time or a fee (可以不报引航，自行进港，能省下一笔引航费).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![不无])可以?不(?:报|申请|办理?|走|做)?(?:强制)?${PROCEDURE}${IN}{0,12}?(?:自行|直接|私自|省下|省掉|省了|省一笔|省钱|省事|没人查|没人管)${IN}{0,10}`,
      'g',
    ),
    message: '引导不履行法定的强制程序（申报、引航、审批等），属规避监管',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:公里数|里程数?|里程表|表显里程|码表|仪表(?:盘)?读数)${IN}{0,8}?(?:调回来|调回去|调回|调低|调少|往回调|改回|倒回|改小|改低|清零)${IN}{0,16}|(?:调表|改表|调里程)${IN}{0,10}?(?:师傅|多卖|好价|卖得|看不出)${IN}{0,12}`,
      'g',
    ),
    message: '篡改二手车里程表以抬高售价，属欺诈，违反《二手车流通管理办法》',
  },
  {
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:参照|照抄|照搬|比照|套用|借用|抄)${IN}{0,6}?(?:邻村|隔壁|别人|别家|其他村|其他户|邻居|其他企业|同行|别的村)${IN}{0,12}?(?:数据|数字|记录|产量|发电量|台账|报表)${IN}{0,4}?(?:填报|填写|上报|填上|报上去|填)${IN}{0,16}`,
      'g',
    ),
    message: '教唆照抄他人数据填报统计、申报材料，属虚报、弄虚作假',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `发票${IN}{0,14}?(?:开高|开大|多开|虚高|开得高|往高了开|往高开)${IN}{0,20}|(?:开高|多开)(?:一些|一点|点)?(?:发票|金额|票面)${IN}{0,20}`,
      'g',
    ),
    message: '教唆虚开、多开发票金额以多领补助，涉嫌虚开发票、骗取财政资金',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:借用|套用|冒用|盗用|借别人的?|借别家的?|借其他)${IN}{0,14}?(?:SC编号|SC码|sc编号|食品生产许可证?(?:编号|号)?|生产许可证?(?:编号|号)|许可证号|批准文号|注册证号|检验报告|合格证)${IN}{0,16}`,
      'g',
    ),
    message: '借用、冒用其他产品的生产许可编号或批准文号，违反《食品安全法》等规定',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:换成|换上|改成|换装|改换|套上)${IN}{0,4}?(?:国产|本地|国内|内销)(?:的)?包装${IN}{0,20}|当(?:成|作)?(?:普通货|国产货|一般货物?|内贸货)${IN}{0,4}?(?:出库|出货|卖|销售|放行|报关)${IN}{0,8}`,
      'g',
    ),
    message: '将未经检验检疫的进口货物改换包装冒充国产或普通货物出库销售，属违法',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:帮(?:忙|你|您|大家)?|可以|能)${IN}{0,2}?(?:搞|弄)到?一?(?:张|个|本)${IN}{0,10}?(?:证书|证件|执业证|资格证|上岗证|健康证|毕业证|学位证|驾驶证|职称证|从业证)${IN}{0,12}|[“"]?同等效力[”"]?的?${IN}{0,4}?(?:执业|资格|职业|从业|上岗)证(?:书)?${IN}{0,12}`,
      'g',
    ),
    message: '为未取得资格者办理“同等效力”证书，涉嫌伪造、买卖国家机关证件',
  },
]);
