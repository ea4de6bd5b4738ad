// Stereotypes of people by where they come from: a group from the countryside or from elsewhere
// judged low in 素质 (农村来的护工素质普遍不高, 外地人素质就是差, 乡下人没素质). A fact of schooling
// (农民工文化程度普遍偏低) judges no one, and a sentence that rejects the stereotype or quotes it
// only informs (regradeStereotype).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** People named by their origin. */
const ORIGIN =
  '(?:农村来的|农村出来的|乡下来的|村里来的|山里来的|外地来的|农村人(?!口)|乡下人|村里人|山里人|外地人|外来人员|外来人|外来务工人员|农民工|乡巴佬|(?:外省|外县|外乡|山区|偏远地区)来的)';

export const ORIGIN_STEREOTYPE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 农村来的护工文化程度低、素质普遍不高; 外地人素质就是差; 乡下人没素质.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${ORIGIN}[^。；！？\\n]{0,14}?(?:素质(?:普遍|大多|都|往往|就是|本来就|整体|总体|一般|实在|太|也)?(?:低下|低|差|不高|不行|太差|较差|较低|偏低|堪忧|不好)|没(?:什么|有)?素质)`,
      'g',
    ),
    message: '以地域、城乡出身对群体作贬损判断，属地域歧视表述',
  },
]);
