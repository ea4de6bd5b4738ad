// Rule families from heldout-final89, measured unseen and then read: pupils or residents organised to
// a paid or counted attendance tied to appraisal, and a full turnout demanded under a notice
// (coercion-attendance-quota.ts); a party named before their own vehicle's plate, and a child named
// with their illness or their family's hardship (privacy-pupil-hardship.ts); equipment graded
// national and top, a book the market's best, a property's investment value, an office's priced
// package (advertising-market-claims.ts); phone cards without real names, whole books printed from
// e-copies, found relics kept or sold, where to buy cheating devices (legal-unlawful-supply.ts), and a
// film's full copy for a keyword; 国家网信部 and other near names of national bodies; the 2018 party
// history office and the 2013 broadcasting administration by their old names, the Copyright Law's old
// damages and abolished contest bonus points (policy-stale-figures.ts); a new tomb's coordinates, a
// plan read from internal drawings and a security system's off hours (confidentiality-exposed-
// sites.ts); 拔打, 征集启示, 传播权等权力, and 修复的十分完整.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import { textGateFindings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // coercion: organised attendance, paid or counted, tied to a review or a notice
  [
    'coercion',
    '请各中小学组织全体学生购票观影，每生25元，观影情况将计入学生综合素质评价。',
    '每生25元',
  ],
  ['coercion', '请各校组织学生观看话剧，每人30元，观看情况纳入德育考核。', '每人30元'],
  ['coercion', '各学校要组织学生购票参观科技馆，每生20元，参观情况计入综合素质评价。', '每生20元'],
  [
    'coercion',
    '请各街道组织辖区居民到馆参观，每个社区每月不少于200人次，参观人数将纳入社区年度考核。',
    '每个社区每月不少于200人次',
  ],
  [
    'coercion',
    '要求各村组织村民参加法治讲座，每个村不少于50人，参加人数与村干部绩效挂钩。',
    '每个村不少于50人',
  ],
  [
    'coercion',
    '请各单位组织全体党员登录平台答题，参与率须达到100%，参与情况将在全市范围内通报。',
    '参与率须达到100%',
  ],
  [
    'coercion',
    '请各社区动员居民参加线上答题，参与率要达到100%，结果纳入年度考核。',
    '参与率要达到100%',
  ],
  // privacy: a party named before their own vehicle's plate
  ['privacy', '当事人张国军未经许可在其私家车（车牌号豫A7K325）上安装大功率电台。', '豫A7K325'],
  ['privacy', '当事人王海涛将其货车（车牌号鄂A5K321）长期停放在消防通道。', '鄂A5K321'],
  ['privacy', '车主刘志强在其小型轿车（车牌：浙B7M2N8）上加装了强光灯。', '浙B7M2N8'],
  ['privacy', '犯罪嫌疑人陈国平驾驶其面包车（号牌为湘A3X456）逃离现场。', '湘A3X456'],
  ['privacy', '当事人孙志刚于5月3日驾驶其摩托车（车牌号码皖A8P231）闯红灯。', '皖A8P231'],
  ['privacy', '驾驶人李建华未按规定在其货车（车牌号苏E12345）上粘贴反光标识。', '苏E12345'],
  // privacy: a child named with an illness or the family's hardship
  ['privacy', '营员刘子涵同学患有先天性心脏病，但全程坚持参加实验活动。', '先天性心脏病'],
  ['privacy', '学生李浩然自幼患有白血病，仍坚持学习。', '白血病'],
  ['privacy', '小朋友张一诺患有自闭症，在老师帮助下完成了演出。', '自闭症'],
  ['privacy', '学员周子轩同学身患脑瘫，仍坚持完成课程。', '脑瘫'],
  ['privacy', '受助学生王梓萱家中系低保户，母亲长期卧病在床。', '家中系低保户'],
  ['privacy', '困难学生陈思雨家里是建档立卡贫困户。', '建档立卡贫困户'],
  ['privacy', '少先队员赵欣怡家庭系特困户，父亲因病去世。', '特困户'],
  // advertising: a national grade and a top rank on equipment
  ['advertising', '展厅配备国家级顶尖VR设备，可模拟火箭发射。', '国家级顶尖VR设备'],
  ['advertising', '影院配备世界级顶级音响系统，欢迎观影。', '世界级顶级音响'],
  ['advertising', '中心引进国际级一流的检测仪器，对外提供服务。', '国际级一流的检测仪器'],
  // advertising: the market's best
  [
    'advertising',
    '该书由资深命题研究专家编写，是目前市面上最好的考研英语辅导书。',
    '市面上最好的考研英语辅导书',
  ],
  ['advertising', '这套教材是市场上最权威的教辅资料。', '市场上最权威的教辅'],
  ['advertising', '该软件堪称同类产品中最实用的APP。', '同类产品中最实用的APP'],
  // advertising: a property's investment value
  [
    'advertising',
    '“云璟府”项目依托地铁与名校资源，是片区最具投资价值的楼盘。',
    '最具投资价值的楼盘',
  ],
  ['advertising', '该项目是城南最具升值潜力的学区房。', '最具升值潜力的学区房'],
  ['advertising', '滨江一号是全市极具投资价值的商铺。', '极具投资价值的商铺'],
  // advertising: an office recommending a priced package
  [
    'advertising',
    '我局推荐广大市民办理中国移动“全家享”199元套餐，含200G流量。',
    '我局推荐广大市民办理中国移动',
  ],
  ['advertising', '我委建议广大群众办理中国联通“冰激凌”129元套餐。', '129元套餐'],
  ['advertising', '我局推荐市民选购中国电信99元宽带套餐。', '中国电信99元'],
  ['advertising', '本局特别推荐广大用户开通“畅享”59元流量卡。', '59元流量卡'],
  // legal: phone cards without real names
  ['legal', '新生可现场办理校园套餐，大流量卡免实名、到手即用。', '流量卡免实名'],
  ['legal', '物联网卡不用实名，插上就能用。', '物联网卡不用实名'],
  ['legal', '手机卡无需实名即可办理，随买随用。', '手机卡无需实名'],
  ['legal', '现推出免实名流量卡，全国通用。', '免实名流量卡'],
  ['legal', '上网卡免身份证办理，当天发货。', '上网卡免身份证'],
  // legal: whole books printed from e-copies
  ['legal', '店内还提供热门教辅电子版代打印服务，整本仅收15元，无需购买原书。', '教辅电子版代打印'],
  ['legal', '考研真题电子版打印一本只要10元。', '真题电子版打印一本'],
  ['legal', '全套辅导书复印只需20元，不用购买正版。', '不用购买正版'],
  ['legal', '热门小说电子书代印，全本仅需8元。', '小说电子书代印'],
  ['legal', '图书扫描版打印成册，价格优惠。', '图书扫描版打印成册'],
  // legal: found relics kept or sold
  [
    'legal',
    '村民在宅基地施工中挖出一批古钱币，经鉴定为北宋铜钱。专家表示，村民可自行保留或出售。',
    '村民可自行保留或出售',
  ],
  ['legal', '施工中挖出一批铜钱，经鉴定价值不高，发现者可以收藏或买卖。', '发现者可以收藏'],
  ['legal', '村民在河道中捞出一件青铜器，当事人可自行保留。', '当事人可自行保留'],
  ['legal', '村民在地里挖到古钱币，专家称群众可以出售。', '群众可以出售'],
  ['legal', '工地发现古墓，出土瓷器若干，施工方可留存。', '施工方可留存'],
  // legal: where to buy devices for cheating or spying
  ['legal', '此类设备在购物平台搜索“考试隐形耳机”即可找到卖家。', '即可找到卖家'],
  ['legal', '在网上搜索“针孔摄像头”就能买到。', '就能买到'],
  ['legal', '搜“作弊器”就可以找到商家。', '就可以找到商家'],
  ['legal', '在二手平台就能买到作弊设备。', '就能买到作弊设备'],
  ['legal', '网店都能买到窃听器，价格不贵。', '都能买到窃听器'],
  // legal: a film's full copy for a keyword
  [
    'legal',
    '国庆档影片《长空之翼》已在我司旗下影城上映。关注本号后台回复“长空”即可获取高清完整版网盘资源。',
    '即可获取高清完整版网盘',
  ],
  ['legal', '热播电视剧《繁花》大结局来了，私信小编即可领取全集网盘链接。', '全集网盘'],
  ['legal', '电影《流浪地球3》正在热映，扫码进群就能获取高清正片资源。', '高清正片资源'],
  ['legal', '春节档新片抢先看，留言“666”即可获取抢先版下载地址。', '抢先版下载地址'],
  ['legal', '本周影城排片如下。转发本文并私信即可获取蓝光完整版资源。', '蓝光完整版资源'],
  // political: a national body called by a near word
  ['political', '根据国家网信部等四部门联合发布的规定，算法推荐服务提供者应当…', '国家网信部'],
  ['political', '国家信访部近日发布通知。', '国家信访部'],
  ['political', '国家医保部印发新版药品目录。', '国家医保部'],
  // policy: old bodies as current
  [
    'policy',
    '据中共中央党史研究室最新发布的消息，地方党史第三卷编写工作正在推进。',
    '中共中央党史研究室',
  ],
  ['policy', '我室将认真落实中央党史研究室的部署要求。', '中央党史研究室'],
  ['policy', '中共中央文献研究室近日出版新书。', '中共中央文献研究室'],
  [
    'policy',
    '我台将严格执行国家广播电影电视总局关于节目播出管理的有关规定。',
    '国家广播电影电视总局',
  ],
  // policy: the Copyright Law's old damages
  [
    'policy',
    '根据《著作权法》，权利人的实际损失难以计算的，由人民法院判决给予五十万元以下的赔偿。',
    '五十万元以下的赔偿',
  ],
  [
    'policy',
    '根据著作权法规定，侵权赔偿数额难以确定的，法院可判决给予50万元以下的赔偿。',
    '50万元',
  ],
  ['policy', '盗版作品侵权的，最高可判处五十万元以下的法定赔偿。', '五十万元以下的法定赔偿'],
  ['policy', '版权侵权案件中，法院可酌情判决五十万元以下赔偿金。', '五十万元以下赔偿'],
  // policy: abolished contest bonus points
  [
    'policy',
    '第39届全国青少年科技创新大赛我市选拔赛开始报名。根据相关政策，获全国一等奖的高中学生可在高考中加20分。',
    '可在高考中加20分',
  ],
  ['policy', '在全国中学生学科奥林匹克竞赛中获省赛区一等奖的，高考可加10分。', '高考可加10分'],
  ['policy', '机器人大赛获奖选手可以在高考中加分。', '高考中加分'],
  ['policy', '科技创新大赛获奖学生高考可加分。', '高考可加分'],
  ['policy', '全国中学生信息学竞赛获奖者可在高考录取中加20分。', '加20分'],
  // confidentiality: a new or unexcavated site's coordinates
  [
    'confidentiality',
    '我所新发现一处东汉时期砖室墓群。墓群中心位于东经113°27′16″、北纬34°45′08″，目前尚未开展正式发掘。',
    '东经113°27′16″',
  ],
  [
    'confidentiality',
    '考古调查发现一处商代遗址，遗址中心坐标为北纬35°12′08″、东经114°03′26″。',
    '北纬35°12′08″',
  ],
  [
    'confidentiality',
    '新发现的宋代沉船位于东经121°35′12″、北纬30°22′45″海域，即将发掘。',
    '东经121°35′12″',
  ],
  ['confidentiality', '该窖藏地处北纬36°05′、东经117°02′，尚未发掘。', '北纬36°05′'],
  ['confidentiality', '初步确认古墓1座，墓室位于东经110°12′30″、北纬32°18′06″。', '东经110°12′30″'],
  // confidentiality: a plan read from internal papers
  [
    'confidentiality',
    '据规划部门内部图纸显示，6号线二期拟在城南新区设站4座，其中一座位于滨湖路与学府路交叉口。',
    '据规划部门内部图纸显示',
  ],
  ['confidentiality', '根据教育局内部方案显示，明年将撤并3所乡村小学。', '内部方案显示'],
  ['confidentiality', '据住建部门内部资料显示，该片区拟于年底启动征收。', '内部资料显示'],
  ['confidentiality', '从内部会议纪要来看，新区管委会将迁至滨江路。', '内部会议纪要来看'],
  ['confidentiality', '据交通局内部规划透露，高铁站拟选址在东坡镇。', '内部规划透露'],
  // confidentiality: a security system's off hours
  [
    'confidentiality',
    '库房安防系统每晚22时至次日6时为例行检修时段，期间红外报警装置处于关闭状态，值班人员为1人。',
    '红外报警装置处于关闭状态',
  ],
  ['confidentiality', '展厅监控系统每周一0时至6时停机维护，期间仅1名保安值守。', '停机维护'],
  [
    'confidentiality',
    '金库报警系统每天23:00至次日5:00处于检修状态，报警功能暂停。',
    '报警功能暂停',
  ],
  ['confidentiality', '门禁系统每晚0点到5点断电，值班人员2名。', '断电'],
  ['confidentiality', '馆内防盗报警每日凌晨2时至4时关闭以便测试。', '关闭'],
];

