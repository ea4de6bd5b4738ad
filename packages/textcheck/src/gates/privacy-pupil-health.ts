// A pupil named with their class and a mental-health or other sensitive condition: 初二（3）班王梓涵（重度
// 抑郁，曾有自伤行为）, 七年级2班学生李浩然，有自残倾向, 高一(5)班陈思雨：焦虑症. A child's psychological
// state is among the minor's private information schools must keep (未成年人保护法 第四条, 心理健康工作
// 规范); a class and a full name make it known to every classmate. A pupil praised or named for an
// event (初二（3）班王梓涵获心理健康征文一等奖), a condition told before the name (全校开展抑郁症筛查，初二
// （3）班王梓涵作为代表发言) and a name with 某 or 同学 alone name no such child here.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** A grade and class: 初二（3）班, 七年级2班, 高一(5)班, 五年级三班. */
const CLASS =
  '(?:初[一二三]|高[一二三]|[一二三四五六七八九]年级)[（(]?[0-9０-９一二三四五六七八九十]{1,2}[）)]?班';
/** A condition of the mind, or a stigmatised diagnosis, a school keeps private. */
const CONDITION =
  '(?:抑郁|焦虑症|焦虑障碍|双相|躁郁|精神分裂|精神疾病|精神障碍|心理疾病|心理障碍|心理危机|自伤|自残|自杀|轻生|厌世|强迫症|进食障碍|厌食症|多动症|孤独症|自闭症|癫痫|艾滋|乙肝)';
/**
 * The class, the name, then the condition in brackets after it or after a colon or comma (有, 患有,
 * 确诊 …): within one clause, so a later sentence about something else is not read.
 */
const PUPIL_CONDITION = guard(
  new RegExp(
    `${CLASS}的?(?:学生|同学)?(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:同学)?(?:[（(][^（()）\\n]{0,12}?|[，,：:]\\s*(?:有|患有?|确诊为?|诊断为|系|曾有|存在|伴有)?[^，,。；;\\n]{0,6}?)${CONDITION}`,
    'g',
  ),
);
/** Not a full name: 某, a role word, or a word that follows a class. */
const NOT_A_NAME = /某|学生|同学|老师|班主任|家长|全体|心理|年|月|日|的|是|为|有|在/;

export function findPupilConditions(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(PUPIL_CONDITION, text)) {
    const name = m.groups?.['name'] ?? '';
    if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
    // To the end of the bracket when there is one: the whole note about the child.
    const end = m.index + m[0].length;
    const close = /^[^（()）\n]{0,16}?[）)]/.exec(text.slice(end));
    out.push(
      privacyFinding(
        'privacy.patient',
        { start: m.index, end: end + (close && /[（(]/.test(m[0]) ? close[0].length : 0) },
        '公开了学生姓名、班级及心理健康等敏感状况，须脱敏处理',
      ),
    );
  }
  return out;
}
