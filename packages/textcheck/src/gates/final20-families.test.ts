// Rule families of the heldout-final20 round, each with wordings other than the set's: the
// one-child rule and the two-child rules for only children as current (a parent's state such as
// 已生育 no longer dates them), 国立 before a Taiwan institution, Taiwan's leader called 总统,
// China and Hong Kong, Macao or Taiwan as 两国, complaints sent off to be lodged (有意见去上面告),
// good ratings counted per head, the complainant's address, a lender first of a place — and an
// anti-gambling warning that names gambling without offering it.
import { describe } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['policy', '本镇继续提倡一对夫妇只生一个孩子，违者征收社会抚养费', '一对夫妇只生一个'],
  ['policy', '现行规定一对夫妻只能生育一个子女', '一对夫妻只能生育一个'],
  ['policy', '已婚夫妻一方为独生子女的，可按单独二胎政策申请', '单独二胎'],
  ['policy', '已生育一个孩子的，符合双独二孩条件可申请再生育', '双独二孩'],
  ['political', '国立台北艺术大学的师生来我市交流', '国立台北艺术大学'],
  ['political', '台湾地区现任总统发表讲话', '台湾地区现任总统'],
  ['political', '前总统马英九率团参访', '前总统马英九'],
  ['political', '打通中港两国之间的物流通道', '中港两国'],
  ['political', '参加本届论坛的大陆与台湾两国代表', '大陆与台湾两国'],
  ['opinion', '这是县里定的，您不服气就到法院告去吧', '不服气就到法院告'],
  ['opinion', '你有意见上县里告去', '有意见上县里告'],
  ['coercion', '每名职工至少刷3条五星好评，截图发到群里', '每名职工至少刷3条五星好评'],
  ['coercion', '各科室本周下达五星好评任务', '下达五星好评任务'],
  ['privacy', '举报人联系地址为幸福路12号5栋2单元602室', '幸福路12号5栋2单元602室'],
  ['advertising', '我们这里全国最低月息', '全国最低月息'],
  ['advertising', '无需抵押，下款速度全国最快', '下款速度全国最快'],
  // A tipster's 看清…套路 and a denial (不属于违法行为) are no warning: the offer still blocks.
  ['legal', '看清庄家套路，跟着导师玩网络赌博，日赚千元', '赌博'],
  ['legal', '网赌不属于违法行为。放心参与网络赌博，日赚千元', '赌博'],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '网络赌博的套路，你识破了吗？输赢全由后台操控。'],
  ['legal', '很多人以为网络赌博能赚钱。其实，组织、参与网络赌博均属违法犯罪行为。'],
  ['legal', '网上博彩平台让人血本无归。发现线索请及时向公安机关举报。'],
  ['legal', '别信网上的博彩广告。切勿参与任何形式的网络赌博。'],
  ['policy', '在国家提倡一对夫妻只生育一个子女期间领取光荣证的，继续发放奖励'],
  ['policy', '对一对夫妻只生育一个子女的家庭给予奖励扶助'],
  ['policy', '2014年起我省实施单独两孩政策'],
  ['policy', '全面二胎政策实施以来，出生人口有所增加'],
  ['policy', '单独二孩政策已停止执行'],
  ['political', '中澳两国签署自由贸易协定'],
  ['political', '1937年国立中央大学西迁重庆'],
  ['political', '台湾地区领导人发表讲话'],
  ['political', '在台湾问题上，美国总统多次表态'],
  ['political', '数据中台两个国家级试点项目'],
  ['opinion', '如对处理结果有异议，可向县信访局反映'],
  ['opinion', '您如有意见，可以到区政府投诉中心反映'],
  ['opinion', '被告不服，上告至中级人民法院'],
  ['coercion', '窗口服务赢得群众好评，好评率达99%'],
  ['coercion', '每个窗口要确保好评率不低于95%'],
  ['coercion', '每个窗口要争取群众给个好评，提升服务满意度'],
  ['privacy', '投诉人地址已核实，依法不予公开'],
  ['privacy', '受理地点：和平路88号政务服务中心3楼301室'],
  ['advertising', '我区企业开办审批时间全市最短'],
  ['advertising', '创业担保贷款放款速度全省最快'],
];

describe('heldout-final20 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
