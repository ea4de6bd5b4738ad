// The opinion and privacy rules for the misses of four blind sets (final186 to final189: foreign
// affairs, education, Taiwan affairs, civil air defence, martyrs' cemeteries, food safety, consumer
// associations, public debt, finance and tax replies), each written for a concept: a question refused
// or the asker told the answer is online somewhere, a matter disowned with the asker pushed off, any
// incident ruled out for good, every citizen promised an outcome by the minute, 作妖 as slang; a
// pupil named with a class written 四（2）班, a masked pupil told ill with the school and the class, a
// person named in full with an illness and the family's poverty, a citizen's mobile said after it to
// be the one they left. Quiet: a regret, a fake account disowned, a target, a past fact, a pledge
// denied, a masked or honoured pupil, a donation appeal, an office's line, and 某 as "a certain".
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a question refused, the answer said to be online (opinion.cold-reply)
  ['opinion', '答复：办理须知官网上都有，您自己去查询。', '官网上都有，您自己去查询'],
  ['opinion', '回复：我局概不答复个人咨询，敬请理解。', '我局概不答复个人咨询'],
  // a matter disowned, the asker pushed off (opinion.cold-reply)
  [
    'opinion',
    '回复：这件事跟我们没关系，你自己去找村委会，别再反复投诉。',
    '跟我们没关系，你自己去找村委会',
  ],
  ['opinion', '答：与本中心无关，不要再打扰我们。', '与本中心无关，不要再打扰'],
  // any incident ruled out for good (opinion.over-promise)
  ['opinion', '我们承诺：新建大桥绝对不会出现任何质量事故。', '绝对不会出现任何质量事故'],
  ['opinion', '本届马拉松保证全程不会发生任何安全事故。', '保证全程不会发生任何安全事故'],
  // every citizen promised an outcome by the minute (opinion.over-promise)
  [
    'opinion',
    '我们保证每一名患者都能在10分钟内得到医生救治。',
    '保证每一名患者都能在10分钟内得到医生救治',
  ],
  // slang of misbehaviour (opinion.slang)
  ['opinion', '个别商家又开始作妖，哄抬口罩价格。', '作妖'],
  // a pupil named with a class written 四（2）班 (privacy.named-person)
  [
    'privacy',
    '受助儿童周子萱目前就读于城南小学三（1）班，母亲常年卧病。',
    '周子萱目前就读于城南小学三（1）班',
  ],
  // a masked pupil told ill with the school and the class (privacy.patient)
  [
    'privacy',
    '溪口镇中心小学五年级2班学生林某在体育课上晕倒，已送镇卫生院救治。',
    '溪口镇中心小学五年级2班学生林某',
  ],
  // a person named in full with an illness and the family's poverty (privacy.patient)
  [
    'privacy',
    '村民郑国华因患尿毒症长期住院治疗，家境贫困，区民政局已为其办理临时救助。',
    '村民郑国华因患尿毒症长期住院',
  ],
  // a citizen's mobile said after it to be theirs (privacy.mobile-number)
  [
    'privacy',
    '回复：承办人将电话联系您，号码13912345678（也就是您登记的手机），请保持畅通。',
    '13912345678',
  ],
];

const QUIET: Array<[Gate, string]> = [
  ['opinion', '因留言较多，恕不一一回复，敬请谅解。'],
  ['opinion', '网传“某某服务号”与我局无关，系冒用我局名义，请市民提高警惕。'],
  ['opinion', '相关流程可登录市政府网站“办事指南”栏目查询。'],
  ['opinion', '我们将确保全年不发生重大食品安全事故。'],
  ['opinion', '去年全市学校食堂未发生一起食品安全事故。'],
  ['opinion', '任何人都不能保证绝不会出现任何风险，须常备不懈。'],
  ['opinion', '我们将保证每一个符合条件的适龄儿童有一个公办学位。'],
  ['opinion', '政府拿什么保证我家的安全呢？绝不会出现任何隐患吗？'],
  ['privacy', '我县一所中学部分学生午餐后出现不适，已送医治疗。'],
  ['privacy', '城关二中初二（3）班学生王某荣获市作文比赛一等奖。'],
  ['privacy', '村民郑某因患尿毒症住院治疗，家境贫困，已为其办理临时救助。'],
  ['privacy', '【爱心接力】村民郑国华因患尿毒症住院治疗，家境贫困，恳请爱心人士捐款。'],
  ['privacy', '市民陈女士反映，其孩子在某网络游戏中充值3000元，经调解已退款。'],
  ['privacy', '回复：如有疑问，可拨打我局咨询电话13912345678。'],
];

describe('opinion and privacy concept rules for the misses of final186 to final189', () => {
  itReportsFamilies(CATCHES, QUIET);
});
