// The advertising rules for the misses of four blind every-gate sets (final218 to final221), each
// written for a concept: property sold as the most worth investing in of a place, a venue ranked the
// best of a place, a product ranked first of a place by a ranking, a sponsor's discount at its own
// chain handed out at an office's event, a named firm praised by its wins where the public is sent to
// it, a named firm recommended outright with its praise or number, a commercial firm's business line
// after its selling points, and a brand's product put forward. Quiet: a goal or a list an assessment
// publishes, a title awarded, a size, one among several, a public platform's assessed rank, a firm
// put forward for an award, a kind of firm or product, a government voucher, a firm's wrong reported,
// a policy loan and a complaint line.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // property sold as the most worth investing in (advertising-absolute-patterns)
  [
    'advertising',
    '该商铺位于新城核心商圈，堪称全市最具投资价值的黄金铺面，欢迎广大竞买人踊跃参拍。',
    '全市最具投资价值的黄金铺面',
  ],
  [
    'advertising',
    '该地块位于高铁新城核心区，是全县最具升值潜力的商业用房，欢迎竞买人报名。',
    '全县最具升值潜力的商业用房',
  ],
  [
    'advertising',
    '本项目紧邻地铁口，堪称城区最有投资价值的临街旺铺，现已开放认购。',
    '城区最有投资价值的临街旺铺',
  ],
  // a venue ranked the best of a place (advertising-place-rankings)
  [
    'advertising',
    '带你走进汐州市廉政教育基地！这里是全省最好的廉政教育基地，设有6个展区。',
    '全省最好的廉政教育基地',
  ],
  [
    'advertising',
    '纪念馆是全市最佳的爱国主义教育基地，欢迎各单位组团参观。',
    '全市最佳的爱国主义教育基地',
  ],
  ['advertising', '它堪称省内最顶尖的科普场馆，周末免费开放。', '省内最顶尖的科普场馆'],
  // a product ranked first of a place by a ranking (advertising-place-rankings)
  [
    'advertising',
    '小编推荐“盾卫安全卫士”，它是国内排名第一的手机安全软件，在各大应用商店均可免费下载。',
    '国内排名第一的手机安全软件',
  ],
  ['advertising', '“云盾管家”是目前国内排名第一的杀毒软件，可免费下载。', '国内排名第一的杀毒软件'],
  ['advertising', '该设备为行业下载量第一的智能门锁管理系统。', '行业下载量第一的智能门锁管理系统'],
  // a sponsor's discount at its own chain (advertising-shop-discount)
  [
    'advertising',
    '本次活动由澜平鲜乐乳业独家赞助，参与活动的家长凭入场券可在鲜乐乳业各门店享受八折优惠。',
    '凭入场券可在鲜乐乳业各门店享受八折',
  ],
  [
    'advertising',
    '参与活动的市民凭门票可到百味轩餐饮各分店享受九折优惠。',
    '凭门票可到百味轩餐饮各分店享受九折',
  ],
  [
    'advertising',
    '凭本次讲座听课证可在康乐大药房各门店享受八五折优惠。',
    '凭本次讲座听课证可在康乐大药房各门店享受八五折',
  ],
  // a named firm praised by its wins where the public is sent to it (advertising-recommended-firm)
  [
    'advertising',
    '需要委托律师的，青屿县明正律师事务所长期深耕婚姻家事领域，胜诉率高，当事人可到本院诉讼服务中心咨询。',
    '青屿县明正律师事务所长期深耕婚姻家事领域，胜诉率高',
  ],
  [
    'advertising',
    '如需打离婚官司，鼎盛律师事务所胜诉率高达95%，可到该所咨询。',
    '鼎盛律师事务所胜诉率高达95',
  ],
  [
    'advertising',
    '需要办理商标注册的，华信知识产权代理有限公司服务周到、价格实惠。',
    '华信知识产权代理有限公司服务周到',
  ],
  // a named firm recommended outright with its praise or number (advertising-recommended-firm)
  [
    'advertising',
    '如需对家庭档案进行数字化扫描，推荐汐州明档数码科技有限公司，该公司技术过硬、价格实惠。',
    '推荐汐州明档数码科技有限公司',
  ],
  [
    'advertising',
    '如有需要，推荐宏远搬家服务有限公司，联系电话13800001111。',
    '推荐宏远搬家服务有限公司',
  ],
  [
    'advertising',
    '装修时推荐星达装饰工程有限公司，服务周到、价格公道。',
    '推荐星达装饰工程有限公司',
  ],
  // a commercial firm's business line after its selling points (advertising-recommended-firm)
  [
    'advertising',
    '金陂县恒通典当有限公司持证经营、手续简便，最快30分钟放款。有需要的市民可直接拨打业务热线0596-8823166咨询办理。',
    '可直接拨打业务热线0596-8823166咨询办理',
  ],
  [
    'advertising',
    '鑫达小额贷款有限公司手续简单、利息低，当天放款，欢迎有需要的市民致电业务热线0596-1234567咨询。',
    '致电业务热线0596-1234567咨询',
  ],
  [
    'advertising',
    '安顺典当行手续便捷，最快1小时放款，可随时拨打服务热线13912345678办理。',
    '可随时拨打服务热线13912345678办理',
  ],
  // a brand's product put forward (advertising-recommended-firm)
  [
    'advertising',
    '本次活动特别推荐汐声牌数字助听器，降噪效果好、佩戴舒适。',
    '特别推荐汐声牌数字助听器',
  ],
  ['advertising', '我们推荐大家选用“安耳”牌助听器，佩戴舒适。', '推荐大家选用“安耳”牌助听器'],
  ['advertising', '重点推荐金穗牌富硒大米，口感香糯。', '重点推荐金穗牌富硒大米'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['advertising', '县政府将着力打造全市最具投资价值的商业街区，吸引优质企业入驻。'],
  ['advertising', '据评估报告，我市再次入选“中国最具投资价值城市”榜单。'],
  ['advertising', '我市努力把教育基地建成全省最好的廉政教育基地。'],
  ['advertising', '该馆被评为全省最佳爱国主义教育基地。'],
  ['advertising', '这里是全国最大的廉政教育基地，展陈面积1.2万平方米。'],
  ['advertising', '这里是全国最好的博物馆之一，每年接待游客百万人次。'],
  [
    'advertising',
    '“浙里办”是全国排名第一的政务服务平台，在省级政府一体化政务服务能力评估中位列第一。',
  ],
  ['advertising', '我市数字经济增速排名全省第一，软件产业营收突破百亿元。'],
  ['advertising', '凭消费券可在全市参与活动的各门店享受满减优惠。'],
  ['advertising', '凭老年证可到县博物馆免费参观。'],
  ['advertising', '建议委托具有资质的律师事务所办理，可向县司法局咨询律师执业信息。'],
  [
    'advertising',
    '县司法局对某律师事务所虚假宣传“胜诉率高”的行为予以通报，当事人可拨打12348咨询。',
  ],
  ['advertising', '明正律师事务所律师张某在调解中耐心细致，当事人送来锦旗表示感谢。'],
  ['advertising', '经县工信局推荐，明档数码科技有限公司入选省级专精特新中小企业名单。'],
  ['advertising', '县商务局推荐汐州明档数码科技有限公司参评省级电子商务示范企业。'],
  [
    'advertising',
    '县农商银行推出创业担保贷款，手续简便、最快3天放款，有需要的可拨打业务热线0596-8888888咨询。',
  ],
  [
    'advertising',
    '金陂县恒通典当有限公司因违规放贷被责令整改，市民如有疑问可拨打监督电话0596-1234567。',
  ],
  ['advertising', '推荐选购带有3C认证标志的助听器，购买时请索要发票。'],
  ['advertising', '在全省运动会上，我县选手获得金牌，推荐参评省优秀运动员。'],
];

describe('concept rules for the advertising misses of final218 to final221', () => {
  itReportsFamilies(CATCHES, QUIET);
});
