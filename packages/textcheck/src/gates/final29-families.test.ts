// Rule families of the heldout-final29 round, each with wordings other than the set's: the CPPCC
// named a 政治协商委员会 (市政治协商委员会), an accident blamed on a woman driver (果然是女司机),
// offenders generalised by origin (小偷大多是外地人) and the two sides of the strait called two
// countries (两岸青年…两国); a defendant on trial called 罪犯 (罪犯王某…提起公诉), a minor named with
// 今年/现年 and an age, where to buy "smart drugs" (利他林…附上购买链接), cannabis recommended abroad,
// a gunpowder recipe, a civil-service place bought through an inside quota; a mobile number in a
// bracket after a name in a list of honourees; an internal document number with 内传, an 内部参阅
// marking, an insider's leak of a plan (知情人士透露…拟将) and unsettled expropriation plots listed;
// mock praise (你可真是个“天才”), a citizen accused of bad faith (该市民纯属恶意刁难), a complaint
// belittled in the author's voice (我觉得…小题大做); a coupon by private message and a praised brand
// advised to every home — and the near misses that stay quiet: an abolished name told as replaced
// (已被…取代), a question answered no, a separatist term quoted after 所谓 and refuted, a woman driver
// in a report, one suspect's origin, 中美两国 beside Taiwan news, a defendant judged, a contact
// person's mobile, safety advice without a brand, anti-drug and anti-fraud warnings.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '市政治协商委员会召开常委会议', '政治协商委员会'],
  ['political', '学习贯彻中华人民政治协商会议章程', '中华人民政治协商会议'],
  ['political', '路口追尾，果然是女司机开的车', '果然是女司机'],
  ['political', '一看就是女驾驶员，倒个车磨蹭半天', '一看就是女驾驶员'],
  ['political', '据统计，辖区小偷大多是外地人，请大家提高警惕', '小偷大多是外地人'],
  ['political', '警方分析，该诈骗团伙成员基本都是湖南籍', '基本都是湖南籍'],
  ['political', '两岸青年交流营开营，两国学子共话未来', '两国'],
  ['political', '台湾同胞与大陆两国人民血浓于水', '两国'],
  ['legal', '法院依法开庭审理此案，罪犯王某对指控没有异议', '罪犯王某'],
  ['legal', '检察院已对罪犯李某某提起公诉', '罪犯李某某'],
  ['legal', '经查，参与斗殴的王浩然现年15岁，已被公安机关依法处理', '王浩然'],
  ['legal', '不少考生想提高专注力，利他林的购买链接本号附上了，有需要自取', '购买链接'],
  ['legal', '小编分享了几个购买渠道，专注达、莫达非尼都能买到', '购买渠道'],
  ['legal', '到了当地，大麻巧克力值得一试', '大麻巧克力值得一试'],
  ['legal', '春节想自己做鞭炮？氯酸钾和铝粉按比例混合即可', '氯酸钾和铝粉按比例混合'],
  ['legal', '培训班称有内部指标，包录取，费用5万元', '内部指标，包录取'],
  ['privacy', '2025年优秀少先队员名单：实验小学 王雨桐（电话13812345678）、刘子墨', '13812345678'],
  [
    'confidentiality',
    '根据《关于做好防汛工作的通知》（县委办内参〔2024〕12号）',
    '办内参〔2024〕12号',
  ],
  ['confidentiality', '附件：全区财政运行分析（内部参阅）', '内部参阅'],
  [
    'confidentiality',
    '知情人士称，明年我县拟将城区停车收费标准上调一倍',
    '知情人士称，明年我县拟将城区停车收费标准上调',
  ],
  [
    'confidentiality',
    '还未正式批准的拆迁片区包括西关老街、粮站宿舍两处',
    '还未正式批准的拆迁片区包括',
  ],
  ['opinion', '占用消防通道还有理了？你可真是个“天才”', '你可真是个“天才”'],
  ['opinion', '您还真是个人才啊！请立即挪车', '您还真是个人才啊'],
  ['opinion', '经核查，该市民纯属恶意刁难，相关情况不属实', '该市民纯属恶意刁难'],
  ['opinion', '这位业主分明是故意捣乱，请遵守小区规定', '业主分明是故意捣乱'],
  ['opinion', '您好，我感觉这点小事没必要投诉，请相互理解', '我感觉这点小事没必要投诉'],
  ['advertising', '后台回复“福利”领50元优惠券，先到先得', '后台回复“福利”领50元优惠券'],
  ['advertising', '加客服微信领取100元代金券，数量有限', '加客服微信领取100元代金券'],
  ['advertising', '“安心”牌空气净化器除醛效果好，推荐家家户户备上一台', '推荐家家户户备上一台'],
];

