// The political, text and advertising rules for the misses of four blind sets (final190 to final193),
// each written for a concept: an observance day (防灾减灾日, 世界水日, 航海日 …) said to fall on another
// date, 声明 written 申明 in a public notice of a loss or a void paper, a kind of product a tip tells the
// public to use promised to end a harm outright, one named firm or its product put forward in the
// office's voice, and an order by WeChat whose only enforcement word nearby is a filing with the police.
// Quiet: the right dates and events held on another day of the observance, 申明 stating one's reasons,
// an aim or an effect without an absolute word, firms of a kind or put forward for a tender, and the
// same order warned of by the police.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an observance day said to fall on another date (political.history-date)
  ['political', '今天是6月6日，第52个“世界环境日”，全市开展净滩行动。', '6月6日'],
  ['political', '每年的11月19日为全国消防日，各消防站向社会开放。', '11月19日'],
  ['political', '4月22日是我国第29个世界读书日，市图书馆延长开放时间。', '4月22日'],
  // a kind of product promised to end a harm outright (advertising.absolute-term)
  [
    'advertising',
    '建议居民将老旧灶具更换为带熄火保护的灶具，可百分之百避免燃气泄漏。',
    '百分之百避免',
  ],
  ['advertising', '果农可选用石硫合剂喷洒枝干，一次用药就能根除介壳虫。', '一次用药就能根除'],
  // one named firm or its product put forward by the office (advertising.promotion)
  [
    'advertising',
    '本次农博会上，我局大力推荐青禾农业科技有限公司生产的富硒大米，欢迎市民品尝。',
    '青禾农业科技有限公司',
  ],
  ['advertising', '初次申报的小微企业，推荐委托恒达会计师事务所代为办理。', '恒达会计师事务所'],
  // an order by WeChat beside a filing with the police, not a warning (advertising.buy-by-contact)
  [
    'advertising',
    '需要定制门牌的居民可加微信mp6688下单，制作完成后由我们统一办理公安机关备案。',
    '微信mp6688下单',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['political', '6月5日是第52个世界环境日，全市开展净滩行动。'],
  ['political', '4月22日，第29个世界读书日到来之际，市图书馆推出借阅优惠。'],
  ['political', '12月6日，第38个国际志愿者日主题宣传活动在市民广场举行。'],
  ['political', '10月2日是国庆节假期第二天，各景区客流平稳。'],
  ['advertising', '各村要确保100%杜绝秸秆露天焚烧。'],
  ['advertising', '建议将橡胶软管更换为金属波纹管，可有效降低漏气风险。'],
  ['advertising', '年报审计可推荐委托有资质的会计师事务所办理。'],
  ['advertising', '经评审委员会评审，推荐东港建设工程有限公司为第一中标候选人。'],
  ['advertising', '公安机关提醒：切勿添加陌生人微信mp6688下单购买证件，谨防受骗。'],
];

describe('political and advertising rules for the misses of final190 to final193', () => {
  itReportsFamilies(CATCHES, QUIET);
});

describe('声明 written 申明 in a public notice (text gate with the typo detector)', () => {
  it.each([
    ['身份证遗失后无需在报纸上刊登遗失申明。', '遗失申明'],
    ['本网站的免责申明如下。', '免责申明'],
  ])('reports %s', (text, excerpt) => {
    expect(textGateWarnings(text).some((e) => e.includes(excerpt))).toBe(true);
  });
  it.each(['当事人有权申明理由并提出异议。', '行政机关应当向当事人申明其依据。'])(
    'stays quiet on %s',
    (text) => {
      expect(textGateWarnings(text)).toEqual([]);
    },
  );
});
