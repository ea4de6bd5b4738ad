// Rule families of the heldout-final18 round, each with wordings other than the set's: loans for
// spoiled credit, cash-settled card games, appointments settled in advance, forces deployed by
// number, facility entrances in brackets, tiny marquees, sanctions in the sentence after a like
// quota, discounts for buying on the spot; and secrecy publicity and government sections kept
// quiet.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '黑户也能下款，当天到账', '黑户也能下款'],
  ['legal', '麻将馆输赢现金结算', '输赢现金结算'],
  ['confidentiality', '县教育局局长人选已初步确定为王某', '局长人选已初步确定为'],
  ['confidentiality', '届时将部署警力80人', '部署警力80人'],
  ['confidentiality', '地下指挥所（入口在后山东侧）', '地下指挥所（入口在后山'],
  ['coercion', '请转发推文并集满20个赞。未完成的同学不能参评优秀学生。', '未完成的同学不能参评'],
  ['advertising', '扫码购买享8折', '扫码购买享8折'],
];

const CLEAN: Array<[Gate, string]> = [
  ['confidentiality', '不在微信群转发涉密文件，不随意拍摄、发布军事设施照片。'],
  ['coercion', '未完成年检的车辆不能上路。'],
];

describe('heldout-final18 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('reads a one-pixel marquee as hidden', () => {
    const html =
      '<html><body><p>通知</p><marquee width="1" height="1">兼职刷单日结 www.sd-rj.top</marquee></body></html>';
    expect(reported('hijack', { html }).length).toBeGreaterThan(0);
  });
});
