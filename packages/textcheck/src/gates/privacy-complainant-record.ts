// A citizen who wrote or called in, told with their own past offences in the answer: 投诉人王建军曾因醉酒
// 驾驶被吊销机动车驾驶证, 来信人李某有吸毒前科, 举报人张某某曾被行政拘留. A reply answers the complaint;
// the complainant's criminal or administrative record is personal information it has no reason to
// publish (个人信息保护法 第二十八条: 违法犯罪记录 is sensitive), and it reads as a retort. Quiet: a
// complaint about someone else's record (投诉人反映该公司负责人曾被判刑), a complainant named only by
// role with no record, and what was done about the complaint itself (投诉人已收到退款). Also the caller
// named with a role as the one who complained (群众刘美华反映…, 村民王建国来电称…) and told by that name
// with their own record later in the reply (另查明，刘美华本人曾因盗窃被判刑).
import type { GateFinding } from './gate-context.ts';
import { privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** Who wrote or called in. */
const CALLER =
  '(?:投诉人|举报人|来信人|来访人|信访人|反映人|留言人|求助人|来电人|诉求人|来电群众|来信群众|该网友|该投诉人|该举报人)';
/** Their name, if given: a full name or one with 某. */
const NAME = '(?:[\\u4e00-\\u9fa5]{1,2}某某?|[\\u4e00-\\u9fa5]{2,3}?)?';
/** A past offence or its penalty, told as their record. */
const RECORD =
  '(?:(?:曾经?|此前|早年|以前|过去)[^。；;！？!?\\n]{0,16}?(?:被(?:依法)?(?:行政)?拘留|被(?:判处|判刑)|被吊销|被注销|被开除|被劳教|被治安处罚|被处以|受过[^。；;！？!?\\n]{0,6}?(?:处分|处罚|刑事处罚)|服刑|入狱|坐牢|吸毒|戒毒)|有(?:过)?(?:犯罪|违法|吸毒|盗窃|诈骗|赌博|酒驾|醉驾)?(?:前科|犯罪记录|违法记录|吸毒史|不良记录))';

const RECORD_OF_CALLER = guard(new RegExp(`${CALLER}${NAME}(?:本人)?(?:，|,)?${RECORD}`, 'g'));

/** A caller named with a role as the one who complained: 群众刘美华反映, 村民王建国来电称. */
const NAMED_CALLER = guard(
  /(?:群众|村民|居民|市民|网友|职工|业主|来信人|投诉人|举报人|信访人|来访人|反映人|来电人)(?<name>[\u4e00-\u9fa5]{2,3}?)(?:同志|女士|先生)?(?:反映|投诉|举报|来信|来电|信访|来访|提出|通过)/g,
);
const NOT_A_NAME = /某|关于|反映|的|等|们|人员|群众/;
/** Right after the caller's name, later: 本人曾因盗窃被判刑. */
const RECORD_AFTER_NAME = new RegExp(`^(?:本人)?(?:，|,)?${RECORD}`);

const record = (start: number, end: number): GateFinding =>
  privacyFinding(
    'privacy.named-person',
    { start, end },
    '答复中公开投诉人、来信人本人的违法犯罪记录，属敏感个人信息，须删除',
  );

export function findComplainantRecords(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(RECORD_OF_CALLER, text))
    out.push(record(m.index, m.index + m[0].length));
  const names = new Set<string>();
  for (const m of guardedMatches(NAMED_CALLER, text)) {
    const name = m.groups?.['name'] ?? '';
    if (NOT_A_NAME.test(name) || names.has(name)) continue;
    names.add(name);
    for (
      let at = text.indexOf(name, m.index + m[0].length);
      at >= 0;
      at = text.indexOf(name, at + 1)
    ) {
      const r = RECORD_AFTER_NAME.exec(text.slice(at + name.length, at + name.length + 40));
      if (r) out.push(record(at, at + name.length + r[0].length));
    }
  }
  return out;
}
