// Privacy families for persons the law tells offices to keep unnamed: a case of an infectious disease
// named in full with sex and age (我县报告一例肺结核病例：马建军，男，52岁, 确诊患者：李秀英，女，67岁，
// 家住…), a worker named with a stigmatised diagnosis (职工王立新（工号0327）检出乙肝病毒携带) and a
// whistleblower named (举报人为该公司财务人员王丽娟, 举报人周建华（住…）, 村民周建华实名举报). A name with
// 某 (王某，男，52岁; 举报人李某) names no one, and a hero or honouree (张伟，男，35岁，在救火中牺牲)
// is named without a disease; a report that the informer will be rewarded or kept secret names none.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { alternation, PRIVATE_PERSON_ROLES } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/**
 * Sex and age in a list of particulars after a name: 马建军，男，52岁 / 马建军（男，52岁）. The search
 * starts at the separator; the name is read from the characters before it.
 */
const PARTICULARS = guard(
  /[，,（(]\s*(?:男|女)性?[，,、]\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:周)?岁[）)]?/g,
);
/** Words of a case of disease in the same sentence. */
const DISEASE_CASE =
  /病例|确诊|感染者|阳性|疑似|密切接触者|密接|隔离治疗|隔离观察|传染病|肺结核|结核病|艾滋病|HIV|新冠|流行病学调查|流调|疫情/;
/**
 * A whistleblower named, right after the label or after their role: 举报人王丽娟, 举报人为该公司财务
 * 人员王丽娟, 实名举报人系村会计刘建国. A form's field (举报人：余中华) is how a citizen signs their own
 * report, not an office naming them.
 */
const INFORMER = guard(
  /(?:举报人|检举人|控告人|举报者|举报群众|举报市民|举报村民|线索提供人)(?:为|是|系|即)?(?:[^，,。；;：:！？\n]{0,10}?(?:人员|职工|员工|会计|出纳|村民|居民|干部|职员|同事|经理|股东|业主|教师|老师|学生|家长|邻居|亲属|家属|司机|保安|工人|主任|书记|队长|组长|科长|店主|租户))?(?<name>[\u4e00-\u9fa5]{2,3}?)(?=[，,。；;、）)（(]|反映|称|表示|实名|家住|住在|向|于|$)/g,
);
/**
 * …or named before the report they made: 村民周建华实名举报, 经群众李红梅向我局举报, 根据…村民赵德明的实名
 * 举报. 市民王先生 is no
 * full name, and a report about the person (…被举报) is no report by them.
 */
const NAMED_INFORMER = guard(
  /(?:村民|居民|市民|群众|职工|员工|业主|网友|知情人)(?<name>[\u4e00-\u9fa5]{2,3}?)(?:[（(][^（()）\n]{1,20}[）)])?的?(?:实名|多次|再次|通过[^，,。；;\n]{1,10}?|向[^，,。；;\n]{1,10}?)?(?:举报|检举|揭发)(?!的问题)/g,
);
/**
 * A worker or resident named with a stigmatised diagnosis: 职工王立新（工号0327）检出乙肝病毒携带,
 * 教师李红确诊为肺结核, 乙肝病毒携带者为员工张强. The law keeps such results private (传染病防治法,
 * 就业促进法); a case with 某 names no one.
 */
const DIAGNOSIS =
  '(?:乙肝|丙肝|乙型肝炎|丙型肝炎|艾滋|HIV|梅毒|淋病|性病|尖锐湿疣|肺结核|结核病|精神分裂|精神病|抑郁症|双相|癫痫|病毒携带|阳性)';
