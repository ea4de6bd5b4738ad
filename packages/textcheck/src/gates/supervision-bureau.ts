// The supervision bureau of a local government (县监察局, 区政府监察局, 省监察厅, 纪委监察局) named as a
// body of today: the 2018 reform merged every 监察局 and 监察厅 into the supervision commissions (县监委,
// 省监委), so a post that also speaks the language of the commissions' era — a 政务处分 (政务警告,
// 政务记过), 留置, 监委 or 监察委员会, the 监察法, a year from 2019 on — names a body that no longer
// exists. Old posts and old news (2016年区政府监察局…, 湖北省纪委监察厅网站消息) show no such sign and are
// not read; a ministry's bureau (国土部执法监察局, 国家矿山安全监察局) has no local level before it, and
// the former body told as such (原县监察局) is history.
import type { GateFinding } from './gate-context.ts';
import { reportsAbolition } from './policy-tense.ts';
import { guard } from './regex-guard.ts';
import { staleStatements } from './stale-statements.ts';

const SUPERSEDED_ON = '2018-03-20';
/**
 * A local supervision bureau, group 1: the lookbehind asks for a level (县, 区政府, 市人民政府) or 纪委
 * right before 监察, which a ministry's 执法监察局 or 安全监察局 never has.
 */
const LOCAL_BUREAU = guard(
  /(?:纪委[、，,\s]?)?((?:省|市|县|区|州|旗|盟)?(?:人民)?(?:政府)?监察(?:局|厅))(?<=(?:[省市县区州旗盟]|[省市县区州旗盟]人民政府|[省市县区州旗盟]政府|纪委[、，,\s]?)监察(?:局|厅))/g,
);
/** The language of the supervision commissions' era, anywhere in the post. */
const COMMISSION_ERA =
  /政务(?:警告|记过|记大过|降级|撤职|开除|处分)|(?:被|采取|予以|解除)留置|留置(?:措施|调查|审查)|监委|监察委员会|(?<!行政)监察法|监察官|(?:20(?:19|[2-9][0-9]))年/;

export function staleSupervisionBureau(text: string): GateFinding[] {
  if (!COMMISSION_ERA.test(text)) return [];
  return staleStatements(text, {
    re: LOCAL_BUREAU,
    supersededOn: SUPERSEDED_ON,
    // The bureau with its level (group 1), not the discipline commission before it.
    span: (m) => {
      const end = m.index + m[0].length;
      return [end - (m[1] ?? '').length, end];
    },
    toldChanged: reportsAbolition,
    message: '2018年监察体制改革后，地方监察局（厅）已并入监察委员会，应称“监察委员会（监委）”',
    suggestion: '监察委员会',
  });
}
