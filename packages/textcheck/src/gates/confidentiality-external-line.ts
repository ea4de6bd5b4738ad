// An internal line for the outside told with its figure: 实际死亡7人，对外统一口径为3人; 对媒体口径：受伤
// 2人; 向上级一律报5户. What an office agrees to say outside is its internal instruction, and a line
// that differs from the count it has just given is a cover-up (瞒报) put in writing: neither may be
// posted. A rule for one voice outside (统一对外发布信息, 对外口径要实事求是), told with no figure,
// instructs nothing secret, and a ban or a report of such a line (严禁瞒报, 查处…对外统一口径) only tells of it.
import type { Family } from './confidentiality-family.ts';

/** A count of people, households, cases or money. */
const FIGURE =
  '[0-9０-９一二三四五六七八九十两百千]+(?:余|多)?(?:人|名|户|起|处|间|头|亩|公顷|万元|亿元|元|%|％)';
/** The line agreed for the outside: 对外统一口径, 对媒体的回应口径, 向上级一律报. */
const LINE =
  '(?:对外|向外|对媒体|向媒体|对记者|对上级|向上级|对上|向上)(?:的)?(?:统一)?(?:发布|回应|答复|宣传|上报)?(?:口径|说法)(?:统一)?(?:为|是|按|称|定为|一律为)?[：:]?|(?:对外|向外|对媒体|向媒体|对上级|向上级)(?:一律|统一|均)(?:称|说|报|按)';

export const EXTERNAL_LINE_FAMILIES: Family[] = [
  {
    re: new RegExp(`(?:${LINE})[^。；！？\\n]{0,10}?${FIGURE}`, 'g'),
    notAfter: /(?:严禁|禁止|不得|杜绝|查处|通报了?|曝光)[^。；！？\n]{0,16}$/,
    rule: 'confidentiality.internal-marking',
    severity: 'block',
    message:
      '公开内部确定的对外口径及数字（与实际情况不一致的涉嫌瞒报），属内部工作秘密，不得公开发布',
  },
];
