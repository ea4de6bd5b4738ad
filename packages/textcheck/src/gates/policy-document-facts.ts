// A landmark document told with a wrong year or a wrong issuer (after final182 to final185):
// 2021年国务院公布施行的《优化营商环境条例》 (2019, in force 2020), 2021年国务院印发的《国家职业教育改革
// 实施方案》 (2019), 人力资源社会保障部于2019年公布的《保障农民工工资支付条例》 (the State Council's). Read
// only where the year or the issuer is bound to the title by a verb of issue (…公布的《…》, 《…》于…年施
// 行) and only for the documents of the table below: a year of any edition, of adoption or of entry
// into force is right, and so is a year told of something else in the sentence.
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

interface DocumentFact {
  /** The years of its issue, its editions and its entry into force. */
  years: readonly number[];
  /** Who issued it, as a pattern of the names it goes by; absent for laws (who passed them varies in the telling). */
  issuer?: RegExp;
  /** The issuer's name for the message. */
  issuerName?: string;
  /** Whether the later years are revisions (the message names them), not the year of entry into force. */
  revised?: boolean;
}

const STATE_COUNCIL = /^(?:中华人民共和国)?国务院$/;
const PARTY_AND_STATE = /^(?:中共中央|党中央|国务院|中共中央[、和]国务院|中共中央国务院)$/;
/** Regulations the State Council and the Central Military Commission issue together. */
const STATE_AND_MILITARY = /^(?:国务院|中央军委|国务院[、和]中央军委|中央军委[、和]国务院)$/;

/**
 * Documents by title, each from its text as issued: State Council regulations (国务院令), State
 * Council and Party documents and single-edition laws. Configuration an office keeps current.
 */
