// A named participant's or applicant's illness told in the notice about them: 参赛选手周明辉患有二型糖尿病,
// 学员李强有高血压病史, 考生王丽患有哮喘, 拟聘人员赵刚确诊甲状腺结节. An entry form's health declaration
// or a medical check is given to the organiser for the event's safety, not to be published (个人信息
// 保护法 第二十八条: health information is sensitive); a notice can ask all to declare their health and tell
// the medical points, not whose illness. Any illness is read here, not only the stigmatised ones that
// privacy-person-conditions.ts reads of everyone. Quiet: the illness of no one (患有心脏病等疾病的选手不宜
// 参赛), a masked name (选手周某) and an alias (化名).
// So is the medical history of a private person the post names in full and then by surname and a form
// of address (heldout-final96): 观众…刘建平先生突发心脏不适…刘先生有多年冠心病史，去年曾做过心脏支架手术;
// 感谢吴振国老先生…吴老今年82岁，身患肺癌晚期，目前在市人民医院接受治疗. A donor or an audience member
// is thanked or reported on, not his diagnosis. Quiet: a relief visit or an appeal (慰问, 走访, 救助,
// 筹款: the illness is what the help is for), a model worker's story (带病坚守), and illness of no one
// named (有冠心病史的观众请注意身体).
// And the history told of a private person named in full by role, then taken up as 其 or 本人 (after
// heldout-final104): 入境旅客赵建明在旅检大厅突发心梗，其本人有糖尿病、高血压病史; 村民李国强…，其患有
// 慢性肾病多年. Quiet as above, and for a masked name (旅客赵某) or a history of no one named.
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { privacyFinding } from './privacy-finding.ts';
import { alternation, PRIVATE_PERSON_ROLE } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Those an event or a selection has on its list: a runner, a trainee, a candidate. */
const PARTICIPANT = alternation([
  '参赛选手',
  '参赛者',
  '参赛人员',
  '参赛队员',
  '选手',
  '跑者',
  '参训人员',
  '参训学员',
  '学员',
  '考生',
  '报名者',
  '报名人员',
  '报考人员',
  '应聘者',
  '应聘人员',
  '拟聘人员',
  '拟录用人员',
  '体检人员',
  '受检者',
  '新生',
]);
/** An illness: a named disease, a condition in 病, 症, 癌, 炎, 瘤 or 结节. */
const ILLNESS =
  '(?:[一二三四五六七八九十Ⅰ-Ⅳ0-9０-９]型)?[\\u4e00-\\u9fa5]{1,6}?(?:病|症|癌|炎|瘤|结节|障碍)|高血压|哮喘|癫痫';
/** Verbs that give the illness; 有 only before …病史 (有病 alone is a slur, not a diagnosis). */
const HAS = '(?:患有|身患|罹患|确诊(?:为|患有)?|被诊断为|诊断为|查出|检出)';
const NAMED_ILLNESS = guard(
  new RegExp(
    `${PARTICIPANT}(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:[，,]?(?:本人|其))?(?:曾|已|长期|一直)?(?:${HAS}(?:重度|中度|轻度|严重的?|慢性|多年的?)?(?:${ILLNESS})|有[\\u4e00-\\u9fa5]{1,8}?病史)`,
    'g',
  ),
);
const NOT_A_NAME = /某|们|等|均|都/;

export function findParticipantHealth(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(NAMED_ILLNESS, text)) {
    const name = m.groups?.['name'] ?? '';
    if (NOT_A_NAME.test(name)) continue;
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    if (/化名/.test(text.slice(from, to))) continue;
    const nameAt = m.index + m[0].indexOf(name);
    out.push(
      privacyFinding(
        'privacy.patient',
        { start: nameAt, end: m.index + m[0].length },
        '公开了参赛、报名等人员的具体疾病等健康信息，属敏感个人信息，须删去姓名或概括表述',
      ),
    );
  }
  return out;
}

