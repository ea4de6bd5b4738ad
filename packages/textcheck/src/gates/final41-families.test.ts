// Rule families of the heldout-final41 round, each with wordings other than the set's: an interaction
// task made a veto item, cadre candidates settled before the meeting that decides, a merger of
// schools or bodies told while unpublished, an army unit's number named with its station, Hong
// Kong, Macao and Taiwan listed as 境外国家, a pupil named before their class, the health-code and
// negative-test checks of the pandemic told as current, a gift's best choice, a quoted slogan a
// business builds, and the misspelt 教科文 of UNESCO — and the near misses that stay quiet.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an interaction task made a veto item
  ['coercion', '“学习强国”APP下载注册工作实行一票否决，各支部务必按时完成。', '实行一票否决'],
  ['coercion', '政务服务小程序推广任务完成情况作为年度评优一票否决指标。', '一票否决'],
  ['coercion', '将短视频点赞转发任务列为一票否决内容。', '列为一票否决'],
  ['coercion', '反诈APP安装工作实行“一票否决”，请各单位高度重视。', '一票否决'],
  ['coercion', '医保APP激活率纳入一票否决事项，请各网格员抓紧推进。', '一票否决'],
  ['coercion', '各社区视频号关注任务实行一票否决。', '实行一票否决'],
  ['coercion', '乡镇政务APP注册工作纳入年度考核一票否决。', '一票否决'],
  // cadre candidates settled before the meeting that decides
  [
    'confidentiality',
    '据了解，新一轮乡镇班子调整人选基本确定，待市委常委会讨论后公布。',
    '人选基本确定',
  ],
  [
    'confidentiality',
    '本次拟任干部名单已经初步敲定，还需提交县委常委会研究决定。',
    '名单已经初步敲定',
  ],
  [
    'confidentiality',
    '局机关中层干部轮岗人选已初步形成，待党组会审议后再行公示。',
    '人选已初步形成',
  ],
  [
    'confidentiality',
    '经过民主推荐，拟提拔副科级干部人选已基本确定为王磊同志，尚需区委常委会研究。',
    '人选已基本确定',
  ],
  ['confidentiality', '此次后备干部名单已初步拟定，等党委会研究通过后另行通知。', '名单已初步拟定'],
  // a merger of schools or bodies told while unpublished
  [
    'confidentiality',
    '经县委研究，拟将城关二中与城关三中合并办学，此事尚未对外公布，请各位校长做好教职工稳定工作。',
    '此事尚未对外公布',
  ],
  [
    'confidentiality',
    '市里计划把东湖街道并入西湖街道，方案目前还未公开，大家先不要议论。',
    '还未公开',
  ],
  ['confidentiality', '据会议研究，拟将镇卫生院撤并至县人民医院，该方案暂未正式发布。', '撤并'],
  ['confidentiality', '区里准备将三个村卫生室整合为一个，方案还未对外公开。', '整合为一个'],
  [
    'confidentiality',
    '经局党组研究，打算将下属两个事业单位合并，方案尚未公布，请做好人员思想工作。',
    '方案尚未公布',
  ],
  // an army unit's number named with its station
  ['confidentiality', '区领导看望驻区66012部队，送上节日祝福。', '驻区66012部队'],
  ['confidentiality', '县委书记一行来到驻守在东山岛的92857部队，慰问一线官兵。', '92857部队'],
  ['confidentiality', '春节前夕，市四套班子领导走访慰问驻地部队第73125部队某营。', '73125部队'],
  ['confidentiality', '驻防我县的武警31623部队官兵参加抗洪抢险。', '武警31623部队'],
  ['confidentiality', '镇党委书记走访慰问驻镇61528部队官兵，送去慰问品。', '驻镇61528部队'],
  // Hong Kong, Macao and Taiwan listed as foreign countries
  ['political', '本次论坛吸引了港澳台及其他境外国家的学者参加。', '港澳台及其他境外国家'],
  ['political', '来自香港等境外国家的客商纷纷签约。', '香港等境外国家'],
  ['political', '本届展会有来自台湾等海外各国的展商参展。', '台湾等海外各国'],
  ['political', '我市与港澳等境外各国的经贸往来日益密切。', '港澳等境外各国'],
  ['political', '来自美国、日本、港澳台等国家的客商参会。', '港澳台等国家'],
  ['political', '展会吸引了德国、法国和港澳等20多个国家的企业。', '港澳等20多个国家'],
  // a pupil named before their class in a report of an incident
  [
    'legal',
    '经查，涉嫌欺凌同学的刘某杰系该校初一（5）班学生，目前已被训诫。',
    '刘某杰系该校初一（5）班学生',
  ],
  ['legal', '经查，打人学生王磊系该校七年级2班学生，警方已依法处理。', '王磊系该校七年级2班'],
  ['legal', '民警调查发现，殴打他人的张浩然是本校高一（2）班的学生。', '张浩然是本校高一（2）班'],
  ['legal', '涉事男生赵一鸣为该校五年级三班学生，因琐事打人。', '赵一鸣为该校五年级三班'],
  ['legal', '涉嫌盗窃的孙晓东系初三（1）班学生，公安机关已依法处理。', '孙晓东系初三（1）班'],
  // the health-code and negative-test checks of the pandemic told as current
  ['policy', '即日起，来访人员须凭72小时内核酸检测阴性报告进入办事大厅。', '核酸检测阴性报告'],
  ['policy', '游客入园请主动扫描场所码，出示行程卡。', '场所码'],
  ['policy', '进入校园的家长须查验健康码和核酸阴性证明。', '健康码'],
  ['policy', '乘客进站请亮健康码，并提供48小时核酸检测证明。', '健康码'],
  ['policy', '市民到医院就诊须持24小时内核酸阴性结果。', '核酸阴性结果'],
  // a gift's best choice
  ['advertising', '高山云雾茶清香回甘，是招待客人的不二之选。', '不二之选'],
  ['advertising', '手工腊肉肥而不腻，是春节送礼的最好选择。', '最好选择'],
  ['advertising', '这款米酒口感绵柔，是家宴待客的最佳选择。', '最佳选择'],
  ['advertising', '土蜂蜜纯正香甜，是馈赠长辈的最理想的选择。', '最理想的选择'],
  ['advertising', '本地产富硒大米颗粒饱满，是馈赠亲友的最佳之选。', '最佳之选'],
  ['advertising', '腊味香肠风味独特，是节日馈赠亲朋好友的最佳选择。', '最佳选择'],
  ['advertising', '古法红糖甘甜醇厚，是馈赠友人的最好的选择。', '最好的选择'],
  // a quoted slogan a business builds
  ['advertising', '县里大力扶持茶企，争创“全国第一品牌”高山绿茶。', '全国第一品牌'],
  ['advertising', '我县着力打响“行业第一品牌”富硒米，让山货走出大山。', '行业第一品牌'],
  ['advertising', '该企业致力于打造“中国第一品牌”乳制品。', '中国第一品牌'],
  ['advertising', '合作社努力把脐橙做成“全国最好吃的橙子”。', '全国最好吃的橙'],
  ['advertising', '酒厂立志打造“国内第一品牌”米酒，产品供不应求。', '国内第一品牌'],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  ['coercion', '对发生重大安全生产事故的单位实行一票否决。'],
  ['coercion', '反诈APP推广工作不搞一票否决，坚持群众自愿。'],
  ['coercion', '市委明确：不得将APP下载注册情况作为一票否决事项。'],
  ['coercion', '下载“皖事通”APP可在线办理，安全生产工作实行一票否决。'],
  ['confidentiality', '经县委常委会研究，拟提拔人选已确定，现予以公示如下。'],
  ['confidentiality', '经党组会研究，调整人选已基本确定，公示期为5个工作日。'],
  ['confidentiality', '考察对象名单初步确定后，待党委会研究决定后予以公示。'],
  ['confidentiality', '经省政府批准，城关二中与城关三中合并办学，现将有关事项公告如下。'],
  ['confidentiality', '网传“拟将青石小学撤并”系谣言，相关方案尚未公布。'],
  ['confidentiality', '市里拟将各类补贴整合发放，具体细则尚未公布。'],
  ['confidentiality', '中国人民解放军32150部队2024年公开招考文职人员公告'],
  ['confidentiality', '镇领导走访慰问驻镇部队官兵，送去节日慰问品。'],
  ['confidentiality', '驻村第一书记看望退役军人，并为老兵送上慰问品。'],
  ['political', '吸引了来自港澳台等境外地区的800余家企业参展。'],
  ['political', '来自美国、日本、港澳台等国家和地区的客商参会。'],
  ['political', '产品出口到美国、港澳台等国家（地区）。'],
  ['political', '京津冀、长三角、粤港澳等国家重大战略区域协同发展。'],
  ['legal', '李明系市第三中学初二（3）班学生，在市中学生运动会上获得跳远冠军。'],
  ['legal', '见义勇为的王小军系该校初二（3）班学生，警方对其行为予以表彰。'],
  ['legal', '经查，涉事学生张某某系该校初二（3）班学生，公安机关已依法处理。'],
  ['policy', '疫情期间，进入本馆须出示健康码和核酸阴性证明。'],
  ['policy', '2022年4月，本馆曾要求读者入馆须出示健康码。'],
  ['policy', '自2023年1月8日起，入馆不再查验健康码和核酸检测阴性证明。'],
  ['policy', '请问现在进医院还要出示核酸阴性证明吗？'],
  ['policy', '来华人员须持48小时内核酸检测阴性证明登机。'],
  ['policy', '接种前请提前通过“健康码”小程序注册登记，预约成功后按时前往。'],
  ['advertising', '中秋将至，是馈赠亲友的最佳时机，请注意防范网购诈骗。'],
  ['advertising', '春节走亲访友，乘坐公共交通是最佳选择。'],
  ['advertising', '馈赠亲友要量力而行，移风易俗是最好的选择。'],
  ['advertising', '某企业在广告中宣称“中国第一品牌”，被市场监管局立案查处。'],
  ['advertising', '我县打造“中国最美县城”，吸引游客。'],
  ['advertising', '该企业在宣传中称要打造“中国第一品牌”，被市场监管部门立案查处。'],
];

// [text, misspelt excerpt, its correction]
const MISSPELT: Misspelt[] = [
  ['我市古村落保护项目荣获联合国教课文组织亚太地区文化遗产保护奖。', '教课文组织', '教科文组织'],
  ['该遗址已被列入联合国教课文组织世界遗产名录。', '教课文组织', '教科文组织'],
  ['我市非遗项目入选联合国科教文组织名录。', '科教文组织', '教科文组织'],
  ['联合国科教文组织专家来我县考察古村落。', '科教文组织', '教科文组织'],
  ['县人大教课文卫委员会开展义务教育专题视察。', '教课文卫', '教科文卫'],
];
const SPELT_RIGHT = [
  '老师在教课文时注重引导学生朗读。',
  '联合国教科文组织发布全球教育监测报告。',
  '县政协召开教科文卫体委员会会议。',
];

describe('heldout-final41 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
