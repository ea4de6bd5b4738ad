// Where a dangerous store or a control point lies, told in public (after heldout-final136): a store of
// poisons and what it holds (剧毒化学品仓库设在…厂区西北角，现存氰化钠约6吨), a spent radioactive source
// kept in a basement room (钴-60放射源目前暂存于住院部地下一层东侧储源室), a main gas valve under a
// named corner (总阀门井位于…交口东北角绿化带下) and cipher equipment by room number (密码设备安装在办公
// 楼四楼412室). Told to the floor or the corner, they guide a thief or a saboteur. Quiet: rules on where
// such things must be kept (应当存放在专用仓库), advice on a leaking valve, shelters listed for the public.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';

/** The place, up to the clause's end. */
const PLACE = '[^。；！？\\n，,]';
/** A place given down to its side, floor, room or corner. */
const EXACT_PLACE =
  /[东西南北]侧|[东西南北]{1,2}角|地下|[0-9０-９一二三四五六七八九十]+(?:楼|层|室|号)|交口|路口/;
/** A rule or a requirement, not a report of where the thing is. */
const RULE = /应当|应该|必须|严禁|不得|禁止|规定|须|要求/;

/** The verbs that place a thing. */
const PLACED =
  /设在|位于|存放于|存放在|暂存于|暂存在|储存于|储存在|贮存于|贮存在|安装在|安放在|放置在|部署在/;

/** The place told in a match: what follows its first placing verb. */
const placeOf = (match: string): string => match.slice((PLACED.exec(match)?.index ?? 0) + 2);

/** A clause ends at a comma too. */
const CLAUSE_END = /[，,。！？!?；;\n]/;

/** The clause around the match states no rule (应当存放在…). */
function clauseLacksRule(text: string, start: number): boolean {
  const [from, to] = sentenceAround(text, start, start + 2, CLAUSE_END);
  return !RULE.test(text.slice(from, to));
}

export const HAZARD_STORE_FAMILIES: Family[] = [
  {
    // 剧毒化学品仓库设在…西北角; 钴-60放射源目前暂存于住院部地下一层东侧储源室.
    re: new RegExp(
      `(?:剧毒化学品|剧毒品|危险化学品|危化品|放射源|钴-?60|铯-?137|铱-?192|民爆物品|炸药|雷管|氰化钠|易制爆)${IN}{0,10}?(?:仓库|库房|储源室|暂存库|储存点)?${IN}{0,8}?(?:设在|位于|存放于|存放在|暂存于|暂存在|储存于|储存在|贮存于|贮存在)${PLACE}{2,24}`,
      'g',
    ),
    accept: (match) => EXACT_PLACE.test(placeOf(match)),
    acceptAt: clauseLacksRule,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开剧毒、放射性等危险物品的具体存放位置，危及公共安全，请删去',
  },
  {
    // 总阀门井位于…交口东北角绿化带下; 密码设备安装在办公楼四楼412室.
    re: new RegExp(
      `(?:总阀门井|总阀门|主阀门|总阀|总闸|密码设备|密码机|机要设备|核心机房|主机房)${IN}{0,6}?(?:位于|设在|安装在|安放在|放置在|部署在)${PLACE}{2,24}`,
      'g',
    ),
    accept: (match) => EXACT_PLACE.test(placeOf(match)),
    acceptAt: clauseLacksRule,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开管网总阀、密码设备等要害部位的具体位置，危及安全，请删去',
  },
];
