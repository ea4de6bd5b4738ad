// The rules for the misses and false alarms of two blind every-gate sets (final154, final155), each
// written for a concept, not for one sentence: punitive damages told as five times the price,
// statutory benefits stopped to force an unrelated task, an absolute claim for a brand the office
// recommends (the brush-off replies are in opinion.gate.test.ts). Quiet: the lawful statements, a
// subsidy's own condition, advice without a brand, a scam's pitch; and the sets' two rule false
// alarms, coercion reported by a citizen and stopped, and a birth policy's history told as
// 从…到…，从…到….
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // five times the price (legal.five-fold-damages-misstated)
  [
    'legal',
    '根据《中华人民共和国食品安全法》第一百四十八条规定，消费者还可以向生产者或者经营者要求支付价款五倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元。',
    '价款五倍',
  ],
  ['legal', '买到假药可以要求退一赔五，最低赔偿一千元。', '退一赔五'],
  ['legal', '经营者存在欺诈行为的，消费者可主张商品价款的五倍赔偿。', '价款的五倍'],
  // statutory benefits stopped to force a task (legal.illegal, legal-unlawful-sanctions.ts)
  [
    'legal',
    '请各户于11月30日前自行清理完毕。逾期未整改的农户，一律暂停发放耕地地力保护补贴和养老金。',
    '一律暂停发放耕地地力保护补贴和养老金',
  ],
  ['legal', '对拒不拆除违章搭建的住户，暂停发放其低保金。', '暂停发放其低保金'],
  ['legal', '未按期签订搬迁协议的，将停发高龄补贴。', '停发高龄补贴'],
  // a brand the office recommends, acclaimed (advertising.official-endorsement)
  [
    'advertising',
    '【防盗提示】冬季入室盗窃案件易发多发，公安机关提醒：外出时请关好门窗。推荐选用“安居卫士”智能门锁，国内第一品牌，安全有保障。发现可疑人员请及时拨打110报警。',
    '国内第一品牌',
  ],
  ['advertising', '建议家中老人选购“康泰”牌血压计，质量最可靠。', '质量最可靠'],
  ['advertising', '冬季取暖，推荐使用“暖阳”电暖器，行业领先，省电安全。', '行业领先'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  [
    'legal',
    '根据《食品安全法》第一百四十八条，消费者可以要求支付价款十倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元。',
  ],
  ['legal', '对生产经营者处货值金额五倍以上十倍以下罚款。'],
  ['legal', '网传“买到过期食品可获价款五倍赔偿”的说法不正确，应为价款十倍。'],
  ['legal', '经核查，撂荒地未复耕的，不予发放当年耕地地力保护补贴。'],
  ['legal', '未按时完成资格认证的，暂停发放高龄补贴，认证后补发。'],
  ['legal', '逾期未整改的，由执法部门依法处理。'],
  ['advertising', '建议市民选购带有3C认证标志的电暖器，不要贪图便宜。'],
  ['advertising', '建议下载使用“国家反诈中心”APP，是最好的防骗工具之一。'],
  ['advertising', '谨防推销人员推荐购买“康泰”血压计，称其国内第一品牌。'],
  [
    'coercion',
    '【情况通报】近日，有群众通过12345热线反映我镇石岭村要求村民为某网络评选活动投票并截图上报。经镇纪委核查，情况属实。镇党委已责令石岭村立即停止相关做法。',
  ],
  [
    'policy',
    '【回眸】从“独生子女”到“单独两孩”，从“全面两孩”到“三孩政策”，我国生育政策随着人口形势变化不断调整完善。',
  ],
];

describe('concept rules for the misses of final154 and final155', () => {
  itReportsFamilies(CATCHES, QUIET);
});
