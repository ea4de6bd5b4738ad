// A newly found ore body pinned by coordinates: 新探明中重稀土矿一处，矿体中心位于东经119°32′15.6″、北纬
// 28°41′36.2″; 该金矿矿床中心坐标为北纬…. The location of a strategic mineral's deposit found by
// exploration is classified with its reserves until released (自然资源工作国家秘密范围的规定); a
// post may tell the find and the place by township, not the ore body's coordinates. A mining park, a
// historic mine's ruins or an epicentre located by coordinates names no deposit.
import type { Family } from './confidentiality-family.ts';
import { COORDINATE } from './confidentiality-early-facts.ts';

export const MINERAL_SITE_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `(?:矿体|矿床|矿脉|矿化体|矿化带|矿点|找矿靶区|勘查靶区)(?!公园|遗址|旧址)[^。；！？\\n]{0,12}?(?:位于|坐标为?|地理坐标|中心点?)[^。；！？\\n]{0,6}?${COORDINATE}`,
      'g',
    ),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '公开新探明矿产矿体的精确坐标，可能涉及国家秘密，应以乡镇等概略位置表述',
  },
];