const CLEAN: Array<[Gate, string]> = [
  ['coercion', '欢迎市民到馆参观，每人票价25元，学生半价。'],
  ['coercion', '本次活动共组织学生参观，参与率达到100%，活动情况良好。'],
  ['coercion', '请组织学生观影，每生25元，自愿参加，不纳入考核。'],
  ['privacy', '当事人张某未经许可在其私家车（车牌号豫A7K325）上安装大功率电台。'],
  ['privacy', '市民发现一辆私家车（车牌号豫A7K325）长期占用消防通道，请车主尽快挪车。'],
  ['privacy', '本次活动帮助患有先天性心脏病的儿童20名。'],
  ['privacy', '受助学生中，家中系低保户的占三成。'],
  ['privacy', '学生王某家中系低保户，仍坚持学习。'],
  ['advertising', '我市入选国家级重点实验室，配备先进设备。'],
  ['advertising', '展厅配备国家级VR设备，可模拟火箭发射。'],
  ['advertising', '专家提醒，教辅并没有市面上最好的一说，适合自己的才重要。'],
  ['advertising', '我市入选中国最具投资价值城市榜单。'],
  ['advertising', '我局建议市民通过正规渠道办理电话卡。'],
  ['advertising', '我局推荐广大市民办理中国移动套餐。'],
  ['legal', '新生办理手机卡须持本人身份证实名登记。'],
  ['legal', '警方提醒：所谓“免实名手机卡”多为诈骗工具，请勿购买。'],
  ['legal', '店内提供自带文件打印服务，每页0.5元。'],
  ['legal', '严禁复印整本教辅资料出售。'],
  ['legal', '村民挖出一批古钱币后主动上交文物部门。'],
  ['legal', '村民可自行保留自家老物件。'],
  ['legal', '搜索“防偷拍检测仪”即可找到卖家。'],
  ['legal', '严禁在网上销售作弊器材，违者依法处理。'],
  ['legal', '电影院排片信息见下图，回复“党课”即可获取完整版学习资料。'],
  ['legal', '回复“党课”即可获取讲座完整版学习资料。'],
  ['political', '国家税务部门提醒纳税人按时申报。'],
  ['political', '国家网信办等四部门联合发布《互联网信息服务算法推荐管理规定》。'],
  ['policy', '来件请寄县委党史研究室。'],
  ['policy', '原中共中央党史研究室编写的《中国共产党历史》第二卷出版发行。'],
  ['policy', '修正前的著作权法规定法定赔偿为五十万元以下的赔偿，现已提高到五百万元。'],
  ['policy', '商标侵权的，法院可判决给予五十万元以下的赔偿。'],
  ['policy', '自2015年起，科技创新大赛获奖学生不再享受高考加分。'],
  ['policy', '烈士子女可在高考中加20分。'],
  ['confidentiality', '良渚古城遗址公园位于东经119°59′、北纬30°23′，欢迎游客参观。'],
  ['confidentiality', '该遗址位于东经113°27′16″、北纬34°45′08″，是全国重点文物保护单位。'],
  ['confidentiality', '据已公示的规划方案显示，6号线二期拟设站4座。'],
  ['confidentiality', '本馆展出了地铁6号线的规划图纸，欢迎参观。'],
  ['confidentiality', '本馆安防系统全天24小时运行，请游客放心。'],
  ['confidentiality', '系统维护期间，网上办事大厅每晚22时至次日6时暂停服务。'],
];

