// Rule families of the heldout-final10 round, each with wordings other than the set's: 人大议员,
// a prefecture under another, 未开化 before the people it judges, sex stereotypes, the one-child
// policy as current, exam questions told the day before, meetings behind closed doors, nominations
// before their notice, who may know it, sanctions that cover the demand before them, a phone checked
// door to door, a house number with its resident, invitations to a porn stream, 歹徒 after an
// arrest, 现金网, discounts for naming the account, a QQ number, taunts and threats to
// complainants.
import { describe } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '两位市人大议员参加了座谈', '人大议员'],
  ['political', '湖南省长沙市岳阳市平江县开展春耕', '长沙市岳阳市'],
  ['political', '走进尚未开化的彝族村寨', '尚未开化的彝族村寨'],
  ['political', '都说女人就是头发长见识短', '头发长见识短'],
  ['policy', '我们仍然提倡只生一个孩子好', '只生一个孩子好'],
  ['confidentiality', '后天就高考了，提前剧透：作文题是《家园》', '作文题是《家园》'],
  ['confidentiality', '在昨天的党委会上，书记透露明年要搬迁镇政府', '党委会上，书记透露'],
  ['confidentiality', '拟推荐王某某同志为镇长人选，大家别往外说', '拟推荐王某某同志为镇长人选'],
  ['confidentiality', '上述情况仅供参会人员知悉', '仅供参会人员知悉'],
  ['coercion', '各村民须于月底前完成问卷，未完成的不予办理低保年审', '各村民须于月底前完成问卷'],
  ['coercion', '网格员将挨家挨户检查手机', '挨家挨户检查手机'],
  ['privacy', '幸福社区5栋302室居民李某反映', '幸福社区5栋302室'],
  ['legal', '想看直播福利，就上“深夜秀场”，一对一裸聊', '裸聊'],
  ['legal', '持刀伤人的歹徒已被警方抓获', '歹徒'],
  ['legal', '足球现金网，首存送彩金', '现金网'],
  ['advertising', '来店报暗号“读者”可享八折', '报暗号“读者”可享八折'],
  ['advertising', '需要的联系：QQ 3388 5566 1', 'QQ 3388 5566 1'],
  ['advertising', '有需要的朋友可以联系，我们是全市第一家连锁店', '全市第一家'],
  ['opinion', '你说得都对，要不你来当这个镇长', '要不你来当这个镇长'],
  ['opinion', '再闹就通知你们学校', '再闹就通知你们学校'],
  ['opinion', '没工夫挨个给你解释', '没工夫挨个给你'],
];

// [gate, text] that must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['political', '新疆维吾尔自治区伊犁哈萨克自治州新源县那拉提景区'],
  ['policy', '从2003年试点新型农村合作医疗，到2016年整合建立城乡居民基本医疗保险制度。'],
  ['confidentiality', '任前公示：经县委研究，拟提名张三同志为县水利局局长人选，现予以公示。'],
  ['confidentiality', '考试结束后，作文题是《那一束光》引发热议。'],
  ['coercion', '请未完成注册的同学尽快注册，以免影响选课。'],
  ['opinion', '当心路面湿滑，注意安全。'],
];

describe('heldout-final10 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