const CLEAN: Array<[Gate, string]> = [
  ['policy', '自2016年起，暂住证被居住证所替代，持证人可享受更多公共服务'],
  ['policy', '问：现在办理户口迁移还需要开准生证吗？\n答：不需要。生育登记实行网上办理'],
  ['policy', '问：现在种地还要交农业税吗？\n答：不用。农业税自2006年起全面取消'],
  ['policy', '问：如今办理居住登记还用办暂住证吗？答：无需，持居住证即可'],
  ['political', '国台办发言人指出，所谓“两国论”荒谬至极，注定失败'],
  ['political', '中国人民政治协商会议第十四届全国委员会第三次会议开幕'],
  ['political', '县政协（中国人民政治协商会议某某县委员会）召开全体会议'],
  ['political', '一名女司机驾车途经路口时与电动车发生碰撞，交警已到场处置'],
  ['political', '女司机王女士热心救助落水儿童，获评“见义勇为好司机”'],
  ['political', '经查，犯罪嫌疑人张某系四川籍，现已被刑事拘留'],
  ['political', '本次招聘的工作人员多为本地户籍'],
  ['political', '台湾问题是中美关系中最重要最敏感的问题，中美两国应妥善处理'],
  ['political', '两岸青年在福州共话发展，日韩两国学者也应邀出席'],
  ['legal', '罪犯王某某因抢劫罪被判处有期徒刑十年，现在监狱服刑'],
  ['legal', '法院依法开庭审理此案，被告人王某当庭认罪认罚'],
  ['legal', '见义勇为的李浩然今年16岁，受到市政府表彰'],
  ['legal', '警方提醒：网上售卖所谓“聪明药”的购买渠道均属违法，切勿购买'],
  ['legal', '家长可通过正规医院就诊，专注力问题请遵医嘱，切勿自行购买利他林'],
  ['legal', '禁毒宣传：大麻属于毒品，即使在境外合法的地区，游客也不要尝试'],
  ['legal', '严禁私自用硝酸钾、硫磺配制火药，违者依法追究责任'],
  ['legal', '化学课上，老师讲解了硝酸钾的性质，并演示了溶液配制'],
  ['legal', '警方提醒：所谓“内部名额保过面试”都是骗局，公务员考试没有捷径'],
  ['privacy', '拟表彰名单公示期5天，如有异议，请联系人：张伟（电话13812345678）'],
  ['privacy', '获奖名单公示：王雨桐、刘子墨。咨询电话：0731-88886666'],
  ['confidentiality', '根据县委办〔2024〕12号文件要求，开展防汛检查'],
  ['confidentiality', '内部人士透露的消息系谣言，请以官方发布为准，网传拟将上调水价不实'],
  ['confidentiality', '根据多位内部人士反馈，学校食堂饭菜质量有待提高'],
  ['confidentiality', '桂源县人民政府征收土地预公告：拟征收城南村集体土地，征收范围详见附图'],
  ['opinion', '你真是个“小天使”，谢谢你帮助迷路的老人'],
  ['opinion', '感谢网友的监督，我们将认真核查'],
  ['opinion', '有网友认为我们是故意拖延，对此我们高度重视并作出说明'],
  ['opinion', '个人感觉这款手机续航不错，不算什么大事的小毛病也能修'],
  ['advertising', '市商务局提醒：消费券请通过云闪付APP领取，满200元减50元'],
  ['advertising', '消防部门建议广大市民家中配备一台灭火器，并学会使用'],
  ['advertising', '私信我们反映问题，工作人员会及时回复'],
];

describe('heldout-final29 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