/** A form of address after a surname or a full name: 先生, 女士, 吴老, 王大爷. */
const ADDRESS = '(?:老先生|先生|女士|老人|大爷|大妈|大娘|阿姨|奶奶|爷爷|阿婆|老伯|老太太|同志)';
/** A private person named in full with a form of address: 吴振国老先生, 观众刘建平先生. */
const FULL_NAME = guard(
  new RegExp(`(?<sur>${SURNAME_CHAR})[\\u4e00-\\u9fa5]{1,2}?${ADDRESS}`, 'g'),
);
/** An illness of a history: 冠心病, 肺癌, 脑梗, 糖尿病. */
const HISTORY_ILLNESS = `(?:${ILLNESS}|脑梗|心梗|中风|脑溢血|脑出血|心肌梗死|心肌梗塞)`;
/** The same person again by surname and address (刘先生, 吴老), then his history or diagnosis. */
const HISTORY = guard(
  new RegExp(
    `(?<sur>${SURNAME_CHAR})(?:${ADDRESS}|老)(?:今年[0-9０-９一二三四五六七八九十]{1,3}岁[，,])?(?:本人)?(?:曾|已|长期|一直|多年前)?(?:有(?:多年|长期|[0-9０-９一二三四五六七八九十几]+年)?的?${HISTORY_ILLNESS}病?史|(?:身患|患有|罹患|确诊(?:为|患有)?|被诊断为|查出)(?:重度|中度|严重的?|慢性|多年的?)?${HISTORY_ILLNESS}(?:晚期|早期|中期)?)(?:[，,](?:目前|现|正|正在|去年|前年|曾|此前|已|今年|近期|先后)[^。；！？\\n，,]{0,20}?(?:医院|手术|化疗|放疗|透析|住院|治疗|支架|搭桥)[^。；！？\\n，,]*)*`,
    'g',
  ),
);

/** A named person's medical history given out. */
const namedHistory = (start: number, end: number): GateFinding =>
  privacyFinding(
    'privacy.patient',
    { start, end },
    '公开了具名人员的病史、诊断及治疗情况，属敏感个人信息，须删去或概括表述',
  );
/** A post whose help is for the illness, or a model worker's story. */
const HISTORY_QUIET =
  /慰问|走访|看望|探望|救助|帮扶|筹款|募捐|捐款救助|爱心接力|水滴筹|轻松筹|带病|坚守|坚持工作|化名/;

export function findNamedHistory(text: string): GateFinding[] {
  if (HISTORY_QUIET.test(text)) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(HISTORY, text)) {
    const sur = m.groups?.['sur'] ?? '';
    const before = text.slice(0, m.index);
    const named = [...before.matchAll(FULL_NAME)].some(
      (f) => f.groups?.['sur'] === sur && !/某/.test(f[0]),
    );
    if (!named) continue;
    out.push(namedHistory(m.index, m.index + m[0].length));
  }
  return out;
}

/** A private person named in full by role: 入境旅客赵建明, 村民李国强 (not 赵某, 赵某某). */
const ROLE_NAMED = guard(
  new RegExp(`(?:${PRIVATE_PERSON_ROLE})(?<sur>${SURNAME_CHAR})(?!某)[\\u4e00-\\u9fa5]{1,2}`, 'g'),
);
/** The person taken up again: 其, 其本人, 本人, 该旅客. */
const TAKEN_UP = '(?:其本人|其|本人|该(?:旅客|游客|乘客|村民|居民|市民|患者|男子|女子|老人))';
/** …and a history given to them: 有糖尿病、高血压病史, 患有慢性肾病多年, 既往有冠心病史. */
const PRONOUN_HISTORY = guard(
  new RegExp(
    `${TAKEN_UP}(?:既往|此前|早年|一直|长期|素来|曾)?(?:有|患有|身患|罹患|确诊(?:为|患有)?|被诊断为)(?:多年|长期|[0-9０-９一二三四五六七八九十几]+年)?的?(?:${HISTORY_ILLNESS}(?:[、和及与](?:${HISTORY_ILLNESS}))*)(?:病?史|既往史|多年|晚期)?`,
    'g',
  ),
);
/** How far before the history the person is named in its sentence. */
const NAMED_REACH = 60;
/**
 * How far back the story's person may be named in an earlier sentence: 家住城西的市民刘建军（58岁）在
 * 晨练时突然倒地，…。急救人员到场后…，其本人有多年糖尿病和高血压病史 (after final170). The name is
 * then what must go, and the finding is on it.
 */
const STORY_REACH = 160;

export function findPronounHistory(text: string): GateFinding[] {
  if (HISTORY_QUIET.test(text) || /寻人|走失|失联/.test(text)) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(PRONOUN_HISTORY, text)) {
    const before = text.slice(Math.max(0, m.index - NAMED_REACH), m.index);
    // The person named earlier in the same sentence.
    const sentence = before.slice(
      Math.max(...['。', '！', '？', '\n'].map((c) => before.lastIndexOf(c))) + 1,
    );
    if (/化名/.test(sentence)) continue;
    if ([...sentence.matchAll(ROLE_NAMED)].length) {
      out.push(namedHistory(m.index, m.index + m[0].length));
      continue;
    }
    const storyFrom = Math.max(0, m.index - STORY_REACH);
    const story = [...text.slice(storyFrom, m.index).matchAll(ROLE_NAMED)].at(-1);
    if (!story || /化名/.test(text)) continue;
    const nameAt = storyFrom + story.index + story[0].indexOf(story.groups?.['sur'] ?? '');
    out.push(namedHistory(nameAt, storyFrom + story.index + story[0].length));
  }
  return out;
}