/** A private person's role (privacy-roles.ts) or a colleague's in a unit's own post: 干部, 护士, 同事. */
const ROLE = alternation([
  ...PRIVATE_PERSON_ROLES,
  '干部',
  '老师',
  '同志',
  '队员',
  '护士',
  '医生',
  '党员',
  '同事',
]);
const NAMED_DIAGNOSIS = guard(
  new RegExp(
    `${ROLE}(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:[（(][^（()）\\n]{1,16}[）)])?[^。；;，,\\n]{0,6}?(?:检出|查出|确诊|被诊断为|诊断为|检测出|检测为|检测呈|携带|感染了?|患有)[^。；;\\n]{0,8}?${DIAGNOSIS}|${DIAGNOSIS}[^。；;，,\\n]{0,6}?(?:者|患者|病人|感染者)(?:为|是|系)${ROLE}?(?<name2>[\\u4e00-\\u9fa5]{2,3})`,
    'g',
  ),
);
/**
 * A case of disease told as a resident named with their village or community: 该患者为城关镇黄泥村
 * 村民陈秀兰, 确诊病例系城南街道幸福社区居民刘建军, 一例肺结核病例，为东风乡红旗村村民李春花. Read only
 * with a case of disease in the sentence; a resident praised or a name with 某 names no patient.
 */
const VILLAGER_CASE = guard(
  /(?:村民|居民|住户)(?<=(?:村|社区|小区|居委会|村委会|组)(?:村民|居民|住户))(?<name>[\u4e00-\u9fa5]{2,3}?)(?=[，,。；;、（(]|目前|现已|现在|已|经|$)/g,
);
/** The sentence tells a case of disease (the words of a case, or a diagnosis). */
const CASE_OR_DIAGNOSIS = new RegExp(`${DISEASE_CASE.source}|患者|${DIAGNOSIS}`);

/** What is not a full name: 某, a title or role word, a kinship word, a pronoun or a function word. */
const NOT_A_NAME =
  /某|女士|先生|同志|老人|大爷|大妈|阿姨|师傅|男子|女子|员|工|人|者|长|师|部|司|会|局|村|组|户|方|们|其|他|她|本|自|已|的|了|和|与|及|等|均|为|是|匿名|你|您|我/;

/** The full name in the two or three characters matched (病例王芳: 王芳), if any. */
const fullName = (raw: string): string | undefined =>
  [raw, raw.slice(1)].find(
    (n) => n.length >= 2 && HAN.test(n) && SURNAME.test(n) && !NOT_A_NAME.test(n),
  );
const HAN = /^[\u4e00-\u9fa5]+$/;

export function findProtectedPersons(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(PARTICULARS, text)) {
    const name = fullName(text.slice(Math.max(0, m.index - 3), m.index));
    if (!name) continue;
    const start = m.index - name.length;
    const end = m.index + m[0].length;
    const [from, to] = sentenceAround(text, start, end);
    if (!DISEASE_CASE.test(text.slice(from, to))) continue;
    out.push(
      privacyFinding(
        'privacy.patient',
        { start, end },
        '公开了传染病病例的姓名、性别、年龄，须脱敏处理',
      ),
    );
  }
  for (const re of [INFORMER, NAMED_INFORMER]) {
    for (const m of guardedMatches(re, text)) {
      if (!fullName(m.groups?.['name'] ?? '')) continue;
      out.push(
        privacyFinding(
          'privacy.informer',
          matchSpan(m),
          '公开了举报人身份信息，违反对举报人保密的规定',
        ),
      );
    }
  }
  for (const m of guardedMatches(VILLAGER_CASE, text)) {
    if (!fullName(m.groups?.['name'] ?? '')) continue;
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    if (!CASE_OR_DIAGNOSIS.test(text.slice(from, to))) continue;
    // From the village's place name before it (城关镇黄泥村), after 为, 是 or 系.
    const lead = /[\u4e00-\u9fa5]{0,10}$/.exec(text.slice(Math.max(from, m.index - 10), m.index));
    const place = lead?.[0] ?? '';
    const cut = Math.max(place.lastIndexOf('为'), place.lastIndexOf('是'), place.lastIndexOf('系'));
    const start = m.index - place.length + cut + 1;
    out.push(
      privacyFinding(
        'privacy.patient',
        { start, end: m.index + m[0].length },
        '公开了传染病等病例的姓名及所在村（社区），须脱敏处理',
      ),
    );
  }
  for (const m of guardedMatches(NAMED_DIAGNOSIS, text)) {
    if (!fullName(m.groups?.['name'] ?? m.groups?.['name2'] ?? '')) continue;
    out.push(
      privacyFinding(
        'privacy.patient',
        matchSpan(m),
        '公开了个人姓名及传染病、精神疾病等检查结果，须脱敏处理',
      ),
    );
  }
  return out;
}
