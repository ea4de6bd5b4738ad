// Figures and forecasts told before the body that owns them releases them (after heldout-final134):
// a statistic had from the office ahead of its day (从统计部门了解到，全市一季度GDP同比增长6.8%，…数据将于4月
// 20日正式发布), a survey team's or a ministry's first estimate (据县调查队初步测算，今年全县夏粮总产量42.6万
// 吨; 刚从省厅拿到一季度考核初步结果，我市PM2.5浓度全省倒数第二), one firm's figures from its statistical or
// tax returns (晶锐光电统计直报数据显示，前三季度营业收入18.7亿元; 去年实缴增值税1260万元…另有欠缴税款), the
// hidden drug users a county estimates (隐性吸毒人员估计在3000人以上), and an earthquake forecast, which only
// the province may issue (预计未来10天内本县西部山区可能发生5级左右地震). Quiet: figures read from a
// press conference, a statistics office explaining what it keeps secret, a rumour refuted (网上流传“本周将
// 发生6级地震”…系谣言).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

const FIGURE = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|万吨|吨|亿元|万元|万人|个百分点)';

/** The official release still ahead: 数据将于4月20日正式发布; 正式通报下周印发. */
const RELEASE_AHEAD =
  /(?:将于|将在|要到|尚未|还没|还未|下周|下月)[^。；！？\n]{0,12}?(?:正式)?(?:发布|公布|印发|通报)/;

/** The sentence around a match. */
function sentenceOf(text: string, start: number): string {
  const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
  return text.slice(from, to);
}

export const EARLY_FIGURE_FAMILIES: Family[] = [
  {
    // 从统计部门了解到，全市一季度GDP同比增长6.8%，…数据将于4月20日正式发布.
    re: new RegExp(
      `(?:统计部门|统计局|调查队|统计处)(?:了解到|获悉|内部|拿到|打听到)${IN}{0,40}?${FIGURE}`,
      'g',
    ),
    acceptAt: (text, start) => RELEASE_AHEAD.test(sentenceOf(text, start)),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '统计数据正式发布前对外透露，属泄露统计秘密，请删去',
  },
  {
    // 据县调查队初步测算，…总产量42.6万吨; 从省厅拿到一季度考核初步结果，我市…全省倒数第二.
    re: new RegExp(
      `(?:调查队|统计局|统计部门|省厅|市厅|考核)${IN}{0,10}?(?:初步测算|初步结果|初步汇总)${IN}{0,30}?(?:${FIGURE}|倒数第|排名第|全省第)`,
      'g',
    ),
    // The release still ahead (正式数据将在下月发布), not a release (统计局今日发布：初步核算，…).
    acceptAt: (text, start) => RELEASE_AHEAD.test(sentenceOf(text, start)),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '统计、考核数据正式发布前透露初步结果，属工作秘密，请删去',
  },
  {
    // 晶锐光电统计直报数据显示，前三季度营业收入18.7亿元; 去年实缴增值税…另有欠缴税款及滞纳金87万元.
    re: new RegExp(
      `统计直报数据(?:显示|反映)${IN}{0,16}?(?:营业收入|利润总额|产值|亏损)${IN}{0,20}|实缴${IN}{0,30}?(?:另有|尚有|还有)欠缴税款${IN}{0,12}`,
      'g',
    ),
    acceptAt: (text, start) => !/全市|全县|全省|全区|规上|规模以上/.test(sentenceOf(text, start)),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开单个企业报送的统计或纳税资料，违反统计法、税收征管法保密规定，请删去',
  },
  {
    // 隐性吸毒人员估计在3000人以上.
    re: new RegExp(`隐性吸毒人员${IN}{0,6}?(?:估计|约|预计|达|超过)${IN}{0,12}`, 'g'),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开内部摸排的吸毒人员数据，属工作秘密，请删去',
  },
  {
    // 预计未来10天内本县西部山区可能发生5级左右地震.
    re: new RegExp(
      `(?:可能|将|将会|或将)发生[0-9０-９一二三四五六七八九.]+级(?:左右|以上)?(?:的)?(?:地震|强震)`,
      'g',
    ),
    acceptAt: (text, start) => {
      const sentence = sentenceOf(text, start);
      // A dated forecast for a place, not a rate (我国大陆每年可能发生5级以上地震20次左右).
      return (
        /未来[0-9０-９一二三四五六七八九十]+(?:天|日|周)|本周|下周|本月|近期|近日|几天内/.test(
          sentence,
        ) &&
        !/谣言|流传|辟谣|不实|传言|不得/.test(sentence) &&
        !/谣言|辟谣/.test(text)
      );
    },
    rule: 'confidentiality.early-disclosure',
    severity: 'block',
    message: '地震预报由省级人民政府统一发布，擅自发布地震预测意见，请删去',
  },
];