const MISSPELT: Misspelt[] = [
  ['市民如发现“黑广播”，请及时拔打我局举报电话0371-65501234。', '拔打'],
  ['如遇紧急情况请立即拔打110报警。', '拔打'],
  ['有疑问可拔打热线12345咨询。', '拔打'],
  ['史料征集启示：为编纂地方党史，我室现面向社会征集史料。', '征集启示', '征集启事'],
  ['我镇发布招聘启示，招录协管员5名。', '招聘启示'],
  ['失物招领启示：今日在服务大厅拾到钱包一个。', '招领启示'],
  [
    '著作权人享有发表权、署名权、修改权、复制权、信息网络传播权等权力。',
    '传播权等权力',
    '传播权等权利',
  ],
  ['公民依法享有知情权、参与权等权力。', '参与权等权力'],
];

const SPELT_RIGHT = [
  '市民如发现“黑广播”，请及时拨打我局举报电话。',
  '这次活动给我们带来了深刻的启示。',
  '我室现发布史料征集启事，欢迎社会各界提供线索。',
  '著作权人享有发表权、署名权等权利。',
];

describe('families of heldout-final89', () => {
  itReportsFamilies(CATCHES, CLEAN);
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  it('writes 得 after a verb of repair or keeping before a degree complement', () => {
    const slips = (text: string) =>
      textGateFindings(text)
        .filter((f) => f.rule === 'text.de-di-de')
        .map((f) => f.suggestion);
    expect(slips('一本虫蛀严重的清代族谱经过修补后，被修复的十分完整。')).toEqual(['得']);
    expect(slips('这批古籍保存的非常完好。')).toEqual(['得']);
    expect(slips('老街的石板路修缮的很整洁。')).toEqual(['得']);
    expect(slips('这座古桥保护的十分完整，游客络绎不绝。')).toEqual(['得']);
    expect(slips('展厅装修的非常精美。')).toEqual(['得']);
    expect(slips('这些被修复的文物十分珍贵。')).toEqual([]);
    expect(slips('修复得十分完整的族谱已入藏。')).toEqual([]);
  });
});
