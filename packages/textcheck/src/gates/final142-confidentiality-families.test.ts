// Rule families from heldout-final142 (confidentiality): a raid or a surprise sampling told ahead with
// a long list of targets, a whistleblower cited by post, place and name, an inner host's address and a
// password given with its kind or before its account, a price settled in a first round before its
// hearing, and a secrecy office's warning that names mishandled classified files as a problem.
// Quiet: the same after the fact, informants kept nameless, the law on informants, public addresses
// and citizens' defaults, a hearing's own notice, secrecy lessons.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // raids and surprise checks told ahead
  [
    'confidentiality',
    '县市场监管局计划于下周三上午对城东农贸市场内张记熟食、老王卤味等5家摊点开展突击抽检。',
    '突击抽检',
  ],
  [
    'confidentiality',
    '区治安大队将于本周六凌晨2时在滨江路酒吧一条街及周边三家网吧、两家台球室实施集中清查行动。',
    '集中清查',
  ],
  [
    'confidentiality',
    '环境执法支队定于11月3日深夜对开发区北片的永兴电镀、恒昌印染等四家企业排污口进行突击夜查。',
    '突击夜查',
  ],
  [
    'confidentiality',
    '水利局拟于明晚10点到青龙河上游老鸦滩、鹅卵石湾两处疑似非法采砂点及码头开展突击检查。',
    '突击检查',
  ],
  [
    'confidentiality',
    '卫健委执法所决定于十二月五日对城西片区的仁和诊所、康福堂门诊部等多家民营医疗机构突击取样。',
    '突击取样',
  ],
  // whistleblower by post, place and name
  [
    'confidentiality',
    '近日，接到县第二中学教师王某的实名举报，反映该校食堂存在以次充好问题，我局已介入调查。',
    '教师王某的实名举报',
  ],
  [
    'confidentiality',
    '经核查，依据某物流公司司机刘某某检举，该公司存在超限运输行为，现已立案。',
    '司机刘某某检举',
  ],
  [
    'confidentiality',
    '据河口镇柳树村网格员陈建华的举报，村内有人私设地笼捕捞，执法人员随即出动。',
    '网格员陈建华的举报',
  ],
  [
    'confidentiality',
    '本案的实名举报人为该公司财务人员周某，其提供了大量账目凭证。',
    '财务人员周某',
  ],
  [
    'confidentiality',
    '收到城南社区居民赵某某等3人的联名控告后，街道立即组成调查组。',
    '居民赵某某等3人的联名控告',
  ],
  // inner hosts and credentials
  [
    'confidentiality',
    '请各单位运维人员使用跳板机IP：172.20.3.8进行远程维护。',
    '跳板机IP：172.20.3.8',
  ],
  ['confidentiality', '新数据库服务器地址为192.168.40.21，迁移完成后旧库停用。', '192.168.40.21'],
  [
    'confidentiality',
    '考核系统已开通，各科室统一使用账号kh_user01，初始登录密码统一为Kh@2025，请勿修改。',
    'kh_user01',
  ],
  ['confidentiality', '视频会议终端管理员账号vc_admin及临时口令Vc#8821已发至各镇。', 'vc_admin'],
  [
    'confidentiality',
    '检修期间请使用临时密码Qw!2025，账号guest_jx，检修结束后自动失效。',
    'guest_jx',
  ],
  ['confidentiality', '运维审计系统地址10.8.1.20，用户名ops01，默认口令ops@123。', '10.8.1.20'],
  // a price settled in a first round, before its hearing
  [
    'confidentiality',
    '出租车运价调整工作正在推进，经多次研究初步确定起步价将由8元上调至10元，方案尚待召开听证会。',
    '起步价将由8元上调至10元',
  ],
  [
    'confidentiality',
    '关于管道燃气价格：初定居民用气价格调整为每立方米3.15元，尚待市政府批准后执行。',
    '调整为每立方米3.15元',
  ],
  [
    'confidentiality',
    '我委内部讨论后，初步拟定将污水处理费标准由0.95元/吨提高到1.2元/吨，听证会时间另行确定。',
    '由0.95元/吨提高到1.2元',
  ],
  [
    'confidentiality',
    '停车收费改革方案尚待市政府批复，初步确定老城区路内停车收费标准调整为每小时4元。',
    '调整为每小时4元',
  ],
];

// [gate, text or page that must stay without block and warn findings]
const CLEAN: Array<[Gate, string]> = [
  // raids and checks told after, or with no time and target
  [
    'confidentiality',
    '11月3日深夜，环境执法支队对开发区北片四家企业排污口进行了突击夜查，发现一家企业偷排，已立案查处。',
  ],
  ['confidentiality', '上周六凌晨，区治安大队对滨江路酒吧一条街开展集中清查，查获涉赌人员12名。'],
  ['confidentiality', '市场监管部门将持续加大对农贸市场的抽检力度，守护群众“菜篮子”安全。'],
  [
    'confidentiality',
    '10月22日夜间，支队组织4个执法小组对城区周边18家涉气企业开展夜间突击检查，发现问题3个。',
  ],
  ['confidentiality', '网传“本周五公安将突击清查全市KTV”系谣言，请勿转发。'],
  ['confidentiality', '下一步，我局将适时组织开展突击检查，对发现的问题依法依规处理。'],
  // informants kept nameless, the law on informants
  ['confidentiality', '根据群众实名举报，我局对石门河非法采砂行为开展调查。'],
  ['confidentiality', '接到村民举报后，执法人员第一时间赶赴现场。'],
  ['confidentiality', '我局将对举报人姓名、单位、住址等信息严格保密，欢迎社会各界监督。'],
  ['confidentiality', '被告人李某因不满村民张某的举报，对其实施打击报复，法院判处其有期徒刑一年。'],
  ['confidentiality', '对实名举报并查证属实的，按规定给予举报人奖励，举报人信息严格保密。'],
  // public addresses and citizens' defaults
  ['confidentiality', '家用路由器管理地址一般为192.168.1.1，初次登录请修改默认密码。'],
  ['confidentiality', '服务器地址迁移后，市民可通过www.example.gov.cn正常访问门户网站。'],
  ['confidentiality', '初始登录密码为本人身份证号后六位，首次登录后请及时修改。'],
  ['confidentiality', '请妥善保管账号和密码，不要将临时口令告诉他人。'],
  // a hearing's own notice, a price decided
  [
    'confidentiality',
    '关于召开出租车运价听证会的公告：听证会定于3月8日举行，听证方案拟将起步价由8元调整为10元。',
  ],
  ['confidentiality', '经市政府批准，居民生活用水价格自明年1月1日起由每吨2.8元调整为3.45元。'],
  ['confidentiality', '燃气价格调整方案已完成成本监审，将依法召开听证会广泛听取意见。'],
  ['confidentiality', '初步确定的听证参加人名单现予公示，公示期5个工作日。'],
  // secrecy lessons
  [
    'confidentiality',
    '近期，个别单位出现在非涉密计算机上存储涉密文件的违规行为，请各单位立即开展自查。',
  ],
  ['confidentiality', '通报3起在互联网上处理涉密文件的典型案例，引以为戒。'],
];

describe('families of heldout-final142 (confidentiality round)', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
