// The legal and coercion rules for the misses of four blind every-gate sets (final206 to final209:
// soil conservation, forestry, culture and tourism, commerce, irrigation, grazing, markets), each
// written for a concept: a statute's figure told wrongly (the slope above which farming is barred, the
// multiples for unlawful felling, the age a dance hall or an internet café must turn away, a prepaid
// card's validity and caps), measures a body has no power to take (an identity card held, detention or
// a fine by a village committee or guards, a market's management fining or confiscating), and a
// donation made a levy (a floor per firm tied to the office's rating of it, a sanction on those who do
// not give). Quiet: the right figures, a province's own slope, hiring rules, a card shown and handed
// back, the police detaining, a referral to the regulator, a tie refused and giving that costs nothing.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the slope above which farming is barred (legal-statutory-thresholds)
  ['legal', '依据水土保持法，严禁在三十度以上的陡坡地开荒种地。', '三十度以上的陡坡地开荒'],
  ['legal', '根据水土保持法，禁止在十五度以上陡坡地开垦种植农作物。', '十五度以上陡坡地开垦'],
  // the multiples for unlawful felling (legal-statute-clause-figures)
  [
    'legal',
    '《森林法》规定，盗伐林木的，并处盗伐林木价值三倍以上五倍以下的罚款。',
    '盗伐林木价值三倍以上五倍以下的罚款',
  ],
  [
    'legal',
    '依照森林法，对滥伐林木的，责令补种滥伐株数五倍以上十倍以下的树木。',
    '补种滥伐株数五倍以上十倍以下',
  ],
  // the age a dance hall or an internet café must turn away (legal-statutory-thresholds)
  ['legal', '网吧经营者注意：依照规定，网吧不得接纳16周岁以下的未成年人进入。', '16周岁以下'],
  ['legal', '未满十六周岁的青少年禁止进入歌舞厅和网吧。', '未满十六周岁'],
  // a prepaid card's validity and caps (legal-statutory-thresholds)
  [
    'legal',
    '购物卡提示：按规定，不记名卡有效期不少于两年，请留意卡面日期。',
    '不记名卡有效期不少于两年',
  ],
  ['legal', '预付卡消费提醒：单张记名卡限额不得超过1万元。', '记名卡限额不得超过1万元'],
  // an identity card held (legal-unlawful-sanctions)
  ['legal', '工地负责人扣下工人身份证，工程结束后再发还。', '扣下工人身份证'],
  ['legal', '上山人员须将身份证押在检查站，下山时领回。', '身份证押在'],
  ['legal', '入场人员请把身份证交给值班保安暂扣，离场时凭号牌取回。', '暂扣'],
  // detention by a village committee or guards (legal-unlawful-sanctions)
  ['legal', '对在村内聚众赌博的，由村民委员会对其予以拘留三日。', '拘留'],
  ['legal', '小区内发现偷盗电动车的，物业公司将一律予以拘留。', '拘留'],
  // a fine by a village committee by its other names (proximity legal.fine-by-village-body)
  ['legal', '由嘎查委员会对违规放牧户每只羊罚款30元。', '嘎查委员会'],
  // a market's or a mall's management fining or confiscating (legal-unlawful-sanctions)
  [
    'legal',
    '农贸市场服务中心将对占道经营的商户处以100元罚款。',
    '市场服务中心将对占道经营的商户处以100元罚款',
  ],
  ['legal', '本商场对偷窃者一律处以商品价格十倍的罚款。', '处以商品价格十倍的罚款'],
  // a donation floor per firm tied to the office's rating of it (coercion-purchase-quota)
  [
    'coercion',
    '倡议各农家乐踊跃捐款，每户不少于300元，捐款情况将作为明年星级复核的重要参考。',
    '星级复核',
  ],
  // a sanction on those who do not give (coercion-purchase-quota)
  ['coercion', '没有参加捐款的单位，年底一律取消评优资格。', '取消评优资格'],
  ['coercion', '未捐款的商户，今年将不予办理摊位续签手续。', '不予办理摊位续签'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '水土保持法明确，禁止在二十五度以上陡坡地开垦种植农作物。'],
  ['legal', '根据《某某省水土保持条例》，禁止在二十度以上陡坡地开垦种植农作物。'],
  [
    'legal',
    '《森林法》规定，盗伐林木的，补种盗伐株数一倍以上五倍以下的树木，并处盗伐林木价值五倍以上十倍以下的罚款。',
  ],
  ['legal', '网吧不得接纳未成年人；未满18周岁的未成年人禁止进入网吧。'],
  ['legal', '酒吧、KTV等场所不得招用未满16周岁的童工。'],
  [
    'legal',
    '预付卡提示：不记名卡有效期不得少于3年，单张记名卡限额不得超过5000元，单张不记名卡限额不得超过1000元。',
  ],
  ['legal', '办理业务时请将身份证交由工作人员核验。'],
  ['legal', '将身份证复印件交由前台留存。'],
  ['legal', '村民发现小偷后扭送派出所，由公安机关依法予以拘留。'],
  ['legal', '村委会协助派出所对闹事人员予以拘留。'],
  ['legal', '嘎查委员会协助苏木综合执法队对偷牧户罚款。'],
  ['legal', '市场监管所将没收其不合格电子秤，并处以200元罚款。'],
  ['legal', '市场管理办公室发现后将移交市场监管部门没收其电子秤。'],
  ['coercion', '每家民宿捐款不少于500元，捐款情况不作为等级评定的依据。'],
  ['coercion', '民宿等级评定将于下月开展，每家需提交不少于500元的保证金材料。'],
  ['coercion', '捐款自愿，未捐款的经营户不受任何影响，续租照常办理。'],
  ['coercion', '捐款名单将公示，未捐款的不予公示。'],
];

describe('concept rules for the legal and coercion misses of final206 to final209', () => {
  itReportsFamilies(CATCHES, QUIET);
});
