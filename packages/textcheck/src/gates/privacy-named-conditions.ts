// A private person named in full with what stigmatises them, the condition told before the name:
// 为确诊艾滋病的东岭村村民赵建平送去米面油, 患有精神分裂症的居民李某华 (with a full name), or a victim of
// domestic or sexual violence — 遭受丈夫家暴的城关镇居民胡晓燕, 被拐卖的妇女王某英 — and the victim
// named before what was done to them (城关镇居民胡晓燕遭受丈夫家暴). The law keeps a diagnosis private
// (传染病防治法, 艾滋病防治条例) and a victim's identity protected (反家庭暴力法, 妇女权益保障法); a
// relief visit or a rescue may be reported, the person only as 胡某 or by an alias. Dementia and
// incontinence told of an old person by name (患有阿尔茨海默病和尿失禁的王德福老人) are health information
// of the same kind (个人信息保护法 第二十八条): a carer's praise can tell the care, not the name. A name with 某, a
// name marked 化名, and the condition without a person (遭受家暴的妇女可拨打12338) name no one. A
// diagnosis told after the person (居民李某华患有精神分裂症) is privacy-person-conditions.ts's.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { PRIVATE_PERSON_ROLE } from './privacy-roles.ts';
import { QUIET } from './privacy-person-conditions.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Within one clause. */
const CLAUSE = '[^，,。；;！？!?\\n]';
/** Diagnoses the law keeps private. */
const DIAGNOSIS =
  '(?:艾滋病|艾滋|HIV|梅毒|淋病|性病|尖锐湿疣|乙肝|丙肝|乙型肝炎|丙型肝炎|肺结核|结核病|麻风病|精神分裂症?|精神病|精神障碍|抑郁症|双相情感障碍|癫痫|阿尔茨海默病|阿尔茨海默症|老年痴呆症?|认知障碍|尿失禁|大小便失禁)';
/** A form of address right after the name, standing for the role: 王德福老人, 李桂兰奶奶. */
const ADDRESS = '(?:老人|老汉|大爷|大妈|大娘|奶奶|爷爷|婆婆|阿婆|阿公|老太太|老大爷)';
/**
 * Violence suffered that makes its victim's name protected; a beating only at a family member's hand
 * (遭受丈夫殴打, 被继父打骂), which is domestic violence whatever the word.
 */
const VIOLENCE =
  '(?:家暴|家庭暴力|性侵害?|强奸|猥亵|性骚扰|拐卖|虐待|(?<=(?:丈夫|前夫|妻子|配偶|男友|前男友|父亲|继父|母亲|继母|公公|婆婆|家人|儿子|儿媳)(?:的)?)(?:殴打|打骂|毒打|暴打))';
/** The person's role, after a place or alone: 村民, 居民, 妇女. */
const ROLE = PRIVATE_PERSON_ROLE;
/** A full name of two or three characters; the third is dropped when it starts the next words. */
const NAME = '(?<name>[\\u4e00-\\u9fa5]{2,3})';
/** A character that ends a two-character name: the verb or word after it (赵建送去, 王芳已被). */
const AFTER_NAME = /[已被送在于等和与及的了是为现经目向到从因将把获得接受家一今]/;
const NOT_A_NAME = /某|女士|先生|同志|老人|大爷|大妈|阿姨|师傅|们|其|他|她|您|你|我/;

/** The condition before the name: 确诊艾滋病的…村民赵建平, 遭受丈夫家暴的…居民胡晓燕. */
const CONDITION_BEFORE = guard(
  new RegExp(
    `(?:(?<dx>(?:确诊(?:为|患有|感染)?|患有|身患|罹患|感染(?:了)?|查出|检出|携带)${CLAUSE}{0,6}?${DIAGNOSIS})|(?:遭受|遭到|遭|受到|曾被|被)${CLAUSE}{0,8}?${VIOLENCE})${CLAUSE}{0,4}?的${CLAUSE}{0,12}?${ROLE}${NAME}`,
    'g',
  ),
);
/**
 * A serious illness before a name in full (after final193): 身患尿毒症的市民周建华在家属陪同下来到中心,
 * 确诊肺癌晚期的退休职工李国栋. The help an office gives can be told without the diagnosis, as
 * privacy-person-conditions.ts reads it after the name; a model's story (身患癌症仍坚守岗位) and an appeal
 * for donations tell it on purpose.
 */
