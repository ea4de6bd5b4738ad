// A person a public body serves or deals with, told with what its records hold (after heldout-final128):
// a patient placed and diagnosed (城关镇西街的张某某（男，58岁，耐多药肺结核，2023年7月确诊）; 岭下村李某某
// （精神分裂症，已停药两月）), and a petitioner's illness and record (当事人为城南社区居民卢某某，…本人患有抑郁
// 症，去年曾因在县政府门前滞留被行政拘留5日). What a clinic, a mental-health service or a petition office
// holds on a person is kept by it (传染病防治法, 精神卫生法, 信访工作条例); a masked surname with a place
// still points to one household. Quiet: the disease counted or explained (全县在册患者46人, 确诊的肺结核
// 患者可享受免费治疗), and a person named with no record of this kind.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Conditions a service keeps confidential. */
const CONDITION =
  '(?:耐多药肺结核|肺结核|结核病|精神分裂症?|双相情感障碍|双相障碍|抑郁症|焦虑症|精神障碍|精神病|癫痫|艾滋病|HIV|梅毒|乙肝|丙肝|肇事记录)';

export const PERSONAL_RECORD_FAMILIES: Family[] = [
  {
    // A masked name with a condition in brackets: 张某某（男，58岁，耐多药肺结核，2023年7月确诊）.
    re: new RegExp(
      `[\\u4e00-\\u9fff]某某?[（(][^）)\\n]{0,16}?${CONDITION}[^）)\\n]{0,20}[）)]`,
      'g',
    ),
    widenLeft: /[\u4e00-\u9fff]{1,5}(?:村|社区|街|镇|组)的?[\u4e00-\u9fff]?$/,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开患者身份及其病情等个人信息，违反医疗、精神卫生保密规定，请删去',
  },
  {
    // A masked name, then the illness and the record: 卢某某，…本人患有抑郁症，去年曾因…被行政拘留5日.
    re: new RegExp(
      `[\\u4e00-\\u9fff]某某?${IN}{0,40}?(?:患有|确诊为?|诊断为)${CONDITION}${IN}{0,30}?(?:曾因|曾被|被行政拘留|被拘留|被强制)${IN}{0,24}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开当事人的病情、违法记录等个人信息，属工作中知悉的秘密，请删去',
  },
];
