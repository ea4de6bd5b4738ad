// An anonymous poster unmasked: a reply or a notice telling who a netizen, a caller or a complainant
// really is (经核实，该网友真实姓名为邓晓梅，家住翠湖苑小区; 留言人“小树”的真名叫王海波; 发帖人实名为
// 李建新). Whoever writes in under a nickname gives the office their name to be handled, not to be
// published (个人信息保护法 第十条; 信访工作条例 第三十二条); naming them to every reader invites
// retaliation. A request for a real name (请网友留下真实姓名), a promise to keep it (网友真实姓名将严格
// 保密) and a masked name (真实姓名为王某) name no one.
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** Who wrote in under a nickname or unnamed. */
const POSTER =
  '(?:网友|网民|博主|发帖人|留言人|匿名用户|用户|来电人|来信人|投诉人|举报人|反映人|诉求人|求助人|爆料人)';
/** The name revealed: 真实姓名为, 真名叫, 实名为, 真实身份是. */
const REVEALED = '(?:真实姓名|真名|实名|本名|真实身份)(?:为|是|叫|系)[：:]?';
const UNMASKED = guard(
  new RegExp(
    `${POSTER}[^。；;！？!?\\n]{0,12}?${REVEALED}(?<name>${SURNAME_CHAR}(?!某)[\\u4e00-\\u9fa5]{1,2})(?:[，,](?:家住|住在|住址|现住|系|是)[^。；;！？!?\\n，,]{2,16})?`,
    'g',
  ),
);

export function findUnmaskedUsers(text: string): GateFinding[] {
  return guardedMatches(UNMASKED, text).map((m) =>
    privacyFinding(
      'privacy.named-person',
      matchSpan(m),
      '公开了网友、留言人等的真实姓名（及住址），须删去',
    ),
  );
}