const SERIOUS_BEFORE = guard(
  new RegExp(
    `(?<dx>(?:确诊(?:为|患有)?|患有|身患|罹患|因患)${CLAUSE}{0,6}?(?:尿毒症|白血病|恶性肿瘤|癌症|[\\u4e00-\\u9fa5]{1,3}癌))${CLAUSE}{0,6}?的${CLAUSE}{0,12}?${ROLE}${NAME}`,
    'g',
  ),
);
/**
 * A person named in full by the illness they have, as a label (after final196): 尘肺病患者黄德明,
 * 白血病患儿李梓涵, 艾滋病感染者赵建平, 矽肺病人王长根. The label is the diagnosis (an occupational disease
 * is health information as any other, 个人信息保护法 第二十八条); the name must end where the story goes on
 * (a stop, 成功, 实施, 在, 因, 接受 …), so 尘肺病患者康复训练 names no one. 尘肺病患者黄某 is masked.
 */
const LABELLED_PATIENT = guard(
  new RegExp(
    `(?<dx>(?:${DIAGNOSIS}|尘肺病?|矽肺病?|硅肺病?|职业病|职业性[\u4e00-\u9fa5]{1,6}?中毒|尿毒症|白血病|恶性肿瘤|癌症|[\u4e00-\u9fa5]{1,3}癌)(?:病毒)?(?:晚期|早期)?(?:患者|病人|患儿|病友|感染者|携带者))(?<name>[\u4e00-\u9fa5]{2,3}?)(?=[，,。；;、：:（(）)]|成功|顺利|实施|进行|做|办理|提供|送|发放|免费|治疗|手术|复查|在|于|因|被|经|等|是|已|接受|今年|现年|目前|家|一家|夫妇|说|表示|告诉|介绍|来到|$)`,
    'g',
  ),
);
/**
 * A diagnosis before a name with a form of address instead of a role: 为患有阿尔茨海默病和尿失禁的王德福
 * 老人擦洗身体, 看望患有老年痴呆症的李桂兰奶奶.
 */
const CONDITION_BEFORE_ADDRESSED = guard(
  new RegExp(
    `(?<dx>(?:确诊(?:为|患有|感染)?|患有|身患|罹患|感染(?:了)?|查出|检出|携带)${CLAUSE}{0,6}?${DIAGNOSIS})${CLAUSE}{0,4}?的${NAME}(?=${ADDRESS})`,
    'g',
  ),
);
/**
 * The name first, opening a clause, then the diagnosis (after heldout-final125): 新接收特困供养人员3名，其中
 * 赵长根患有精神分裂症，需长期服药.
 */
const NAME_BEFORE_CONDITION = guard(
  new RegExp(
    `(?<=(?:其中|，|,|、|：|:))${NAME}(?<dx>(?:患有|身患|罹患|确诊(?:为|患有)?)${CLAUSE}{0,4}?${DIAGNOSIS})`,
    'g',
  ),
);
/** Who did it, between 被 and the act: not a charge (被控, 被以…罪, 被指, 涉嫌), which names the accused. */
const BY = `(?:(?!控|以|判|涉嫌|指|诉|告|举报|查|抓|拘|逮)${CLAUSE})`;
/** The victim's own account between the name and the act: 求助，称, 报警称, 来访时反映. */
const TOLD =
  '(?:(?:求助|报警|报案|来电|来访|反映|哭诉|投诉)(?:时)?[，,]?\\s*(?:称|说|表示|反映)?[，,]?\\s*(?:其|自己|她|他)?)';
/** The victim named, then what was done: 城关镇居民胡晓燕遭受丈夫家暴, 妇女王秀英被拐卖. */
const VICTIM_AFTER = guard(
  new RegExp(
    `${ROLE}(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:[（(][^（()）\\n]{1,16}[）)])?${TOLD}?(?:长期|多次|曾|因)?(?:遭受|遭到|遭|受到|被)${BY}{0,8}?${VIOLENCE}`,
    'g',
  ),
);

