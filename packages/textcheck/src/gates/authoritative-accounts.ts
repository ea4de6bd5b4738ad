// Two more classes of authoritative repost sources that no suffix of repost-sources.json names:
// - the people's organisations the party leads (人民团体) and their local branches: 共青团中央 and a
//   province's or city's 共青团 account (湖南共青团), 全国妇联 and 湖南省妇联, 中华全国总工会 and 县总工会,
//   and likewise 科协, 文联, 作协, 侨联, 台联, 残联, 工商联, 青联, 学联, 红十字会, 法学会, 记协, 计生协
//   — each only after the country or a division (中国, 全国, 中华全国, 湖南省, 县); a company's 工会 is none;
// - the official accounts national and provincial administrations run under 中国 or a province's
//   name and their field alone (中国消防 of the fire and rescue administration, 中国气象, 中国应急,
//   中国海警, 中国民航, 北京消防, 四川气象). The field must end the name: 中国气象爱好者 is a fan's account.

/** Who a people's organisation belongs to: the country, or a division named with its suffix. */
const ORG_OWNER =
  '(?:中华全国|中国|全国|中华|[\\u4e00-\\u9fa5]{0,8}?(?:省|自治区|特别行政区|市|州|盟|地区|县|(?<!小)区|旗))';
/** The people's organisations, short and full names. */
const ORGANISATION =
  '(?:妇联|妇女联合会|总工会|科协|科学技术协会|文联|文学艺术界联合会|作协|作家协会|侨联|归国华侨联合会|台联|台湾同胞联谊会|残联|残疾人联合会|工商联|工商业联合会|青联|青年联合会|学联|学生联合会|红十字会(?:总会)?|法学会|记协|新闻工作者协会|计生协|计划生育协会)';
const PROVINCE =
  '(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)';
const PEOPLES_ORGANISATION = new RegExp(
  `^(?:共青团中央|团中央|${PROVINCE}?共青团|${ORG_OWNER}${ORGANISATION})$`,
);
/** Fields of national administrations whose accounts are named 中国 + the field (国家消防救援局 → 中国消防). */
const ADMINISTRATION_FIELD =
  '(?:消防|消防救援|气象|天气|应急|应急管理|应急广播|地震|海警|海事|民航|铁路|水利|税务|海关|禁毒|反邪教|疾控|林草|航天|统计|医保|药监|警方在线|警察网)';
const STATE_ACCOUNT = new RegExp(
  `^(?:中国|国家|${PROVINCE}(?:省|市|自治区)?)${ADMINISTRATION_FIELD}$`,
);

/** Whether a source name (channel words already stripped) is a people's organisation or a state account. */
export function isOrganisationOrStateAccount(name: string): boolean {
  return PEOPLES_ORGANISATION.test(name) || STATE_ACCOUNT.test(name);
}
