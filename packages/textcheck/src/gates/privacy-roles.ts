// The roles by which a post names a private person in full (村民陈国强, 低保户孙秀英, 考生王明), shared
// by the privacy families that read a role before a name (an informant, an injury's harm, a
// condition, a diagnosis, a served sentence, a credit record, savings, a citizen's mobile, a reply's
// address) and by the learned privacy flag's cue. One table, so that a role found missing in one
// family is read by all of them. Alternatives are written longest first (留守老人 before 老人).

/** Where they live or belong: 村民, 业主, 邻居. */
const RESIDENTS = ['村民', '居民', '市民', '群众', '农民', '住户', '租户', '业主', '户主', '邻居'];
/** What they do for a living: 职工, 务工人员, 快递员, 船长, 养殖户. */
const WORKERS = [
  '职工',
  '员工',
  '工人',
  '务工人员',
  '农民工',
  '教师',
  '厨师',
  '保安',
  '保洁员',
  '司机',
  '驾驶员',
  '骑手',
  '快递员',
  '环卫工人',
  '环卫工',
  '船长',
  '船员',
  '个体户',
  '种粮大户',
  '种植大户',
  '养殖大户',
  '家庭农场主',
  '养殖户',
  '种植户',
  '农户',
  '蚕农',
  '果农',
  '菜农',
  '茶农',
  '棉农',
  '烟农',
  '药农',
  '花农',
  // shop and household service staff, whose health certificates an inspection reads (店员郑丽华)
  '店员',
  '营业员',
  '服务员',
  '收银员',
  '售货员',
  '导购员',
  '帮厨',
  '学徒',
  '保姆',
  '月嫂',
  '育婴员',
  '护工',
  '家政员',
  '从业人员',
];
/** Households and persons on aid or under supervision: 低保户, 监测户, 帮扶对象, 帮教对象. */
const AIDED = [
  '低保户',
  '低保对象',
  '特困户',
  '特困人员',
  '五保户',
  '困难户',
  '困难群众',
  '困难家庭',
  '贫困户',
  '脱贫户',
  '监测户',
  '边缘户',
  '帮扶对象',
  '救助对象',
  '结对对象',
  '帮教对象',
  '回访对象',
  '受助人',
  '受助人员',
  '受助者',
  '流浪乞讨人员',
  '滞留人员',
];
/** Persons by age, sex or state: 留守老人, 妇女, 残疾人, 患者, 伤者, 退休人员, a victim (受害人). */
const PERSONS = [
  '老人',
  '孤寡老人',
  '独居老人',
  '留守老人',
  '空巢老人',
  '留守妇女',
  '留守儿童',
  '残疾人',
  '妇女',
  '女子',
  '男子',
  '女性',
  '青年',
  '退役军人',
  '患者',
  '病人',
  '伤者',
  '伤员',
  '退休人员',
  '离退休人员',
  '受害人',
  '被害人',
  '受害者',
];
/** Those who wrote in or applied to an office: 来访人, 投诉人, 申请人, 纳税人. */
const PETITIONERS = [
  '来访人',
  '来信人',
  '信访人',
  '投诉人',
  '举报人',
  '反映人',
  '留言人',
  '求助人',
  '当事人',
  '申请人',
  '被申请人',
  '纳税人',
];
/**
 * Those an office acts upon in a case of their own: a household whose home is expropriated (被征收人
 * 李国强, 拆迁户王建军), a tenant or owner of a property in question.
 */
const AFFECTED = [
  '被征收人',
  '被征收户',
  '征收户',
  '被拆迁人',
  '被拆迁户',
  '拆迁户',
  '搬迁户',
  '产权人',
  '房屋所有权人',
  '承租人',
  '房主',
];
/**
 * Those an office examines, teaches, serves or insures: 考生, 报名者, 求职者, 读者, 旅客, 学员, 志愿者,
 * 献血者, 参保户, 被保险人.
 */
const APPLICANTS = [
  '报名人员',
  '报名者',
  '报考者',
  '应聘者',
  '申请者',
  '报考人员',
  '应聘人员',
  '求职者',
  '候选人',
  '拟录用人员',
  '拟聘人员',
  '考生',
  '学生',
  '同学',
  '读者',
  '游客',
  '旅客',
  '乘客',
  '参保人员',
  '参保人',
  '参保户',
  '参保群众',
  '投保人',
  '投保户',
  '被保险人',
  '献血者',
  '献血员',
  '学员',
  '志愿者',
];

/** Alternation of words, longest first, as a non-capturing group. */
export function alternation(words: readonly string[]): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).join('|')})`;
}

/** The roles of a private person named in full. */
export const PRIVATE_PERSON_ROLES: readonly string[] = [
  ...RESIDENTS,
  ...WORKERS,
  ...AIDED,
  ...PERSONS,
  ...PETITIONERS,
  ...AFFECTED,
  ...APPLICANTS,
];

/** `PRIVATE_PERSON_ROLES` as one non-capturing group. */
export const PRIVATE_PERSON_ROLE = alternation(PRIVATE_PERSON_ROLES);
