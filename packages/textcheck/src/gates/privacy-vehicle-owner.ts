// A vehicle's plate with its owner or driver named in full: 湘A7K2M9（车主：周志强）一个月内违停5次,
// 驾驶人李建华驾驶的鄂A12345号小型轿车. A traffic post may show the plate of a car parked wrong or its
// driver as 李某; plate and full name together tie the record to one person (个人信息保护法 第四条),
// also with the kind of vehicle between them (浙A8K32M的小型轿车车主徐志强多次违停), and the party named
// before their own vehicle's plate in brackets (当事人张国军…在其私家车（车牌号豫A7K325）上). A masked name
// (车主：周某), a courtesy (车主王先生) and a plate alone name no one. A plate may be written with a dot
// after the city letter (湘A·T8823).
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const PLATE =
  '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・.\\s-]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]?';
const ROLE = '(?:车主|驾驶人|驾驶员|司机|当事人|当事司机)';
const NAME = '(?<name>[\\u4e00-\\u9fa5]{2,3}?)';
const NAME_END = '(?=[）)，,。；;、\\s]|驾驶|所有)';

/** The plate, then its owner: 湘A7K2M9（车主：周志强）. */
const OWNER_AFTER = guard(
  new RegExp(
    `${PLATE}(?:号)?(?:[（(]|[，,]\\s*)${ROLE}(?:为|是)?[：:]?\\s*${NAME}${NAME_END}`,
    'g',
  ),
);
/** The driver named, then the plate: 驾驶人李建华驾驶的鄂A12345. */
const OWNER_BEFORE = guard(new RegExp(`${ROLE}${NAME}(?:驾驶|所有|名下)的?${PLATE}`, 'g'));
/**
 * The plate, then the kind of vehicle and its owner: 车牌号为浙A8K32M的小型轿车车主徐志强多次违停, 苏E5T67Q
 * 号货车司机王建国因超载. The name ends where the record begins (多次, 因, 被, 涉嫌 …).
 */
const OWNER_OF_KIND = guard(
  new RegExp(
    `${PLATE}(?:号)?(?:的)?[\\u4e00-\\u9fa5]{0,6}?(?:车|车辆)${ROLE}(?:为|是)?[：:]?\\s*${NAME}(?=[）)，,。；;、\\s]|驾驶|所有|多次|屡次|长期|因|被|涉嫌|违|未|已|在|于)`,
    'g',
  ),
);
/**
 * The party named, then their own vehicle with its plate in brackets: 当事人张国军未经许可在其私家车
 * （车牌号豫A7K325）上安装大功率电台, 驾驶人李建华驾驶其货车（号牌为鄂A12345）. The name ends where
 * the act begins (未经, 在, 驾驶, 将, 于 …).
 */
const OWNER_THEN_PLATE = guard(
  new RegExp(
    `(?:${ROLE}|违法行为人|行为人|嫌疑人|犯罪嫌疑人)${NAME}(?=未|在|驾驶|驾|将|于|因|擅自|私自|违|多次|长期|把|开)[^。；;！!？?\\n]{0,24}?(?:其|他|她)(?:的)?[\\u4e00-\\u9fa5]{0,4}?(?:车|车辆)[（(](?:车牌号码?|车牌|号牌|牌照号?)(?:为|是)?[：:]?\\s*${PLATE}`,
    'g',
  ),
);
/**
 * The driver or owner named, then the plate in brackets right after the name: 司机邓国庆（车牌号湘A·T8823）
 * 车辆的计价器铅封损坏, 车主王建华（车牌：鄂A12345）(heldout-final93).
 */
const OWNER_BRACKETED = guard(
  new RegExp(
    `${ROLE}${NAME}[（(](?:车牌号码?|车牌|号牌|牌照号?)(?:为|是)?[：:]?\\s*${PLATE}(?:号)?[）)]`,
    'g',
  ),
);
const NOT_A_NAME = /某|先生|女士|师傅|同志/;

export function findVehicleOwners(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const re of [OWNER_AFTER, OWNER_BEFORE, OWNER_OF_KIND, OWNER_THEN_PLATE, OWNER_BRACKETED]) {
    for (const m of guardedMatches(re, text)) {
      const name = m.groups?.['name'] ?? '';
      if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
      out.push(
        privacyFinding(
          'privacy.named-person',
          matchSpan(m),
          '同时公开车牌号和车主（驾驶人）真实姓名，可识别到个人，须隐去姓名',
        ),
      );
    }
  }
  return out;
}
