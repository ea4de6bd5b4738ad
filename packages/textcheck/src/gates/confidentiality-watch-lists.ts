// Security arrangements of a county told to the public. Petitioners put on a watch list and counted
// (列入重点稳控名单的12名人员逐一落实包保, 8名维稳对象实行24小时盯控): who is watched, and how many, is
// a work secret of the petition and stability bodies, and the post shames the people on it. A leader's
// office located down to the room (县委书记办公室位于A座5楼507室, 县长办公室在4楼412室): security
// keeps the principal leaders' rooms off public guides. A policy that bans such lists (严禁搞“稳控
// 名单”), a service hall or a petition reception room located (信访接待大厅位于一楼) tell nothing.
// Irregular petitions to Beijing counted (进京非访共37批次52人次, 赴京非正常上访12批28人次): the
// stability bodies' internal tallies, not the petition figures a bureau publishes (信访总量同比下降12%);
// a campaign against them with no count (依法处置非访行为) tells nothing.
import type { Family } from './confidentiality-family.ts';

const COUNT = '[0-9０-９一二三四五六七八九十百两]+(?:名|个|人|户)';
/** A list of people kept under watch: 稳控名单, 维稳对象, 盯控人员. */
const WATCHED = '(?:稳控|维稳|盯控)(?:名单|对象|人员|重点人)';
/** A principal leader's own office. */
/** Irregular petitions to Beijing or the province: 进京非访, 赴京非正常上访, 越级上访. */
const IRREGULAR =
  '(?:(?:进京|赴京|到京|在京|赴省|进省)?(?:非访|非正常上访|非正常访)|(?:进京|赴京|越级)(?:上访|访))';
const TALLY = '[0-9０-９一二三四五六七八九十百两]+(?:批次|批|人次|人|名|起|件)';
const LEADER_OFFICE =
  '(?:(?:县|市|区|州|旗|镇|乡)(?:委|政府|人大|政协)?)?(?:书记|县长|市长|区长|州长|旗长|镇长|乡长|主任|主席)(?:的)?办公室';

export const WATCH_LIST_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `${WATCHED}(?:中|内|上)?的?${COUNT}(?:人员|对象|信访人)?|${COUNT}${WATCHED}`,
      'g',
    ),
    notAfter: /(?:严禁|禁止|不得|不准|杜绝|取消|不搞)[^。；！？\n]{0,6}$/,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开信访维稳重点人员名单及人数，属工作秘密，请核实',
  },
  {
    re: new RegExp(
      `${IRREGULAR}(?:人员|人数|事件)?(?:共|达|计|总计|累计|合计)?(?:发生|为|有)?${TALLY}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开进京非访等维稳内部统计数据，属工作秘密，请核实',
  },
  {
    re: new RegExp(
      `${LEADER_OFFICE}(?:位于|设在|在)[^。；！？\\n，,]{0,12}?[0-9０-９]+(?:楼|层)[0-9０-９]+(?:室|号房间?)`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开主要领导办公室具体位置，涉及安全保卫，请核实',
  },
];
