// A unit's cover designation told with where it is stationed or who joins it: 部队番号为69315部队,
// 补入驻西藏日喀则的某部（77625部队）, 分配到驻扎在福建的73066部队, and the unit named by its station
// in a visit to it (慰问驻镇32145部队官兵, 驻扎在我镇青龙山下的69248部队, 走访慰问驻县部队，向…75421
// 部队全体官兵致以节日问候, 县领导到68102部队营区慰问). News names such a unit 某部; its
// number with its station or its recruits is a military secret. A recruitment notice issued under the
// unit's own name (中国人民解放军32150部队2024年公开招考文职人员) and a rule about designations
// (部队番号属于军事秘密) name no unit's station.
import type { Family } from './confidentiality.gate.ts';

const UNIT = '(?:中国人民解放军|解放军|武警)?[0-9０-９]{5}部队';

export const MILITARY_UNIT_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `(?:部队)?(?:番号|代号)(?:为|是|[：:])?${UNIT}|(?:驻|驻扎在?|驻守在?|驻地在?)[^。；！？\\n，,]{1,12}?(?:某部|部队)?[（(](?:部队)?(?:番号|代号)?(?:为|是|[：:])?${UNIT}[）)]|(?:补入|补充到|分配到|分配至|分到|入伍到|服役于|编入|前往)(?:驻[^。；！？\\n，,]{1,12}?的)?${UNIT}|(?:驻|驻扎在?|驻守在?|驻防在?|驻地在?)(?:[^。；！？\\n，,（(0-9０-９]{1,12}?(?:的|之)?)?(?:部队)?第?${UNIT}|(?<=(?:慰问|走访|看望|拜访|拥军)[^。；！？\\n]{0,4}?驻(?:县|市|区|镇|乡|地|军|我|本|当地|辖区)[^。；！？\\n，,]{0,4}?部队[^。；！？\\n]{0,24}?)${UNIT}|(?:到|赴|前往|深入)${UNIT}(?:营区|驻地|机关)?(?:开展)?(?:慰问|走访|看望|调研|座谈|联欢|共建)`,
      'g',
    ),
    rule: 'confidentiality.military-unit',
    severity: 'block',
    message: '公开部队番号（代号）及驻地、兵员去向，涉及军事秘密',
  },
];