/**
 * A crime's victim named in full with their age and what they do or where they live: 受害人孙丽娟（38岁，
 * 市第一人民医院护士）, 被害人张建华，男，45岁，某公司会计. Police cases tell a victim as 孙女士 or 孙某;
 * the full name with a profile points at one person, and a fraud victim's loss is their private matter.
 */
const VICTIM_PROFILE = guard(
  new RegExp(
    `(?:受害人|被害人|受害者|受骗群众|受骗人|事主)(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:[（(][^（()）\\n]{0,10}?[0-9０-９]{1,3}岁[^（()）\\n]{0,20}[）)]|[，,](?:男|女)[，,][0-9０-９]{1,3}岁)`,
    'g',
  ),
);

/**
 * A patient of such a diagnosis named with 某 but told apart by sex, age and home village: 艾滋病感染者
 * 刘某明（男，46岁，溪口乡后山村人）. In a county the masked name with these is the person; 刘某 alone,
 * or an age without the village (患者刘某，男，46岁), is left to the patient-record rules.
 */
const MASKED_PROFILE = guard(
  new RegExp(
    `${DIAGNOSIS}(?:病毒)?(?:阳性)?(?:感染者|患者|病人|携带者)[\\u4e00-\\u9fa5]某[\\u4e00-\\u9fa5]{0,2}?[（(][^（()）\\n]{0,12}?[0-9０-９]{1,3}岁[^（()）\\n]{0,16}?(?:村|社区|小区|组)人?[）)]`,
    'g',
  ),
);

/** The full name within the raw capture, or undefined. */
function fullName(raw: string): string | undefined {
  const name = raw.length === 3 && AFTER_NAME.test(raw.charAt(2)) ? raw.slice(0, 2) : raw;
  return SURNAME.test(name) && !NOT_A_NAME.test(name) ? name : undefined;
}

export function findNamedConditions(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const re of [
    CONDITION_BEFORE,
    CONDITION_BEFORE_ADDRESSED,
    SERIOUS_BEFORE,
    LABELLED_PATIENT,
    NAME_BEFORE_CONDITION,
    VICTIM_AFTER,
    VICTIM_PROFILE,
  ]) {
    for (const m of guardedMatches(re, text)) {
      const raw = m.groups?.['name'] ?? '';
      const name = fullName(raw);
      if (!name) continue;
      const nameAt = m.index + m[0].lastIndexOf(raw);
      if (/^[（(]?化名/.test(text.slice(nameAt + name.length, nameAt + name.length + 4))) continue;
      // Two characters after a label, then a stop, are as often a word as a name (艾滋病患者关怀，…):
      // a label's two-character name needs the story to go on after it.
      if (
        re === LABELLED_PATIENT &&
        name.length === 2 &&
        /^(?:[，,。；;、：:（(）)]|$)/.test(text.charAt(nameAt + 2))
      )
        continue;
      const serious = re === SERIOUS_BEFORE || re === LABELLED_PATIENT;
      if (serious && QUIET.test(text.slice(...sentenceAround(text, m.index, nameAt + name.length))))
        continue;
      const end =
        re === CONDITION_BEFORE || re === CONDITION_BEFORE_ADDRESSED || serious
          ? nameAt + name.length
          : m.index + m[0].length;
      const patient = m.groups?.['dx'] !== undefined;
      out.push(
        privacyFinding(
          patient ? 'privacy.patient' : 'privacy.named-person',
          { start: m.index, end },
          serious
            ? '公开了个人真实姓名及所患重病，属敏感健康信息，须隐去姓名或使用化名'
            : patient
              ? '公开了艾滋病等患者的真实姓名及所在村（社区），须隐去姓名或使用化名'
              : '公开了家暴、性侵、诈骗等案件受害人的真实姓名，须隐去姓名或使用化名',
        ),
      );
    }
  }
  for (const m of guardedMatches(MASKED_PROFILE, text))
    out.push(
      privacyFinding(
        'privacy.patient',
        matchSpan(m),
        '以化姓加性别、年龄、住址等公开了艾滋病等患者身份，可识别到个人，须删去可识别信息',
      ),
    );
  return out;
}
