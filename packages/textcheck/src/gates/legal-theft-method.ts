// A shop's anti-theft device and how to beat it, spelled out: goods wrapped in tin foil or a
// shielding bag to slip past the gate (用锡纸包裹商品躲避超市防盗门检测, 装进铝箔袋就能骗过防盗报警器,
// 锡纸包住后经过检测门就不会响) and a security tag pulled off with a magnet (用强磁铁就能取下衣服上的
// 防盗扣). Told even in a warning it teaches the trick, so it is not regraded as a mention. Foil in
// cooking (用锡纸包裹食材烤制), a shop's own devices (超市安装防盗门和防盗标签) and the trick named
// without how (警惕“屏蔽盗窃”) teach nothing.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** What shields goods from the gate's field: 锡纸, 锡箔纸, 铝箔袋, 屏蔽袋. */
const SHIELD = '(?:锡纸|锡箔纸?|铝箔(?:纸|袋)?|铝膜袋|屏蔽袋|防磁袋|消磁袋)';
/** The shop's anti-theft devices: 防盗门, 检测门, 防盗报警器, 防盗扣. */
const DEVICE =
  '(?:防盗门|防盗报警器?|防盗器|防盗系统|防盗检测(?:门|器)?|检测门|报警门|防盗天线|防盗磁条|防盗标签|防盗扣|磁条|报警器)';
/** Getting past it: 躲避, 避开, 骗过, 屏蔽. */
const DEFEAT = '(?:躲避|避开|绕过|绕开|骗过|逃过|躲过|逃避|规避|屏蔽|干扰|瞒过)';
/** What pulls a tag off: 强磁铁, 吸铁石, 开扣器. */
const TAG_TOOL = '(?:强磁铁?|强力磁铁|磁铁|吸铁石|开扣器|解扣器|取钉器)';

export const THEFT_METHOD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${SHIELD}[^。；！？\\n]{0,16}?${DEFEAT}[^。；！？\\n]{0,8}?${DEVICE}|${SHIELD}[^。；！？\\n]{0,20}?(?:经过|通过|走过|穿过)[^。；！？\\n]{0,6}?${DEVICE}[^。；！？\\n]{0,4}?(?:就|也|都)?(?:不会|不)(?:响|报警|鸣响|触发)|${TAG_TOOL}[^。；！？\\n]{0,12}?(?:取下|摘下|拆下|打开|解开|去掉|吸开|吸掉|弄掉|拆掉)[^。；！？\\n]{0,8}?(?:防盗扣|防盗标签|硬标签|磁扣|防盗夹)`,
      'g',
    ),
    message: '详述规避商场防盗装置的盗窃手法，易被模仿，不宜发布',
  },
]);
