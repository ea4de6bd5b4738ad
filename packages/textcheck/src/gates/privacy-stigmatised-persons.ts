// Persons of a group the law tells offices to keep unnamed, named in full: a patient with a severe
// mental disorder (严重精神障碍患者赵小军（柳林村三组）, 精神障碍患者管理条例 and 精神卫生法 第四条), a
// person with HIV (艾滋病患者陈志强; 艾滋病防治条例 第三十九条), a person under community correction or
// released from prison (社区矫正对象孙立新; 社区矫正法 第四条) and a drug user (吸毒人员, 戒毒人员; 禁毒法
// 第五十二条) — and a resident named beside a relative's drug rehabilitation, prison term or such
// illness (困难群众周秀芳，其丈夫刘某因吸毒被强制隔离戒毒): the family is named with it. The group named
// without a person (对辖区内严重精神障碍患者进行随访), a name with 某 (社区矫正对象孙某) and a relative's
// plain circumstances (其儿子在外务工) publish no one's record.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** The group, as a label before the name. */
const GROUP =
  '(?:严重精神障碍患者|精神障碍患者|精神病患者|精神病人|精神分裂症患者|艾滋病(?:病毒)?(?:感染者|患者|病人|携带者)|HIV(?:感染者|携带者)|社区矫正对象|社区服刑人员|刑满释放人员|刑释人员|解矫人员|吸毒人员|戒毒人员|社区戒毒人员|社区康复人员|戒毒康复人员|强制隔离戒毒人员|安置帮教对象)';
/** What follows a name: a stop or a bracket, or the clause's next word (进行, 参加, 已, 的 …). */
const NAME_END =
  '(?=[（(，,、。；;：:]|进行|参加|开展|接受|到|在|于|已|现|目前|等|家中|家里|一家|及其|和|的|并|签订|办理|按时|定期|同志)';
const LABELLED = guard(
  new RegExp(`${GROUP}(?:系|为)?(?<name>[\\u4e00-\\u9fa5]{2,3}?)${NAME_END}`, 'g'),
);

/** Who a post about aid or a visit names: 困难群众, 低保户, 村民 …, or the visit itself. */
const RESIDENT =
  '(?:困难群众|困难户|困难家庭|低保户|低保对象|特困户|特困人员|贫困户|脱贫户|监测户|边缘户|留守老人|留守妇女|独居老人|空巢老人|孤寡老人|残疾人|村民|居民|群众|老党员|党员|(?:走访|慰问|看望|探望|帮扶|救助)(?:了)?)';
/** The relative the clause after the name turns to. */
const RELATIVE =
  '(?:丈夫|妻子|爱人|老伴|儿子|女儿|儿媳|女婿|孙子|孙女|父亲|母亲|哥哥|弟弟|姐姐|妹妹|子女|长子|次子|长女|次女|家人)';
/** A record or an illness the law keeps private: drug rehabilitation, prison, HIV, mental illness. */
const RECORD =
  '(?:吸毒|贩毒|戒毒|强制隔离戒毒|服刑|坐牢|入狱|在押|羁押|被判刑|被判处|判处|劳改|刑满释放|社区矫正|精神病|精神障碍|精神分裂|艾滋病|HIV|性病)';
const RELATIVE_RECORD = guard(
  new RegExp(
    `${RESIDENT}(?<name>[\\u4e00-\\u9fa5]{2,3}?)[，,]\\s*其${RELATIVE}[^。；;！？!?\\n]{0,14}?${RECORD}[^。；;！？!?\\n，,]{0,10}`,
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
    out.push({
      gate: 'privacy',
      rule: 'privacy.patient',
      severity: 'warn',
      start: m.index,
      end: end + place.length,
      message:
        '公开了精神障碍患者、艾滋病感染者、社区矫正对象、吸毒人员等特定人群的姓名，须脱敏处理',
    });
  }
  for (const m of guardedMatches(RELATIVE_RECORD, text)) {
    if (!isFullName(m.groups?.['name'] ?? '')) continue;
    out.push({
      gate: 'privacy',
      rule: 'privacy.named-person',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: '公开了个人姓名及其家庭成员吸毒、服刑或患病等隐私，须脱敏处理',
    });
  }
  return out;
}