const FACTS: ReadonlyMap<string, DocumentFact> = new Map<string, DocumentFact>([
  ['优化营商环境条例', { years: [2019, 2020], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['保障农民工工资支付条例', { years: [2019, 2020], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['国家职业教育改革实施方案', { years: [2019], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['政府信息公开条例', { years: [2007, 2008, 2019], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['重大行政决策程序暂行条例', { years: [2019], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['政府督查工作条例', { years: [2020, 2021], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  [
    '保障中小企业款项支付条例',
    { years: [2020, 2025], issuer: STATE_COUNCIL, issuerName: '国务院' },
  ],
  ['医疗保障基金使用监督管理条例', { years: [2021], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['市场主体登记管理条例', { years: [2021, 2022], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['社会保险经办条例', { years: [2023], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['未成年人网络保护条例', { years: [2023, 2024], issuer: STATE_COUNCIL, issuerName: '国务院' }],
  ['信访工作条例', { years: [2022], issuer: PARTY_AND_STATE, issuerName: '中共中央、国务院' }],
  [
    '法治政府建设实施纲要（2021—2025年）',
    { years: [2021], issuer: PARTY_AND_STATE, issuerName: '中共中央、国务院' },
  ],
  [
    '新时代公民道德建设实施纲要',
    { years: [2019], issuer: PARTY_AND_STATE, issuerName: '中共中央、国务院' },
  ],
  [
    '新时代爱国主义教育实施纲要',
    { years: [2019], issuer: PARTY_AND_STATE, issuerName: '中共中央、国务院' },
  ],
  [
    '党政机关厉行节约反对浪费条例',
    { years: [2013], issuer: PARTY_AND_STATE, issuerName: '中共中央、国务院' },
  ],
  // Joint military regulations, with every revision (after final187: 2021年修订施行的《征兵工作条例》).
  [
    '征兵工作条例',
    {
      years: [1985, 2001, 2023],
      issuer: STATE_AND_MILITARY,
      issuerName: '国务院、中央军委',
      revised: true,
    },
  ],
  [
    '军人抚恤优待条例',
    {
      years: [1988, 2004, 2011, 2019, 2024],
      issuer: STATE_AND_MILITARY,
      issuerName: '国务院、中央军委',
      revised: true,
    },
  ],
  ['民法典', { years: [2020, 2021] }],
  ['个人信息保护法', { years: [2021] }],
  ['数据安全法', { years: [2021] }],
  ['乡村振兴促进法', { years: [2021] }],
  ['法律援助法', { years: [2021, 2022] }],
  ['家庭教育促进法', { years: [2021, 2022] }],
  ['医师法', { years: [2021, 2022] }],
  ['反电信网络诈骗法', { years: [2022] }],
  ['长江保护法', { years: [2020, 2021] }],
  ['黄河保护法', { years: [2022, 2023] }],
  ['外商投资法', { years: [2019, 2020] }],
  ['公职人员政务处分法', { years: [2020] }],
  ['退役军人保障法', { years: [2020, 2021] }],
  ['爱国主义教育法', { years: [2023, 2024] }],
  ['无障碍环境建设法', { years: [2023] }],
  ['粮食安全保障法', { years: [2023, 2024] }],
  ['学前教育法', { years: [2024, 2025] }],
  ['学位法', { years: [2024, 2025] }],
  ['增值税法', { years: [2024, 2026] }],
]);

const YEAR = '((?:19|20)[0-9]{2})\\s*年';
const DAY = '(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?';
const ISSUE =
  '(?:正式)?(?:修订施行|修订实施|修订公布|修订印发|修订|修正|公布施行|公布实施|印发实施|颁布实施|公布|印发|发布|颁布|出台|制定|通过|施行|实施|起施行|起实施)';
/** The central bodies that issue documents, named before the verb: 国务院, 人力资源社会保障部. */
const BODY = `(${[
  '中共中央办公厅[、和]?国务院办公厅',
  '中共中央[、和]?国务院',
  '国务院办公厅',
  '国务院[、和]中央军委',
  '中央军委[、和]国务院',
  '国务院',
  '中央军委',
  '中共中央办公厅',
  '中共中央',
  '全国人大常委会',
  '全国人民代表大会常务委员会',
  '全国人大',
  '全国人民代表大会',
  '人力资源(?:和)?社会保障部',
  '人社部',
  '(?:国家)?发展(?:和)?改革委(?:员会)?',
  '国家发改委',
  '(?:国家)?卫生健康委(?:员会)?',
  '国家卫健委',
  '住房(?:和)?城乡建设部',
  '住建部',
  '工业和信息化部',
  '工信部',
  '(?:国家)?市场监(?:督)?管(?:理)?总局',
  '(?:国家)?税务总局',
  '(?:国家)?医(?:疗)?(?:保障|保)局',
  '(?:财政|教育|民政|司法|公安|商务|农业农村|水利|自然资源|生态环境|交通运输|应急管理|退役军人事务|文化和旅游|科技|科学技术|外交|国防)部',
  '海关总署',
  '审计署',
  '(?:中国)?人民银行',
  '国资委',
].join('|')})`;
/** YEAR (BODY) ISSUE 的《T》, BODY 于 YEAR ISSUE 的《T》. */
const BEFORE = guard(
  new RegExp(
    `(?:${YEAR}${DAY}\\s*(?:由)?${BODY}?|${BODY}(?:于|在)?\\s*(?:${YEAR}${DAY})?)\\s*${ISSUE}(?:的)?《(?:中华人民共和国)?([^《》\\n]{2,40})》`,
    'g',
  ),
);
/** 《T》于 YEAR ISSUE, 《T》（YEAR 公布）. */
const AFTER = guard(
  new RegExp(
    `《(?:中华人民共和国)?([^《》\\n]{2,40})》[（(]?(?:由${BODY})?(?:于|自|在)?\\s*${YEAR}${DAY}(?:起)?\\s*${ISSUE}`,
    'g',
  ),
);

function fact(title: string): DocumentFact | undefined {
  return FACTS.get(title.replace(/[（(](?:\d{4}年)?(?:修订|修正|试行)[）)]$/, ''));
}

/** The message of a wrong year: the first issue, and the later years of a regulation revised in full. */
function wrongYear(title: string, known: DocumentFact): string {
  const later = known.revised ? known.years.slice(1) : [];
  const revisions = later.length > 0 ? `（${later.join('、')}年修订）` : '';
  return `《${title}》发布于${known.years[0]}年${revisions}，年份有误`;
}

function finding(start: number, end: number, message: string): GateFinding {
  return {
    gate: 'policy',
    rule: 'policy.document-misdated',
    severity: 'warn',
    start,
    end,
    message,
  };
}

/** Years and issuers that the documents of the table do not bear. */
export function findMisdatedDocuments(text: string): GateFinding[] {
  if (!text.includes('《')) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(BEFORE, text)) {
    const [whole, yearA, bodyA, bodyB, yearB, title] = m;
    const known = fact(title!);
    if (!known) continue;
    const year = yearA ?? yearB;
    const body = bodyA ?? bodyB;
    if (year !== undefined && !known.years.includes(Number(year))) {
      const at = m.index + whole.indexOf(year);
      out.push(finding(at, at + year.length + 1, wrongYear(title!, known)));
    } else if (body !== undefined && known.issuer && !known.issuer.test(body)) {
      const at = m.index + whole.indexOf(body);
      out.push(
        finding(at, at + body.length, `《${title}》由${known.issuerName}发布，发布机关有误`),
      );
    }
  }
  for (const m of guardedMatches(AFTER, text)) {
    const [whole, title, body, year] = m;
    const known = fact(title!);
    if (!known) continue;
    if (!known.years.includes(Number(year))) {
      const at = m.index + whole.lastIndexOf(year!);
      out.push(finding(at, at + year!.length + 1, wrongYear(title!, known)));
    } else if (body !== undefined && known.issuer && !known.issuer.test(body)) {
      const at = m.index + whole.indexOf(body);
      out.push(
        finding(at, at + body.length, `《${title}》由${known.issuerName}发布，发布机关有误`),
      );
    }
  }
  return out;
}
